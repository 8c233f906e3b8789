#include "editorwithaccounts.h"
#include "scriptedprompter.h"

#include <accounts.h>
#include <documentcontroller.h>
#include <followerbar.h>
#include <maintoolbar.h>
#include <mainwindow.h>
#include <memorysecretstore.h>
#include <menudocument.h>
#include <menufile.h>
#include <menutreeview.h>
#include <publishdialog.h>
#include <publishhistory.h>
#include <publishingactions.h>
#include <recoverystore.h>
#include <shortcutsdialog.h>
#include <userguidedialog.h>
#include <welcomedialog.h>
#include <welcomestart.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");

} // namespace

/// The toolbar, Help (welcome, keyboard shortcuts, user guide) and trymatch errors in words,
/// on the real main window with the built-in Sandbox account.
class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void toolbarHoldsTheMenusActionsWithIcons();
    void toolbarPublishNamesTheAccount();
    void toolbarFitsA1280Screen();
    void toolbarLooksAsFusionDrawsIt();
    void keyboardShortcutsListEveryShortcut();
    void userGuideOpensWithText();
    void welcomeOnFirstStartOnly();
    void welcomeStartsANewMenu();
    void tryMatchUnknownFollowerInWords();

private:
    QAction *windowAction(const char *name) const
    {
        return m_editor.window->findChild<QAction *>(QLatin1String(name));
    }

    EditorWithAccounts m_editor;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHelp::init()
{
    m_editor.start();
}

void TestHelp::cleanup()
{
    m_editor.stop();
}

void TestHelp::toolbarHoldsTheMenusActionsWithIcons()
{
    auto *toolbar = m_editor.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolbar);
    QVERIFY(toolbar->isVisible());
    const QList<QAction *> shown = toolbar->actions();
    for (const char *name : {"actionNew", "actionOpen", "actionSave", "actionUndo", "actionRedo",
                             "actionAddButton", "actionAddSubButton", "actionDelete"}) {
        QAction *action = windowAction(name);
        QVERIFY2(action, name);
        // The very action of the menus, not a copy: one shortcut, one enabled state.
        QVERIFY2(shown.contains(action), name);
        QVERIFY2(!action->icon().isNull(), name);
        QVERIFY2(!action->icon().pixmap(24, 24).isNull(), name);
        QVERIFY2(!action->associatedObjects().isEmpty(), name);
    }
    // Icon-only buttons whose tooltips name the command and its shortcut.
    QCOMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonIconOnly);
    const QString save = windowAction("actionSave")->toolTip();
    QVERIFY2(save.contains(QStringLiteral("Save")), qPrintable(save));
    QVERIFY2(save.contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)),
             qPrintable(save));
    QVERIFY2(windowAction("actionUndo")->toolTip().startsWith(QStringLiteral("Undo (")),
             qPrintable(windowAction("actionUndo")->toolTip()));

    // Add Button and Add Sub-button say why they cannot add, still with their shortcut.
    const auto keys = [this](const char *name) {
        return windowAction(name)->shortcut().toString(QKeySequence::NativeText);
    };
    QVERIFY(m_editor.window->files()->openFile(kSample));
    m_editor.window->selectButton({-1, -1, 0});
    QAction *addSub = windowAction("actionAddSubButton");
    QVERIFY2(addSub->toolTip().contains(keys("actionAddSubButton")), qPrintable(addSub->toolTip()));
    m_editor.window->tree()->selectionModel()->clear();
    QAction *add = windowAction("actionAddButton");
    QVERIFY2(add->toolTip().contains(keys("actionAddButton")), qPrintable(add->toolTip()));
    QVERIFY2(addSub->toolTip().contains(keys("actionAddSubButton")), qPrintable(addSub->toolTip()));
    QVERIFY2(addSub->toolTip().length() > QStringLiteral("Add Sub-button (Ctrl+Shift+B)").length(),
             qPrintable(addSub->toolTip())); // the reason is kept

    // The menus show the same icons: the File menu's New is the toolbar's New.
    QMenu *file = m_editor.window->menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(windowAction("actionNew")));
}

void TestHelp::toolbarPublishNamesTheAccount()
{
    auto *button = m_editor.window->findChild<QToolButton *>(QStringLiteral("publishButton"));
    QVERIFY(button);
    QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QVERIFY(!button->icon().isNull());
    QCOMPARE(m_editor.accounts->current().name, Account::sandboxName());
    QCOMPARE(button->text(), QStringLiteral("Publish to Sandbox…"));

    // It runs the Account menu's Compare and Publish.
    QVERIFY(m_editor.window->files()->openFile(kSample));
    QVERIFY(!m_editor.window->publishing()->publishDialog());
    button->click();
    PublishDialog *dialog = m_editor.window->publishing()->publishDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != PublishDialog::State::Reading, 20000);
    dialog->close();

    // It follows the account chosen.
    Account coffee;
    coffee.name = QStringLiteral("Coffee");
    coffee.appId = QStringLiteral("wx0123456789abcdef");
    coffee.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
    bool saved = false;
    m_editor.accounts->save(coffee, QStringLiteral("coffee-secret-0123"),
                            [&saved](const QString &) { saved = true; });
    QTRY_VERIFY(saved);
    m_editor.accounts->setCurrent(QStringLiteral("Coffee"));
    QCOMPARE(button->text(), QStringLiteral("Publish to Coffee…"));
    m_editor.accounts->setCurrent(Account::sandboxName());
    QCOMPARE(button->text(), QStringLiteral("Publish to Sandbox…"));

    // Without accounts there is nothing to publish to: it says so and is disabled.
    MainWindow bare(&m_editor.prompter, m_editor.recovery.get());
    auto *none = bare.findChild<QToolButton *>(QStringLiteral("publishButton"));
    QVERIFY(none);
    QCOMPARE(none->text(), QStringLiteral("Publish…"));
    QVERIFY(!none->isEnabled());
    bare.document()->undoStack()->setClean();
}

void TestHelp::toolbarFitsA1280Screen()
{
    auto *toolbar = m_editor.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolbar);
    QVERIFY2(toolbar->sizeHint().width() <= 1280,
             qPrintable(QString::number(toolbar->sizeHint().width())));
    m_editor.window->resize(1280, 720);
    QTRY_COMPARE(m_editor.window->width(), 1280);
    // Nothing in the extension menu: every button is on the bar.
    auto *publish = m_editor.window->findChild<QToolButton *>(QStringLiteral("publishButton"));
    QTRY_VERIFY(publish->isVisible());
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget *widget = toolbar->widgetForAction(action);
        QVERIFY(widget);
        QVERIFY2(widget->isVisible(), qPrintable(action->objectName()));
        QVERIFY(toolbar->rect().contains(widget->geometry()));
    }
}

void TestHelp::toolbarLooksAsFusionDrawsIt()
{
    if (QApplication::style()->name() != QLatin1String("fusion"))
        QSKIP("the toolbar paints itself only under Fusion");
    auto *toolbar = m_editor.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolbar);
    m_editor.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.window.get()));
    auto *publish = m_editor.window->findChild<QToolButton *>(QStringLiteral("publishButton"));
    QVERIFY(publish);
    // A plain tool bar of the same height at the top of another main window, drawn by Fusion.
    QMainWindow other;
    QToolBar *plain = other.addToolBar(QStringLiteral("plain"));
    plain->setMovable(false);
    plain->setFixedHeight(toolbar->height());
    other.resize(400, 300);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    const QImage ours = toolbar->grab().toImage();
    const QImage fusion = plain->grab().toImage();
    QCOMPARE(ours.height(), fusion.height());
    // Every row of the bar, in the empty stretch before Publish: the same colour.
    const int x = publish->geometry().left() - 4;
    const int fx = fusion.width() / 2;
    for (int y = 0; y < ours.height(); ++y)
        QCOMPARE(ours.pixel(x, y), fusion.pixel(fx, y));
}

void TestHelp::keyboardShortcutsListEveryShortcut()
{
    QAction *open = windowAction("actionShortcuts");
    QVERIFY(open);
    open->trigger();
    auto *dialog = m_editor.window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QTableWidget *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QHash<QString, QString> rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(rows.value(QStringLiteral("Save")), QStringLiteral("Ctrl+S"));
    QCOMPARE(rows.value(QStringLiteral("Save As")),
             QKeySequence(QKeySequence::SaveAs).toString(QKeySequence::NativeText));
    QVERIFY(rows.value(QStringLiteral("Undo")).contains(QStringLiteral("Ctrl+Z")));
    QCOMPARE(rows.value(QStringLiteral("Add Button")),
             windowAction("actionAddButton")->shortcut().toString(QKeySequence::NativeText));
    QVERIFY(rows.contains(QStringLiteral("Compare and Publish")));
    // Every action of the window that has a shortcut is there, and nothing else.
    int withShortcut = 0;
    QSet<QAction *> counted;
    for (QAction *action : m_editor.window->findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty() && !counted.contains(action)) {
            counted.insert(action);
            ++withShortcut;
            QVERIFY2(rows.contains(ShortcutsDialog::actionName(action)),
                     qPrintable(action->objectName()));
        }
    }
    QCOMPARE(table->rowCount(), withShortcut);
    dialog->close();
}

void TestHelp::userGuideOpensWithText()
{
    QAction *open = windowAction("actionUserGuide");
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::HelpContents));
    open->trigger();
    auto *dialog = m_editor.window->findChild<UserGuideDialog *>(QStringLiteral("userGuideDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("userGuideText"));
    QVERIFY(browser);
    const QString text = browser->toPlainText();
    for (const char *topic : {"conditional menu", "Chinese characters", "phone", "Problems",
                              "Preview as a follower", "Publish History", "Sandbox"}) {
        QVERIFY2(text.contains(QLatin1String(topic)), topic);
    }
    // Its links stay in the guide: it works offline.
    QVERIFY(!browser->openExternalLinks());
    browser->scrollToAnchor(QStringLiteral("sandbox"));
    dialog->close();
}

void TestHelp::welcomeOnFirstStartOnly()
{
    // A window alone (as every test makes it) never shows the welcome.
    QVERIFY(!m_editor.window->findChild<WelcomeDialog *>());
    QVERIFY(WelcomeStart::isFirstStart());

    WelcomeDialog *welcome =
        WelcomeStart::showOnFirstStart(m_editor.window.get(), m_editor.window->files());
    QVERIFY(welcome);
    QCOMPARE(welcome->objectName(), QStringLiteral("welcomeDialog"));
    QVERIFY(welcome->isVisible());
    QVERIFY(!welcome->isModal());
    const QString guide = welcome->guide()->text();
    QVERIFY2(guide.count(QStringLiteral("<li>")) == 5, qPrintable(guide));
    QVERIFY(guide.contains(QStringLiteral("Publish")));

    // "Open the Sample" opens the sample menu, as a new untitled document.
    QPointer<WelcomeDialog> guard(welcome);
    auto *sample = welcome->findChild<QPushButton *>(QStringLiteral("openSampleButton"));
    QVERIFY(sample);
    QTest::mouseClick(sample, Qt::LeftButton);
    const ReadResult expected = MenuFile::readFile(kSample);
    QVERIFY(expected.ok);
    QCOMPARE(m_editor.window->document()->data(), expected.data);
    QVERIFY(m_editor.window->document()->fileName().isEmpty());
    QVERIFY(!m_editor.window->document()->isModified());
    QTRY_VERIFY(!guard); // closed and gone

    // Only once.
    QVERIFY(!WelcomeStart::isFirstStart());
    QVERIFY(!WelcomeStart::showOnFirstStart(m_editor.window.get(), m_editor.window->files()));
    // Help > Welcome shows it again on demand.
    windowAction("actionWelcome")->trigger();
    auto *again = m_editor.window->findChild<WelcomeDialog *>(QStringLiteral("welcomeDialog"));
    QVERIFY(again);
    again->close();
}

void TestHelp::welcomeStartsANewMenu()
{
    QVERIFY(m_editor.window->files()->openFile(kSample));
    WelcomeDialog *welcome =
        WelcomeStart::showOnFirstStart(m_editor.window.get(), m_editor.window->files());
    QVERIFY(welcome);
    QTest::mouseClick(welcome->newMenuButton(), Qt::LeftButton);
    QVERIFY(m_editor.window->document()->fileName().isEmpty());
    QVERIFY(m_editor.window->document()->data().defaultMenu.buttons.size() !=
            MenuFile::readFile(kSample).data.defaultMenu.buttons.size());
}

void TestHelp::tryMatchUnknownFollowerInWords()
{
    FollowerBar *bar = m_editor.window->followerBar();
    // The Sandbox on loopback answers 40003 for someone who does not follow the account.
    m_editor.window->askServer(QStringLiteral("nobody-follows"));
    QLabel *line = bar->explanation();
    QTRY_VERIFY_WITH_TIMEOUT(line->text().contains(QStringLiteral("does not know")), 20000);
    const QString text = line->text();
    QVERIFY2(text.contains(QStringLiteral("WeChat does not know this follower")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("OpenID or WeChat ID")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("follows this account")), qPrintable(text));
    // The code only in the technical details.
    QVERIFY2(!text.contains(QStringLiteral("40003")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("errcode")), qPrintable(text));
    QVERIFY2(line->toolTip().contains(QStringLiteral("40003")), qPrintable(line->toolTip()));

    // A follower the Sandbox knows, on an account with no menu yet (46003): in words too.
    m_editor.window->askServer(QStringLiteral("vip_alice"));
    QTRY_VERIFY_WITH_TIMEOUT(line->text().contains(QStringLiteral("no menu")), 20000);
    QVERIFY2(line->text().contains(QStringLiteral("Publish the menu first")),
             qPrintable(line->text()));
    QVERIFY2(!line->text().contains(QStringLiteral("46003")), qPrintable(line->text()));
    QVERIFY2(line->toolTip().contains(QStringLiteral("46003")), qPrintable(line->toolTip()));

    // Once the bar explains something else, the details go.
    bar->setActive(true);
    QTRY_VERIFY(line->toolTip().isEmpty());
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
