// The commands of the example pipelines in docs/ci.md, run as their steps run them (sh -c,
// wemenu on PATH, the account in CI variables) in a throwaway git repository with an origin,
// publishing to wemenu-sandbox over loopback.
#include "throwawayrepo.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
const QString kSecret = QStringLiteral("sandbox-secret-ci");

// The steps of docs/ci.md, word for word.
const QString kFmtCheck =
    QStringLiteral("git ls-files -z '*.wemenu.json' | xargs -0 -r wemenu fmt --check --");
const QString kValidateGithub =
    QStringLiteral("git ls-files -z '*.wemenu.json' | xargs -0 -r wemenu validate --format "
                   "github --");
const QString kValidateGitlab =
    QStringLiteral("git ls-files -z '*.wemenu.json' | xargs -0 -r wemenu validate --format "
                   "gitlab -- > gl-code-quality-report.json");
const QString kDriver = QStringLiteral("git config diff.wemenu.command \"wemenu diff\"");
const QString kChangesGithub =
    QStringLiteral("git diff --ext-diff \"origin/$GITHUB_BASE_REF...HEAD\" -- '*.wemenu.json'");
const QString kChangesGitlab =
    QStringLiteral("git diff --ext-diff \"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME...HEAD\" -- "
                   "'*.wemenu.json'");
const QString kPlan =
    QStringLiteral("wemenu push menus/shop.wemenu.json --dry-run --plan-out plan.md --api-base "
                   "\"$WEMENU_API_BASE\" --appid \"$WEMENU_APPID\"");
const QString kPublish = QStringLiteral("wemenu push menus/shop.wemenu.json --yes --api-base "
                                        "\"$WEMENU_API_BASE\" --appid \"$WEMENU_APPID\"");

QByteArray fileBytes(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCiPipeline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pipelinesCheckAndPublish();
    void brokenChangeFailsTheCheck();
    void planOutThatCannotBeWrittenPublishesNothing();

private:
    /// Runs a pipeline step; fails the test when its exit code is not `expected`.
    ProgramRun step(const QString &command, int expected = 0);
    ProgramRun git(const QStringList &arguments) { return m_repo->git(arguments); }

    std::unique_ptr<ThrowawayRepo> m_repo;
    QProcess m_sandbox;
};

void TestCiPipeline::init()
{
    m_repo = std::make_unique<ThrowawayRepo>(QFileInfo(QStringLiteral(WEMENU_BINARY)).path());
    if (!m_repo->hasGit())
        QSKIP("git is not installed");
    m_sandbox.start(QStringLiteral(WEMENU_SANDBOX_BINARY),
                    {QStringLiteral("--secret"), kSecret, QStringLiteral("--state"),
                     m_repo->homePath() + QStringLiteral("/sandbox-state.json")});
    QVERIFY(m_sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
    const QByteArray first = m_sandbox.readLine().trimmed();
    QVERIFY2(first.startsWith("listening on http://127.0.0.1:"), first.constData());

    // The CI variables.
    QProcessEnvironment &env = m_repo->environment();
    env.insert(QStringLiteral("WEMENU_API_BASE"),
               QString::fromLatin1(first.mid(first.indexOf("http://"))));
    env.insert(QStringLiteral("WEMENU_APPID"), QStringLiteral("wxsandbox000000000"));
    env.insert(QStringLiteral("WEMENU_APP_SECRET"), kSecret);
    env.insert(QStringLiteral("WEMENU_BACKOFF_MS"), QStringLiteral("1,1,1"));
    env.insert(QStringLiteral("GITHUB_BASE_REF"), QStringLiteral("main"));
    env.insert(QStringLiteral("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"), QStringLiteral("main"));

    // A repository set up with init-repo, its first menu on main, and an origin.
    QVERIFY(m_repo->init());
    ProgramRun run = m_repo->run(QStringLiteral(WEMENU_BINARY), {QStringLiteral("init-repo")});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(m_repo->write(QStringLiteral("menus/shop.wemenu.json"), fileBytes(kSample)));
    QVERIFY(m_repo->write(QStringLiteral(".gitignore"), "plan.md\ngl-code-quality-report.json\n"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("add"), QStringLiteral(".")},
          QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                      QStringLiteral("The shop's menus")},
          QStringList{QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                      m_repo->homePath() + QStringLiteral("/origin.git")},
          QStringList{QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                      m_repo->homePath() + QStringLiteral("/origin.git")},
          QStringList{QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                      QStringLiteral("main")}}) {
        run = git(arguments);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
}

void TestCiPipeline::cleanup()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
    m_repo.reset();
}

ProgramRun TestCiPipeline::step(const QString &command, int expected)
{
    const ProgramRun run = m_repo->shell(command);
    if (run.exitCode != expected)
        qWarning("%s\n%s", qPrintable(command), run.describe().constData());
    return run;
}

void TestCiPipeline::pipelinesCheckAndPublish()
{
    // main: the check passes and the publish job publishes.
    QCOMPARE(step(kFmtCheck).exitCode, 0);
    QCOMPARE(step(kValidateGithub).exitCode, 0);
    ProgramRun run = step(kPublish);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("menu/create menu\n"), run.describe());
    QVERIFY2(!run.out.contains(kSecret.toUtf8()) && !run.err.contains(kSecret.toUtf8()),
             run.describe());

    // A merge request renames a button.
    QCOMPARE(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                  QStringLiteral("rename")})
                 .exitCode,
             0);
    QVERIFY(m_repo->write(QStringLiteral("menus/shop.wemenu.json"),
                          fileBytes(kSample).replace("今日推荐", "今日新品")));
    QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                  QStringLiteral("Rename")})
                 .exitCode,
             0);
    QCOMPARE(step(kFmtCheck).exitCode, 0);
    run = step(kValidateGithub);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("::error"), run.describe());
    QCOMPARE(step(kValidateGitlab).exitCode, 0);
    const QJsonDocument report =
        QJsonDocument::fromJson(m_repo->read(QStringLiteral("gl-code-quality-report.json")));
    QVERIFY(report.isArray());
    QCOMPARE(step(kDriver).exitCode, 0);
    for (const QString &changes : {kChangesGithub, kChangesGitlab}) {
        run = step(changes);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Menus in menus/shop.wemenu.json:\n"
                                  "  Default menu: 今日推荐 renamed to 今日新品\n"),
                 run.describe());
    }
    run = step(kPlan);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("menu/create menu\n"));
    const QString plan = QString::fromUtf8(m_repo->read(QStringLiteral("plan.md")));
    QVERIFY2(plan.contains(QStringLiteral("1. `menu/create menu`\n")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("- Default menu: 今日推荐 renamed to 今日新品\n")),
             qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("menus/shop.wemenu.json")), qPrintable(plan));

    // Merged: main publishes the rename, and a second run has nothing to do.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")},
          QStringList{QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("rename")}}) {
        run = git(arguments);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    QCOMPARE(step(kFmtCheck).exitCode, 0);
    run = step(kPublish);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("menu/create menu\n"));
    run = step(kPublish);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains("nothing to publish"), run.describe());
    run = step(kPlan);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(m_repo->read(QStringLiteral("plan.md")).contains("nothing to publish"));
}

void TestCiPipeline::brokenChangeFailsTheCheck()
{
    QCOMPARE(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                  QStringLiteral("broken")})
                 .exitCode,
             0);
    QByteArray bytes = fileBytes(kSample);
    const qsizetype url = bytes.indexOf("\"url\": \"https://");
    QVERIFY(url > 0);
    bytes.replace(url, 16, "\"url\": \"ftp://");
    QVERIFY(m_repo->write(QStringLiteral("menus/shop.wemenu.json"), bytes));
    QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--no-verify"),
                  QStringLiteral("-am"), QStringLiteral("Broken")})
                 .exitCode,
             0);
    // xargs exits 123 when the command it ran exited 1: the job fails.
    ProgramRun run = step(kValidateGithub, 123);
    QCOMPARE(run.exitCode, 123);
    const int line = int(bytes.left(url).count('\n')) + 1;
    QVERIFY2(run.out.contains(
                 QStringLiteral("::error file=menus/shop.wemenu.json,line=%1,").arg(line).toUtf8()),
             run.describe());
    run = step(kValidateGitlab, 123);
    QCOMPARE(run.exitCode, 123);
    const QJsonArray report =
        QJsonDocument::fromJson(m_repo->read(QStringLiteral("gl-code-quality-report.json")))
            .array();
    QVERIFY(!report.isEmpty());
    // A compact file fails the format check and names itself.
    QVERIFY(m_repo->write(QStringLiteral("menus/shop.wemenu.json"),
                          fileBytes(kSample).replace("\n", "")));
    QCOMPARE(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--no-verify"),
                  QStringLiteral("-am"), QStringLiteral("Compact")})
                 .exitCode,
             0);
    run = step(kFmtCheck, 123);
    QCOMPARE(run.exitCode, 123);
    QVERIFY2(run.out.contains("menus/shop.wemenu.json"), run.describe());
}

void TestCiPipeline::planOutThatCannotBeWrittenPublishesNothing()
{
    QVERIFY(QDir().mkpath(m_repo->filePath(QStringLiteral("plan.md"))));
    ProgramRun run = step(kPlan, 2);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("plan.md") && run.err.contains("nothing was published"),
             run.describe());
    // Without --dry-run neither.
    run = step(kPublish + QStringLiteral(" --plan-out plan.md"), 2);
    QCOMPARE(run.exitCode, 2);
    run = step(kPublish + QStringLiteral(" --dry-run"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("menu/create menu\n"), run.describe()); // still unpublished
}

QTEST_GUILESS_MAIN(TestCiPipeline)
#include "tst_cipipeline.moc"
