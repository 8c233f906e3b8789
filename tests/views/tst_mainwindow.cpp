#include "scriptedprompter.h"

#include <buttonactions.h>
#include <buttonform.h>
#include <documentcontroller.h>
#include <issuespanel.h>
#include <mainwindow.h>
#include <menudocument.h>
#include <menulistmodel.h>
#include <menuspanel.h>
#include <menutreemodel.h>
#include <menutreeview.h>
#include <phonepreview.h>
#include <recoverystore.h>
#include <validator.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

void chooseType(ButtonForm *form, const QString &type)
{
    QComboBox *combo = form->typeCombo();
    const int index = combo->findData(type);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

/// Types text the way a keyboard does, one key event per character (CJK included).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QStringList tabTitles(const PhonePreview *preview, const MenuDocument *document)
{
    QStringList titles;
    const PhonePreviewLayout layout = preview->layout();
    for (int i = 0; i < layout.tabCount(); ++i)
        titles.append(PhonePreviewPainter::tabTitle(document->data().defaultMenu.buttons.at(i)));
    return titles;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildMenuThroughFormAndTree();
    void previewClickSelectsInTreeAndForm();
    void treeDrawsADropAsALine();
    void tabGoesThroughThePanelsInTheirOrder();
    void issuesPanelJumpsToTheField();
    void oneClickFixesForKeysTheFormCannotShow();
    void subButtonUnderAClickButtonLeavesNoActionOnTheParent();
    void limitsDisableActionsAndSayWhy();
    void clipboardRoundTrip();
    void switchingMenus();

private:
    ScriptedPrompter m_prompter;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    m_recovery = std::make_unique<RecoveryStore>(m_dir->filePath(QStringLiteral("recovery")));
    m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_recovery.reset();
    m_dir.reset();
}

void TestMainWindow::buildMenuThroughFormAndTree()
{
    MainWindow *w = m_window.get();
    QAbstractItemModelTester tester(w->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    MenuDocument *document = w->document();
    ButtonForm *form = w->form();
    QVERIFY(document->data().defaultMenu.buttons.isEmpty());

    // A first button, named through the form: typing is one undo step.
    action(w, "actionAddButton")->trigger();
    QCOMPARE(w->model()->rowCount(), 1);
    QLineEdit *name = form->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name && name->isVisible());
    name->selectAll();
    typeText(name, QStringLiteral(u"今日歌曲推荐"));
    QCOMPARE(document->data().defaultMenu.buttons.at(0).name, QStringLiteral(u"今日歌曲推荐"));
    QCOMPARE(document->undoStack()->count(), 2); // add, then one merged rename
    QLabel *counter = form->findChild<QLabel *>(QStringLiteral("nameCounter"));
    QVERIFY(counter->toolTip().contains(QStringLiteral("18/16 bytes")));
    QCOMPARE(counter->property("severity").toString(), QStringLiteral("error"));
    QLabel *nameIssue = form->findChild<QLabel *>(QStringLiteral("nameIssue"));
    QVERIFY(nameIssue->isVisible());
    QCOMPARE(nameIssue->property("severity").toString(), QStringLiteral("error"));
    name->selectAll();
    typeText(name, QStringLiteral(u"今日歌曲推荐").left(5)); // 15 bytes: the phone cuts it
    QVERIFY(counter->property("fullText").toString().contains(QStringLiteral(u"今日歌曲...")));
    QCOMPARE(counter->property("severity").toString(), QStringLiteral("warning"));
    name->selectAll();
    typeText(name, QStringLiteral(u"今日歌曲"));
    QVERIFY(nameIssue->text().isEmpty());
    QVERIFY(nameIssue->property("severity").toString().isEmpty());

    // A web page button: only the link field shows; its issue shows until a link is typed.
    chooseType(form, QStringLiteral("click"));
    QVERIFY(form->edit(ButtonField::Key)->isVisible());
    QVERIFY(!form->edit(ButtonField::Url)->isVisible());
    chooseType(form, QStringLiteral("view"));
    QVERIFY(form->edit(ButtonField::Url)->isVisible());
    QVERIFY(!form->edit(ButtonField::Key)->isVisible());
    QLabel *urlIssue = form->findChild<QLabel *>(QStringLiteral("urlIssue"));
    QVERIFY(urlIssue->isVisible());
    QTest::keyClicks(form->edit(ButtonField::Url), QStringLiteral("https://example.com/songs"));
    QVERIFY(urlIssue->text().isEmpty());

    // Two more top-level buttons, sub-buttons under the second, then a drag between parents.
    action(w, "actionAddButton")->trigger();
    action(w, "actionAddSubButton")->trigger();
    action(w, "actionAddSubButton")->trigger();
    action(w, "actionAddButton")->trigger();
    QCOMPARE(w->model()->rowCount(), 3);
    QCOMPARE(w->model()->rowCount(w->model()->index(1, 0)), 2);
    const QModelIndex sub = w->model()->index(0, 0, w->model()->index(1, 0));
    std::unique_ptr<QMimeData> mime(w->model()->mimeData({sub}));
    // The third button has its own action: a drop never makes it a parent.
    QVERIFY(!w->model()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, w->model()->index(2, 0)));
    QCOMPARE(w->model()->rowCount(w->model()->index(2, 0)), 0);
    QVERIFY(w->model()->dropMimeData(mime.get(), Qt::MoveAction, 2, 0, w->model()->index(1, 0)));
    QCOMPARE(w->model()->rowCount(w->model()->index(1, 0)), 2);

    // The preview shows the three tabs as the phone would, and the issues panel every issue.
    QCOMPARE(w->preview()->layout().tabCount(), 3);
    QCOMPARE(tabTitles(w->preview(), document).first(), QStringLiteral(u"今日歌曲"));
    QTreeWidget *issues = w->issuesPanel()->list();
    QCOMPARE(issues->topLevelItemCount(), int(document->issues().size()));
    QCOMPARE(issues->topLevelItemCount(), 0); // fresh buttons are ready to publish

    // Undo everything: back to the empty document.
    QUndoStack *stack = document->undoStack();
    while (stack->canUndo())
        action(w, "actionUndo")->trigger();
    QCOMPARE(document->data(), DocumentData());
    QCOMPARE(w->preview()->layout().tabCount(), 0);
    QCOMPARE(w->model()->rowCount(), 0);
    while (stack->canRedo())
        action(w, "actionRedo")->trigger();
    QCOMPARE(w->model()->rowCount(), 3);
}

void TestMainWindow::previewClickSelectsInTreeAndForm()
{
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    // A parent shows no action; its sub-button shows its own.
    w->selectButton({-1, -1, 1});
    QVERIFY(!w->form()->typeCombo()->isVisible());
    w->selectButton({-1, 1, 1});
    QVERIFY(w->form()->typeCombo()->isVisible());
    // A name the phone cuts shows a note; the rest of the form stays.
    QLineEdit *name = w->form()->edit(ButtonField::Name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Order online, pick up in store"));
    QCOMPARE(w->form()->findChild<QLabel *>(QStringLiteral("nameCounter"))->property("severity"),
             QVariant(QStringLiteral("warning")));
    QVERIFY(w->form()->typeCombo()->isVisible());
    QTRY_VERIFY(w->form()->typeCombo()->height() > 10); // laid out, not squeezed away
    w->document()->undoStack()->undo();
    w->selectButton({-1, -1, 0});
    PhonePreview *preview = w->preview();
    const QPointF tab = preview->toWidget(preview->layout().tabRect(1).center());
    QTest::mouseClick(preview, Qt::LeftButton, {}, tab.toPoint());
    QCOMPARE(w->tree()->currentIndex(), w->model()->index(1, 0));
    QCOMPARE(preview->openTop(), 1);
    const QPointF item = preview->toWidget(preview->layout().subItemRect(2).center());
    QTest::mouseClick(preview, Qt::LeftButton, {}, item.toPoint());
    const QModelIndex expected = w->model()->index(2, 0, w->model()->index(1, 0));
    QCOMPARE(w->tree()->currentIndex(), expected);
    QCOMPARE(w->form()->edit(ButtonField::Name)->text(), expected.data().toString());
    // A second click on the open tab closes its sub-menu.
    QTest::mouseClick(preview, Qt::LeftButton, {}, tab.toPoint());
    QTest::mouseClick(preview, Qt::LeftButton, {}, tab.toPoint());
    QCOMPARE(preview->openTop(), -1);
}

void TestMainWindow::treeDrawsADropAsALine()
{
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    MenuTreeView *tree = w->tree();
    MenuTreeModel *model = w->model();
    const QModelIndex store = model->index(1, 0); // 门店, which opens a sub-menu
    const int children = model->rowCount(store);
    QVERIFY(children > 0);
    QVERIFY(tree->isExpanded(store));
    const QRect lastChild = tree->visualRect(model->index(children - 1, 0, store));

    // Onto a button with a sub-menu: a line after its last sub-button, at the sub-buttons'
    // depth, not a box around the row.
    const QLine onto = tree->dropLine(store, MenuTreeView::DropPlace::Into);
    QCOMPARE(onto.dy(), 0);
    QCOMPARE(onto.y1(), lastChild.bottom() + 1);
    QCOMPARE(onto.x1(), lastChild.left());
    // Above a row: its top, at its depth; below an open parent: after all its sub-buttons.
    const QLine above = tree->dropLine(store, MenuTreeView::DropPlace::Above);
    QCOMPARE(above.y1(), tree->visualRect(store).top());
    QCOMPARE(above.x1(), tree->visualRect(store).left());
    const QLine below = tree->dropLine(store, MenuTreeView::DropPlace::Below);
    QCOMPARE(below.y1(), lastChild.bottom() + 1);
    QCOMPARE(below.x1(), tree->visualRect(store).left());
}

void TestMainWindow::issuesPanelJumpsToTheField()
{
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    QCOMPARE(w->issuesPanel()->list()->topLevelItemCount(), 0);
    // Break the link of the second sub-button of the second tab.
    w->selectButton({-1, 1, 0});
    QLineEdit *url = w->form()->edit(ButtonField::Url);
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("ftp://example.com"));
    w->selectButton({-1, -1, 0});
    QTreeWidget *list = w->issuesPanel()->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QVERIFY(item->text(1).contains(QStringLiteral("http")));
    // The JSON path and the rule id are technical detail: in the tooltip only.
    QVERIFY2(item->toolTip(0).startsWith(QStringLiteral("menu.button[1].sub_button[0].url\n")),
             qPrintable(item->toolTip(0)));
    QVERIFY(item->toolTip(0).contains(QStringLiteral("url.scheme")));
    QVERIFY(!item->text(0).contains(QStringLiteral("url.scheme")));
    emit list->itemActivated(item, 0);
    QCOMPARE(w->tree()->currentIndex(), w->model()->index(0, 0, w->model()->index(1, 0)));
    QVERIFY(url->hasFocus());
}

void TestMainWindow::oneClickFixesForKeysTheFormCannotShow()
{
    const QString fileName = m_dir->filePath(QStringLiteral("misspelled.json"));
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"menu": {"button": [
            {"name": "小程序", "type": "miniprogram", "url": "https://mp.example.com/",
             "appId": "wx286b93c14bbf93aa", "pagepath": "pages/index"},
            {"name": "B", "type": "click", "key": "K"}],
            "matchrule": {"tag_id": "2"}}})");
    }
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(fileName));
    MenuDocument *document = w->document();
    QUndoStack *undo = document->undoStack();
    const int steps = undo->count();

    // The warning about "appId" points to the button and offers the rename.
    w->selectButton({-1, -1, 0});
    auto *rename = w->form()->findChild<QPushButton *>(QStringLiteral("buttonIssueFix"));
    QVERIFY(rename);
    QVERIFY(rename->isVisible());
    QVERIFY2(rename->text().contains(QStringLiteral("\"appid\"")), qPrintable(rename->text()));
    QVERIFY(w->form()->findChild<QLabel *>(QStringLiteral("buttonIssue"))->isVisible());
    QTest::mouseClick(rename, Qt::LeftButton);
    const ButtonPath first{-1, -1, 0};
    QCOMPARE(document->button(first).appId, QStringLiteral("wx286b93c14bbf93aa"));
    QVERIFY(!document->button(first).extras.contains(QStringLiteral("appId")));
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(w->form()->edit(ButtonField::AppId)->text(), QStringLiteral("wx286b93c14bbf93aa"));
    QVERIFY(!rename->isVisible());

    // One undo step puts the key back as it was.
    undo->undo();
    QVERIFY(document->button(first).appId.isEmpty());
    QCOMPARE(document->button(first).extras.value(QStringLiteral("appId")).toString(),
             QStringLiteral("wx286b93c14bbf93aa"));
    QVERIFY(rename->isVisible());
    undo->redo();
    QCOMPARE(document->button(first).appId, QStringLiteral("wx286b93c14bbf93aa"));

    // The stray "matchrule" of the default menu: removed from the problems panel.
    IssuesPanel *panel = w->issuesPanel();
    auto *fix = panel->findChild<QPushButton *>(QStringLiteral("issueFixButton"));
    QVERIFY(fix);
    QTreeWidget *list = panel->list();
    QTreeWidgetItem *stray = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->toolTip(0).startsWith(QLatin1String("menu.matchrule\n")))
            stray = list->topLevelItem(i);
    }
    QVERIFY(stray);
    list->setCurrentItem(nullptr);
    QVERIFY(!fix->isEnabled());
    list->setCurrentItem(stray);
    QVERIFY(fix->isEnabled());
    QVERIFY2(fix->text().contains(QStringLiteral("\"matchrule\"")), qPrintable(fix->text()));
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(!document->data().defaultMenu.extras.contains(QStringLiteral("matchrule")));
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(undo->count(), steps + 2);
    undo->undo();
    QCOMPARE(document->data().defaultMenu.extras.value(QStringLiteral("matchrule")).toObject(),
             (QJsonObject{{QStringLiteral("tag_id"), QStringLiteral("2")}}));
    QCOMPARE(list->topLevelItemCount(), 1);
}

void TestMainWindow::subButtonUnderAClickButtonLeavesNoActionOnTheParent()
{
    const QString fileName = m_dir->filePath(QStringLiteral("click.json"));
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"menu": {"button": [{"name": "活动", "type": "click", "key": "PROMO"}]}})");
    }
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(fileName));
    MenuDocument *document = w->document();
    QUndoStack *undo = document->undoStack();
    const DocumentData before = document->data();
    const int steps = undo->count();

    w->selectButton({-1, -1, 0});
    QAction *addSub = action(w, "actionAddSubButton");
    QVERIFY(addSub);
    QVERIFY(addSub->isEnabled());
    addSub->trigger();
    QCOMPARE(undo->count(), steps + 1);
    const Button &parent = document->button({-1, -1, 0});
    QCOMPARE(parent.subButtons.size(), 1);
    QVERIFY(parent.type.isEmpty());
    QVERIFY(parent.key.isEmpty());
    // No warning is left about an action the form does not show.
    for (const Issue &issue : Validator::validate(document->data()))
        QVERIFY2(issue.rule != QLatin1String("button.action-ignored"), qPrintable(issue.message));

    // The saved file carries no action on the parent.
    const QString saved = m_dir->filePath(QStringLiteral("saved.json"));
    QVERIFY(w->files()->saveAs(saved));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject top = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("menu"))
                                .toObject()
                                .value(QStringLiteral("button"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(top.value(QStringLiteral("name")).toString(), QStringLiteral("活动"));
    QVERIFY(!top.contains(QStringLiteral("type")));
    QVERIFY(!top.contains(QStringLiteral("key")));
    QCOMPARE(top.value(QStringLiteral("sub_button")).toArray().size(), 1);

    // One undo brings the action back and takes the sub-button away.
    QVERIFY(action(w, "actionUndo"));
    action(w, "actionUndo")->trigger();
    QCOMPARE(undo->index(), steps);
    QCOMPARE(document->data(), before);
}

void TestMainWindow::limitsDisableActionsAndSayWhy()
{
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    QAction *add = action(w, "actionAddButton");
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("3")));
    QVERIFY(
        w->findChild<QLabel *>(QStringLiteral("counters"))->text().contains(QStringLiteral("3/3")));
    w->selectButton({-1, -1, 1});
    QAction *addSub = action(w, "actionAddSubButton");
    while (addSub->isEnabled())
        addSub->trigger();
    QCOMPARE(w->document()->buttonCount(-1, 1), 5);
    QVERIFY(addSub->toolTip().contains(QStringLiteral("5")));
    QVERIFY(
        w->findChild<QLabel *>(QStringLiteral("counters"))->text().contains(QStringLiteral("5/5")));
    // Delete makes room again.
    action(w, "actionDelete")->trigger();
    QVERIFY(addSub->isEnabled());
}

void TestMainWindow::clipboardRoundTrip()
{
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    MenuDocument *document = w->document();
    w->selectButton({-1, 2, 3});
    action(w, "actionDelete")->trigger();
    w->selectButton({-1, 2, 2});
    action(w, "actionDelete")->trigger();
    QCOMPARE(document->buttonCount(-1, 2), 2);
    w->selectButton({-1, 1, 0});
    const Button copied = document->button({-1, 1, 0});
    action(w, "actionCopy")->trigger();
    w->selectButton({-1, 2, 0});
    action(w, "actionPaste")->trigger();
    QCOMPARE(document->button({-1, 2, 1}), copied);
    action(w, "actionDuplicate")->trigger();
    QCOMPARE(document->button({-1, 2, 2}), copied);

    // Button JSON as plain text pastes too; a paste that breaks a limit is refused.
    QMimeData text;
    text.setText(QStringLiteral(R"({"name":"纯文本","type":"click","key":"T"})"));
    w->selectButton({-1, -1, 0});
    QSignalSpy refused(w->buttonActions(), &ButtonActions::refused);
    const int steps = document->undoStack()->count();
    QVERIFY(!w->buttonActions()->pasteMime(&text)); // a 4th top-level button
    QCOMPARE(refused.size(), 1);
    QCOMPARE(document->undoStack()->count(), steps);
    w->selectButton({-1, 2, 0});
    QVERIFY(w->buttonActions()->pasteMime(&text));
    QCOMPARE(document->button({-1, 2, 1}).name, QStringLiteral(u"纯文本"));

    // Several buttons paste in their order, as one step; too many for the place paste nothing.
    QMimeData two;
    two.setText(QStringLiteral(
        R"([{"name":"一","type":"click","key":"1"},{"name":"二","type":"click","key":"2"}])"));
    w->selectButton({-1, 1, 0});
    w->selectButton({-1, 1, 3});
    action(w, "actionDelete")->trigger(); // 门店 keeps 3 sub-buttons
    w->selectButton({-1, 1, 0});
    const int stepsBefore = document->undoStack()->index();
    QVERIFY(w->buttonActions()->pasteMime(&two));
    QCOMPARE(document->button({-1, 1, 1}).name, QStringLiteral(u"一"));
    QCOMPARE(document->button({-1, 1, 2}).name, QStringLiteral(u"二"));
    QCOMPARE(document->undoStack()->index(), stepsBefore + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Paste Buttons"));
    const DocumentData full = document->data();
    QVERIFY(!w->buttonActions()->pasteMime(&two)); // 5 + 2 > 5
    QCOMPARE(document->data(), full);
    document->undoStack()->undo(); // one undo takes both away
    QCOMPARE(document->buttonCount(-1, 1), 3);
    document->undoStack()->redo();
    QCOMPARE(document->data(), full);

    // Cut removes; undo brings it back.
    const DocumentData before = document->data();
    action(w, "actionCut")->trigger();
    QVERIFY(document->data() != before);
    action(w, "actionUndo")->trigger();
    QCOMPARE(document->data(), before);
}

void TestMainWindow::switchingMenus()
{
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    QListView *menus = w->menusPanel()->list();
    QCOMPARE(menus->model()->rowCount(), 1 + int(w->document()->data().conditionalMenus.size()));
    // Priority order: the newest conditional menu (index 0) on top, the default menu last.
    QCOMPARE(menus->model()->index(0, 0).data(MenuListModel::MenuIndexRole).toInt(), 0);
    QCOMPARE(menus->model()->index(1, 0).data(MenuListModel::MenuIndexRole).toInt(), 1);
    QCOMPARE(menus->model()->index(2, 0).data(MenuListModel::MenuIndexRole).toInt(), -1);
    QVERIFY(menus->model()->index(0, 0).data().toString().startsWith(QLatin1String("1. ")));
    menus->setCurrentIndex(menus->model()->index(1, 0));
    QCOMPARE(w->model()->menuIndex(), 1);
    QCOMPARE(w->model()->rowCount(),
             int(w->document()->data().conditionalMenus.at(1).buttons.size()));
    QCOMPARE(w->model()->index(0, 0).data(MenuTreeModel::PathRole).toString(),
             QStringLiteral("conditionalmenu[1].button[0]"));
    // An issue in a conditional menu jumps there from the default menu.
    w->showMenu(-1);
    w->goToIssue(QStringLiteral("conditionalmenu[0].button[0].name"));
    QCOMPARE(w->model()->menuIndex(), 0);
    QCOMPARE(w->tree()->currentIndex(), w->model()->index(0, 0));
}

namespace {

/// The object names of the shown widgets that Tab reaches, in the window's tab order.
QStringList tabOrder(QWidget *window)
{
    QStringList names;
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && !w->objectName().isEmpty())
            names.append(w->objectName());
    }
    return names;
}

} // namespace

void TestMainWindow::tabGoesThroughThePanelsInTheirOrder()
{
    // The form's fields and the rule editor are made when first needed; Tab still goes from
    // the tree to the form and on to the problems, from the menus list to the rule and the tree.
    MainWindow *w = m_window.get();
    QVERIFY(w->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    QStringList order = tabOrder(w);
    const auto before = [&order](const char *a, const char *b) {
        const qsizetype first = order.indexOf(QLatin1String(a));
        const qsizetype second = order.indexOf(QLatin1String(b));
        return first >= 0 && second >= 0 && first < second;
    };
    QVERIFY2(before("menuTree", "nameEdit"), qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(before("nameEdit", "typeCombo"), qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(before("typeCombo", "issuesList"), qPrintable(order.join(QLatin1Char(' '))));
    w->showMenu(0);
    order = tabOrder(w);
    QVERIFY2(before("menusList", "menuNameEdit"), qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(before("menuNameEdit", "tagCombo"), qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(before("platformCombo", "menuTree"), qPrintable(order.join(QLatin1Char(' '))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
