// The status bar's git state, in a real MainWindow (offscreen) on files in a throwaway git
// repository: committed, uncommitted changes after an edit and Save, nothing outside a repo.
#include "scriptedprompter.h"
#include "throwawayrepo.h"

#include <button.h>
#include <buttonpath.h>
#include <documentcontroller.h>
#include <gitstatus.h>
#include <mainwindow.h>
#include <menudocument.h>
#include <recoverystore.h>

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");

QByteArray fileBytes(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGitStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysCommittedThenUncommitted();
    void outsideARepositoryShowsNothing();
    void gitWaitsUntilTheWindowIsDrawn();

private:
    /// A new repository holding the sample as shop.wemenu.json, not added yet, and the editor's
    /// git pointed at it (no user or system config); the file's path, empty when git failed.
    static QString sampleInRepo(ThrowawayRepo &repo)
    {
        if (!repo.init())
            return {};
        // The editor runs git with this process's environment.
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("HOME", repo.homePath().toUtf8());
        if (!repo.write(QStringLiteral("shop.wemenu.json"), fileBytes(kSample)))
            return {};
        return repo.filePath(QStringLiteral("shop.wemenu.json"));
    }
    /// The status bar's git label.
    QLabel *label(MainWindow *window) const
    {
        return window->findChild<QLabel *>(QStringLiteral("gitStatus"));
    }
};

void TestGitStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGitStatus::saysCommittedThenUncommitted()
{
    ThrowawayRepo repo;
    if (!repo.hasGit())
        QSKIP("git is not installed");
    const QString menu = sampleInRepo(repo);
    QVERIFY(!menu.isEmpty());
    QCOMPARE(repo.git({QStringLiteral("add"), QStringLiteral(".")}).exitCode, 0);
    QCOMPARE(repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                       QStringLiteral("Menus")})
                 .exitCode,
             0);

    ScriptedPrompter prompter;
    RecoveryStore recovery(repo.homePath() + QStringLiteral("/recovery"));
    MainWindow window(&prompter, &recovery);
    window.show();
    QLabel *git = label(&window);
    QVERIFY(git);
    QVERIFY(!git->isVisible()); // untitled

    QVERIFY(window.files()->openFile(menu));
    QTRY_COMPARE(git->text(), QStringLiteral("git: main · committed"));

    // An edit alone changes nothing on disk; after Save the file has uncommitted changes.
    QVERIFY(window.document()->setButtonField(ButtonPath{-1, -1, 0}, ButtonField::Name,
                                              QStringLiteral("今日新品")));
    QVERIFY(window.files()->save());
    QTRY_COMPARE(git->text(), QStringLiteral("git: main · uncommitted changes"));

    // Committed from outside: seen again when the window is activated.
    QCOMPARE(repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                       QStringLiteral("Renamed")})
                 .exitCode,
             0);
    QEvent activate(QEvent::WindowActivate);
    QCoreApplication::sendEvent(&window, &activate);
    QTRY_COMPARE(git->text(), QStringLiteral("git: main · committed"));

    // A new file beside it, not added yet.
    QVERIFY(window.files()->saveAs(repo.filePath(QStringLiteral("new.wemenu.json"))));
    QTRY_COMPARE(git->text(), QStringLiteral("git: main · not in git yet"));
}

void TestGitStatus::outsideARepositoryShowsNothing()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed");
    QTemporaryDir plain;
    QVERIFY(plain.isValid());
    const QString menu = plain.filePath(QStringLiteral("shop.wemenu.json"));
    QVERIFY(QFile::copy(kSample, menu));
    qputenv("GIT_CEILING_DIRECTORIES", QFileInfo(plain.path()).path().toUtf8());

    ScriptedPrompter prompter;
    RecoveryStore recovery(plain.filePath(QStringLiteral("recovery")));
    MainWindow window(&prompter, &recovery);
    window.show();
    QLabel *git = label(&window);
    QVERIFY(git);
    auto *gitStatus = window.findChild<GitStatus *>();
    QVERIFY(gitStatus);
    QSignalSpy checked(gitStatus, &GitStatus::updated);
    QVERIFY(window.files()->openFile(menu));
    QVERIFY(checked.wait(20000)); // git answered: not a repository
    QVERIFY(!git->isVisible());
    QVERIFY(git->text().isEmpty());
}

void TestGitStatus::gitWaitsUntilTheWindowIsDrawn()
{
    ThrowawayRepo repo;
    if (!repo.hasGit())
        QSKIP("git is not installed");
    const QString menu = sampleInRepo(repo);
    QVERIFY(!menu.isEmpty());

    // A file opened before the window is on screen (wemenu FILE): no git process yet.
    ScriptedPrompter prompter;
    RecoveryStore recovery(repo.homePath() + QStringLiteral("/recovery"));
    MainWindow window(&prompter, &recovery);
    auto *gitStatus = window.findChild<GitStatus *>();
    QVERIFY(gitStatus);
    QVERIFY(window.files()->openFile(menu));
    QCoreApplication::processEvents();
    QVERIFY(!gitStatus->isChecking());
    QVERIFY(!label(&window)->isVisible());

    // Once the window is drawn, the file is checked.
    window.show();
    QTRY_COMPARE(label(&window)->text(), QStringLiteral("git: main · not in git yet"));
}

QTEST_MAIN(TestGitStatus)
#include "tst_gitstatus.moc"
