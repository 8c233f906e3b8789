// `wemenu init-repo` and its pre-commit hook, in real git repositories: the hook refuses a
// commit whose staged menu breaks a rule, is not canonical or cannot be read, and lets a good
// one through; a second run changes nothing; outside a work tree it exits 2.
#include "throwawayrepo.h"

#include <QFileInfo>
#include <QtTest>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
const QString kBroken = QStringLiteral(WEMENU_TEST_DATA "/cli/errors-document.json");
const QString kMenu = QStringLiteral("menus/shop.wemenu.json");

QByteArray fileBytes(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestInitRepo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setsUpTheRepositoryOnce();
    void hookRefusesBrokenAndNonCanonicalMenus();
    void hookChecksTheStagedVersion();
    void hookRefusesAnUnreadableMenu();
    void foreignHookIsKeptAndRunsFirst();
    void hooksPathIsFollowed();
    void outsideAWorkTreeExits2();
    void usageErrors();

private:
    ProgramRun wemenu(const QStringList &arguments) { return m_repo->run(kWemenu, arguments); }
    ProgramRun commit(const QString &message)
    {
        return m_repo->git(
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    }
    ProgramRun add(const QString &path) { return m_repo->git({QStringLiteral("add"), path}); }
    void setUp();

    const QString kWemenu = QStringLiteral(WEMENU_BINARY);
    std::unique_ptr<ThrowawayRepo> m_repo;
};

void TestInitRepo::init()
{
    m_repo = std::make_unique<ThrowawayRepo>();
    if (!m_repo->hasGit())
        QSKIP("git is not installed");
    QVERIFY(m_repo->init());
}

void TestInitRepo::setUp()
{
    const ProgramRun run = wemenu({QStringLiteral("init-repo")});
    QVERIFY2(run.exitCode == 0, run.describe());
}

void TestInitRepo::setsUpTheRepositoryOnce()
{
    QVERIFY(m_repo->write(QStringLiteral(".gitattributes"), "*.png binary")); // no final newline
    const ProgramRun first = wemenu({QStringLiteral("init-repo"), m_repo->path()});
    QVERIFY2(first.exitCode == 0, first.describe());
    QCOMPARE(m_repo->read(QStringLiteral(".gitattributes")),
             QByteArray("*.png binary\n*.wemenu.json diff=wemenu\n"));
    const QString hook = m_repo->filePath(QStringLiteral(".git/hooks/pre-commit"));
    QVERIFY(QFileInfo(hook).isExecutable());
    const QByteArray config = m_repo->read(QStringLiteral(".git/config"));
    QVERIFY2(config.contains("[diff \"wemenu\"]"), config.constData());
    const ProgramRun command =
        m_repo->git({QStringLiteral("config"), QStringLiteral("diff.wemenu.command")});
    QCOMPARE(command.out.trimmed(), QByteArray(WEMENU_BINARY " diff"));
    QCOMPARE(m_repo->git({QStringLiteral("config"), QStringLiteral("alias.menulog")}).out,
             QByteArray("log -p --ext-diff\n"));
    QCOMPARE(m_repo->git({QStringLiteral("config"), QStringLiteral("alias.menushow")}).out,
             QByteArray("show --ext-diff\n"));

    // A second run, from a sub-folder: the same files, byte for byte.
    const QByteArray hookBytes = fileBytes(hook);
    QVERIFY(QDir().mkpath(m_repo->filePath(QStringLiteral("menus"))));
    const ProgramRun second =
        wemenu({QStringLiteral("init-repo"), m_repo->filePath(QStringLiteral("menus"))});
    QVERIFY2(second.exitCode == 0, second.describe());
    QVERIFY2(second.out.contains("already there"), second.describe());
    QCOMPARE(m_repo->read(QStringLiteral(".gitattributes")),
             QByteArray("*.png binary\n*.wemenu.json diff=wemenu\n"));
    QCOMPARE(fileBytes(hook), hookBytes);
    QCOMPARE(m_repo->read(QStringLiteral(".git/config")), config);
    QVERIFY(!QFileInfo::exists(
        m_repo->filePath(QStringLiteral(".git/hooks/pre-commit.before-wemenu"))));

    // The aliases show the menus in words.
    QVERIFY(QFile::copy(kSample, m_repo->filePath(kMenu)));
    QCOMPARE(add(QStringLiteral(".")).exitCode, 0);
    QVERIFY2(commit(QStringLiteral("Menus")).exitCode == 0, m_repo->git({}).describe());
    const ProgramRun show = m_repo->git({QStringLiteral("menushow")});
    QVERIFY2(show.exitCode == 0 && show.out.contains("Menus in menus/shop.wemenu.json:"),
             show.describe());
}

void TestInitRepo::hookRefusesBrokenAndNonCanonicalMenus()
{
    setUp();
    // A good menu passes.
    QVERIFY(m_repo->write(kMenu, fileBytes(kSample)));
    QCOMPARE(add(kMenu).exitCode, 0);
    ProgramRun run = commit(QStringLiteral("A good menu"));
    QVERIFY2(run.exitCode == 0, run.describe());

    // A menu that breaks a rule: refused, naming the rule and the file.
    const QString broken = QStringLiteral("menus/broken.wemenu.json");
    QVERIFY(m_repo->write(broken, fileBytes(kBroken)));
    QCOMPARE(wemenu({QStringLiteral("fmt"), m_repo->filePath(broken)}).exitCode, 0);
    QCOMPARE(add(broken).exitCode, 0);
    run = commit(QStringLiteral("A broken menu"));
    QVERIFY2(run.exitCode != 0, run.describe());
    QVERIFY2(run.err.contains("menus/broken.wemenu.json: error: ") &&
                 run.err.contains("[url.scheme]") && run.err.contains("commit is refused"),
             run.describe());
    QCOMPARE(
        m_repo->git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
            .out.trimmed(),
        QByteArray("1"));
    QCOMPARE(
        m_repo
            ->git({QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("--cached"), broken})
            .exitCode,
        0);

    // A valid menu not in the canonical form: refused, naming the file and the fix.
    QByteArray compact = fileBytes(kSample);
    compact.replace("\n", "").replace("    ", "").replace("今日推荐", "今日新品");
    QVERIFY(m_repo->write(kMenu, compact));
    QCOMPARE(add(kMenu).exitCode, 0);
    run = commit(QStringLiteral("A compact menu"));
    QVERIFY2(run.exitCode != 0, run.describe());
    QVERIFY2(run.err.contains("not in the canonical form") &&
                 run.err.contains("  menus/shop.wemenu.json\n"),
             run.describe());

    // Formatted, it goes in; a commit without menus is not checked at all.
    QCOMPARE(wemenu({QStringLiteral("fmt"), m_repo->filePath(kMenu)}).exitCode, 0);
    QCOMPARE(add(kMenu).exitCode, 0);
    run = commit(QStringLiteral("Formatted"));
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(m_repo->write(QStringLiteral("notes.txt"), "notes\n"));
    QCOMPARE(add(QStringLiteral("notes.txt")).exitCode, 0);
    run = commit(QStringLiteral("Notes"));
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), run.describe());
}

void TestInitRepo::hookChecksTheStagedVersion()
{
    setUp();
    // The index holds a broken menu, the working file a good one: the commit is refused.
    QVERIFY(m_repo->write(kMenu, fileBytes(kBroken)));
    QCOMPARE(wemenu({QStringLiteral("fmt"), m_repo->filePath(kMenu)}).exitCode, 0);
    QCOMPARE(add(kMenu).exitCode, 0);
    QVERIFY(m_repo->write(kMenu, fileBytes(kSample)));
    ProgramRun run = commit(QStringLiteral("Broken in the index"));
    QVERIFY2(run.exitCode != 0 && run.err.contains("[matchrule.privacy, 65320]"), run.describe());

    // The other way round: a good staged menu goes in while the working file is broken.
    QCOMPARE(add(kMenu).exitCode, 0);
    QVERIFY(m_repo->write(kMenu, "{ not json"));
    run = commit(QStringLiteral("Good in the index"));
    QVERIFY2(run.exitCode == 0, run.describe());
    // git commit FILE stages the working file: refused.
    run = m_repo->git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                       QStringLiteral("Working file"), kMenu});
    QVERIFY2(run.exitCode != 0 && run.err.contains("not valid JSON"), run.describe());
}

void TestInitRepo::hookRefusesAnUnreadableMenu()
{
    setUp();
    // Not a menu at all, and a symbolic link (git stores its target, not a menu).
    QVERIFY(m_repo->write(kMenu, "[1, 2, 3]\n"));
    QCOMPARE(add(kMenu).exitCode, 0);
    ProgramRun run = commit(QStringLiteral("Not a menu"));
    QVERIFY2(run.exitCode != 0 && run.err.contains("menus/shop.wemenu.json: The file holds a "
                                                   "JSON array, not a menu"),
             run.describe());
    QVERIFY2(run.err.contains("commit is refused"), run.describe());
    QCOMPARE(
        m_repo->git({QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("--cached"), kMenu})
            .exitCode,
        0);
    QVERIFY(QFile::link(kSample, m_repo->filePath(QStringLiteral("linked.wemenu.json"))));
    QCOMPARE(add(QStringLiteral("linked.wemenu.json")).exitCode, 0);
    run = commit(QStringLiteral("A link"));
    QVERIFY2(run.exitCode != 0 && run.err.contains("linked.wemenu.json: "), run.describe());

    // WeMenu gone from where init-repo found it and not on PATH: refused, saying so.
    QVERIFY(m_repo->write(QStringLiteral(".git/hooks/pre-commit"),
                          fileBytes(m_repo->filePath(QStringLiteral(".git/hooks/pre-commit")))
                              .replace(WEMENU_BINARY, "/nonexistent/wemenu")));
    run = commit(QStringLiteral("No WeMenu"));
    QVERIFY2(run.exitCode != 0 && run.err.contains("/nonexistent/wemenu nor on PATH"),
             run.describe());
}

void TestInitRepo::foreignHookIsKeptAndRunsFirst()
{
    const QString hook = m_repo->filePath(QStringLiteral(".git/hooks/pre-commit"));
    const QByteArray foreign = "#!/bin/sh\necho foreign hook ran >&2\nexit 0\n";
    QVERIFY(m_repo->write(QStringLiteral(".git/hooks/pre-commit"), foreign));
    QVERIFY(QFile::setPermissions(hook, QFile::permissions(hook) | QFileDevice::ExeOwner));
    ProgramRun run = wemenu({QStringLiteral("init-repo")});
    QVERIFY2(run.exitCode == 0 && run.out.contains("pre-commit.before-wemenu"), run.describe());
    const QString chained = m_repo->filePath(QStringLiteral(".git/hooks/pre-commit.before-wemenu"));
    QCOMPARE(fileBytes(chained), foreign);
    const QByteArray ours = fileBytes(hook);
    QVERIFY(ours.contains("wemenu-pre-commit-hook"));
    // Twice: still chained once.
    run = wemenu({QStringLiteral("init-repo")});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(fileBytes(hook), ours);
    QCOMPARE(fileBytes(chained), foreign);

    QVERIFY(m_repo->write(kMenu, fileBytes(kSample)));
    QCOMPARE(add(kMenu).exitCode, 0);
    run = commit(QStringLiteral("Both hooks"));
    QVERIFY2(run.exitCode == 0 && run.err.contains("foreign hook ran"), run.describe());

    // A foreign hook that refuses stops the commit before WeMenu's checks.
    QVERIFY(m_repo->write(QStringLiteral(".git/hooks/pre-commit.before-wemenu"),
                          "#!/bin/sh\necho foreign refusal >&2\nexit 7\n"));
    QVERIFY(m_repo->write(QStringLiteral("a.txt"), "a\n"));
    QCOMPARE(add(QStringLiteral("a.txt")).exitCode, 0);
    run = commit(QStringLiteral("Refused by the other hook"));
    QVERIFY2(run.exitCode != 0 && run.err.contains("foreign refusal"), run.describe());

    // Another foreign hook while one is already chained: WeMenu changes neither.
    QVERIFY(m_repo->write(QStringLiteral(".git/hooks/pre-commit"), foreign));
    run = wemenu({QStringLiteral("init-repo")});
    QVERIFY2(run.exitCode == 1 && run.err.contains("Merge them by hand"), run.describe());
    QCOMPARE(fileBytes(hook), foreign);
}

void TestInitRepo::hooksPathIsFollowed()
{
    QCOMPARE(m_repo
                 ->git({QStringLiteral("config"), QStringLiteral("core.hooksPath"),
                        QStringLiteral("githooks")})
                 .exitCode,
             0);
    const ProgramRun run = wemenu({QStringLiteral("init-repo")});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(QFileInfo(m_repo->filePath(QStringLiteral("githooks/pre-commit"))).isExecutable());
    QVERIFY(!QFileInfo::exists(m_repo->filePath(QStringLiteral(".git/hooks/pre-commit"))));
    QVERIFY(m_repo->write(kMenu, "{}\n"));
    QCOMPARE(add(kMenu).exitCode, 0);
    const ProgramRun refused = commit(QStringLiteral("Not a menu"));
    QVERIFY2(refused.exitCode != 0 && refused.err.contains("commit is refused"),
             refused.describe());
}

void TestInitRepo::outsideAWorkTreeExits2()
{
    QTemporaryDir plain;
    QVERIFY(plain.isValid());
    ProgramRun run = wemenu({QStringLiteral("init-repo"), plain.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(plain.path().toUtf8() + " is not in a git work tree"),
             run.describe());
    QVERIFY(QDir(plain.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    run = wemenu({QStringLiteral("init-repo"), plain.filePath(QStringLiteral("missing"))});
    QCOMPARE(run.exitCode, 2);
    // Inside .git: not a work tree either.
    run = wemenu({QStringLiteral("init-repo"), m_repo->filePath(QStringLiteral(".git"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_repo->filePath(QStringLiteral(".gitattributes"))));
}

void TestInitRepo::usageErrors()
{
    ProgramRun run =
        wemenu({QStringLiteral("init-repo"), QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains("Usage: wemenu init-repo [DIR]"), run.describe());
    run = wemenu({QStringLiteral("init-repo"), QStringLiteral("--frobnicate")});
    QCOMPARE(run.exitCode, 64);
    run = wemenu({QStringLiteral("init-repo"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Usage: wemenu init-repo [DIR]"));
    QVERIFY(!QFileInfo::exists(m_repo->filePath(QStringLiteral(".gitattributes"))));
}

QTEST_GUILESS_MAIN(TestInitRepo)
#include "tst_initrepo.moc"
