#include "scriptedprompter.h"

#include <accounts.h>
#include <apptranslations.h>
#include <mainwindow.h>
#include <memorysecretstore.h>
#include <publishhistory.h>
#include <recoverystore.h>

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

} // namespace

class TestChinese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowSpeaksChinese();
};

void TestChinese::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp, QStringLiteral("zh_CN"), QStringLiteral(WEMENU_QM_DIR));
}

void TestChinese::mainWindowSpeaksChinese()
{
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    RecoveryStore recovery(dir.filePath(QStringLiteral("recovery")));
    MemorySecretStore secrets;
    Accounts accounts(&secrets, dir.filePath(QStringLiteral("sandbox.json")));
    PublishHistory history(dir.filePath(QStringLiteral("history")));
    MainWindow window(&prompter, &recovery, &accounts, &history);
    QVERIFY(window.openFile(QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    window.show();

    int checked = 0;
    for (QAction *menu : window.menuBar()->actions()) {
        QVERIFY2(hasChinese(menu->text()), qPrintable(menu->text()));
        for (QAction *action : menu->menu()->actions()) {
            if (action->isSeparator() || action->text().isEmpty() || action->menu())
                continue;
            // Names that are the same in every language: dock titles are checked below.
            if (qobject_cast<QDockWidget *>(action->parent()))
                continue;
            QVERIFY2(hasChinese(action->text()), qPrintable(action->text()));
            ++checked;
        }
    }
    QVERIFY(checked > 20);
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(hasChinese(dock->windowTitle()), qPrintable(dock->windowTitle()));
    const QLabel *summary = window.findChild<QLabel *>(QStringLiteral("issuesSummary"));
    QVERIFY(summary && hasChinese(summary->text()));
    QVERIFY(hasChinese(MainWindow::aboutText()));
}

QTEST_MAIN(TestChinese)
#include "tst_chinese.moc"
