#include "scriptedprompter.h"

#include <documentcontroller.h>
#include <followerbar.h>
#include <issuespanel.h>
#include <mainwindow.h>
#include <matchruleeditor.h>
#include <menudocument.h>
#include <menufile.h>
#include <menulistmodel.h>
#include <menuspanel.h>
#include <menutreemodel.h>
#include <recoverystore.h>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

void setRule(MainWindow *w, const QString &tag, const QString &platform)
{
    MatchRuleEditor *editor = w->ruleEditor();
    editor->tagCombo()->setEditText(tag);
    editor->applyTag();
    const int item = editor->platformCombo()->findData(platform);
    editor->platformCombo()->setCurrentIndex(item);
    emit editor->platformCombo()->activated(item);
}

} // namespace

class TestConditionalMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void createReorderAndPreviewAsFollowers();
    void privacyFieldsRemovedInOneClick();
    void renamingAMenuInTheEditorIsOneUndoStep();
    void problemsShowWhereAndWhatWithTheRuleInTheTooltip();

private:
    ScriptedPrompter m_prompter;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<MainWindow> m_window;
};

void TestConditionalMenus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_recovery = std::make_unique<RecoveryStore>(m_dir->filePath(QStringLiteral("recovery")));
    m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get());
    m_window->show();
}

void TestConditionalMenus::cleanup()
{
    m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_recovery.reset();
    m_dir.reset();
}

void TestConditionalMenus::createReorderAndPreviewAsFollowers()
{
    MainWindow *w = m_window.get();
    DocumentData start;
    Button home;
    home.name = QStringLiteral("Home");
    home.type = QStringLiteral("click");
    home.key = QStringLiteral("HOME");
    start.defaultMenu.buttons = {home};
    QVERIFY(w->openData(start));
    MenuDocument *document = w->document();

    // Two conditional menus through the panel and the rule editor.
    w->menusPanel()->addMenu();
    QCOMPARE(w->model()->menuIndex(), 0);
    QVERIFY(w->ruleEditor()->isVisible());
    setRule(w, QStringLiteral("2"), QString()); // VIP, any phone
    document->setButtonField({0, -1, 0}, ButtonField::Name, QStringLiteral("VIP"));
    w->menusPanel()->addMenu();
    // The added menu is the newest: index 0, at the top of the list; VIP moves to index 1.
    QCOMPARE(w->model()->menuIndex(), 0);
    setRule(w, QString(), QStringLiteral("1")); // iOS
    document->setButtonField({0, -1, 0}, ButtonField::Name, QStringLiteral("iOS"));
    QCOMPARE(document->data().conditionalMenus.at(1).matchRule.tagId, QStringLiteral("2"));
    QCOMPARE(document->data().conditionalMenus.at(0).matchRule.clientPlatformType,
             QStringLiteral("1"));
    const MenuListModel *list = w->menusPanel()->model();
    QCOMPARE(list->index(0).data().toString(), QStringLiteral("1. iOS"));
    QCOMPARE(list->index(1).data().toString(), QStringLiteral("2. Tag 2"));
    QCOMPARE(list->index(0).data(MenuListModel::MenuIndexRole).toInt(), 0);
    QCOMPARE(list->index(2).data(MenuListModel::MenuIndexRole).toInt(), -1);

    // Preview as followers: the newest matching menu wins.
    FollowerBar *bar = w->followerBar();
    bar->setActive(true);
    bar->setFollower({QStringLiteral("2")}, ClientPlatform::Ios);
    QCOMPARE(w->model()->menuIndex(), 0); // iOS is newer than VIP
    QVERIFY(bar->explanation()->text().contains(QStringLiteral("Matched: 1. iOS")));
    bar->setFollower({QStringLiteral("2")}, ClientPlatform::Android);
    QCOMPARE(w->model()->menuIndex(), 1);
    QVERIFY(bar->explanation()->text().contains(QStringLiteral("did not match: phone")));
    bar->setFollower({QStringLiteral("2"), QStringLiteral("5")}, ClientPlatform::Android);
    QCOMPARE(w->model()->menuIndex(), -1); // only the last tag counts
    QVERIFY(bar->explanation()->text().contains(QStringLiteral("last tag")));

    // Reorder by a drag in the list: VIP becomes the newest, one undo step.
    const int steps = document->undoStack()->index();
    std::unique_ptr<QMimeData> mime(list->mimeData({list->index(1)}));
    QVERIFY(mime);
    const_cast<MenuListModel *>(list)->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(document->data().conditionalMenus.at(0).matchRule.tagId, QStringLiteral("2"));
    QCOMPARE(document->undoStack()->index(), steps + 1);
    bar->setFollower({QStringLiteral("2")}, ClientPlatform::Ios);
    QCOMPARE(w->model()->menuIndex(), 0); // VIP now comes first
    QCOMPARE(w->model()->index(0, 0).data().toString(), QStringLiteral("VIP"));
    // The iOS menu is now shadowed? No: it matches iOS followers without tag 2.
    bar->setFollower({}, ClientPlatform::Ios);
    QCOMPARE(w->model()->index(0, 0).data().toString(), QStringLiteral("iOS"));

    document->undoStack()->undo();
    QCOMPARE(document->data().conditionalMenus.at(0).matchRule.clientPlatformType,
             QStringLiteral("1"));
    bar->setFollower({QStringLiteral("2")}, ClientPlatform::Ios);
    QCOMPARE(w->model()->index(0, 0).data().toString(), QStringLiteral("iOS"));
    bar->setActive(false);
}

void TestConditionalMenus::privacyFieldsRemovedInOneClick()
{
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(QStringLiteral(WEMENU_TEST_DATA "/seed/get-5.2-response.json")));
    w->showMenu(0);
    MatchRuleEditor *editor = w->ruleEditor();
    QVERIFY(editor->removePrivacyButton()->isVisible());
    QVERIFY(editor->issues()->text().contains(QStringLiteral("sex")));
    QTest::mouseClick(editor->removePrivacyButton(), Qt::LeftButton);
    QVERIFY(!w->document()->data().conditionalMenus.at(0).matchRule.isExpired());
    QCOMPARE(w->document()->data().conditionalMenus.at(0).matchRule.tagId, QStringLiteral("2"));
    QVERIFY(!editor->removePrivacyButton()->isVisible());
    w->document()->undoStack()->undo();
    QVERIFY(w->document()->data().conditionalMenus.at(0).matchRule.isExpired());
}

void TestConditionalMenus::renamingAMenuInTheEditorIsOneUndoStep()
{
    MainWindow *w = m_window.get();
    DocumentData start;
    Button home;
    home.name = QStringLiteral("Home");
    home.type = QStringLiteral("click");
    home.key = QStringLiteral("HOME");
    start.defaultMenu.buttons = {home};
    Menu vip;
    vip.buttons = {home};
    vip.matchRule.tagId = QStringLiteral("2");
    start.conditionalMenus = {vip};
    QVERIFY(w->openData(start));
    MenuDocument *document = w->document();
    emit w->menusPanel()->menuChosen(0);
    QVERIFY(w->ruleEditor()->isVisible());
    QLineEdit *name = w->ruleEditor()->nameEdit();
    QVERIFY(name && name->isVisible());
    QVERIFY(name->text().isEmpty());

    const int steps = document->undoStack()->count();
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("VIP members"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(document->data().conditionalMenus.at(0).name, QStringLiteral("VIP members"));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Rename Conditional Menu"));
    const MenuListModel *list = w->menusPanel()->model();
    QCOMPARE(list->index(0).data().toString(), QStringLiteral("1. VIP members · Tag 2"));

    document->undoStack()->undo();
    QVERIFY(document->data().conditionalMenus.at(0).name.isEmpty());
    QCOMPARE(list->index(0).data().toString(), QStringLiteral("1. Tag 2"));
    name->clearFocus();
    emit w->menusPanel()->menuChosen(-1);
    emit w->menusPanel()->menuChosen(0);
    QVERIFY(name->text().isEmpty());
    document->undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("VIP members"));
}

void TestConditionalMenus::problemsShowWhereAndWhatWithTheRuleInTheTooltip()
{
    MainWindow *w = m_window.get();
    DocumentData start;
    Button home;
    home.name = QStringLiteral("Home");
    home.type = QStringLiteral("click"); // no key: an error with its rule
    start.defaultMenu.buttons = {home};
    QVERIFY(w->openData(start));
    QTreeWidget *list = w->issuesPanel()->list();
    QCOMPARE(list->columnCount(), 2);
    for (int column = 0; column < list->columnCount(); ++column)
        QVERIFY(list->headerItem()->text(column) != QStringLiteral("Rule"));
    QVERIFY(list->topLevelItemCount() > 0);
    const Issue &first = w->document()->issues().first();
    const QTreeWidgetItem *item = list->topLevelItem(0);
    QVERIFY(!item->text(0).contains(first.rule));
    QVERIFY(!item->text(1).contains(first.rule));
    for (int column = 0; column < 2; ++column)
        QVERIFY2(item->toolTip(column).contains(first.rule), qPrintable(item->toolTip(column)));
    // Where in words, the JSON path only in the tooltip.
    QVERIFY2(!item->text(0).contains(QStringLiteral("button[")), qPrintable(item->text(0)));
    QVERIFY(item->toolTip(0).contains(first.path));
}

QTEST_MAIN(TestConditionalMenus)
#include "tst_conditionalmenus.moc"
