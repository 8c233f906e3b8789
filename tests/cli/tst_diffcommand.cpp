// End-to-end tests of `wemenu diff` (design.md, "Command line, second round"): the real binary
// on the pairs of tests/data/diff, as a command and as git's external diff driver, and a real
// `git diff` in a throwaway repository.

#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// English, and not inside a git diff of several paths.
QProcessEnvironment diffEnvironment()
{
    return englishEnvironment({QStringLiteral("GIT_DIFF_PATH_TOTAL")});
}

ProgramRun wemenu(const QStringList &arguments)
{
    return runWemenu(QStringList{QStringLiteral("diff")} + arguments, diffEnvironment());
}

QString pair(const QString &name, const char *side)
{
    return QStringLiteral(WEMENU_TEST_DATA "/diff/%1/%2.json").arg(name, QLatin1String(side));
}

QString pair(const char *name, const char *side)
{
    return pair(QString::fromUtf8(name), side);
}

QString cliData(const char *name)
{
    return QStringLiteral(WEMENU_TEST_DATA "/cli/") + QLatin1String(name);
}

/// The lines of a words.txt file.
QString words(const QString &name)
{
    QFile file(QStringLiteral(WEMENU_TEST_DATA "/diff/%1/words.txt").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot open words.txt of %1").arg(name);
    return QString::fromUtf8(file.readAll());
}

/// git's seven arguments for PATH, from OLD to NEW.
QStringList gitArguments(const QString &path, const QString &oldFile, const QString &newFile)
{
    return {path,
            oldFile,
            QStringLiteral("1111111111111111111111111111111111111111"),
            QStringLiteral("100644"),
            newFile,
            QStringLiteral("2222222222222222222222222222222222222222"),
            QStringLiteral("100644")};
}

bool writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDiffCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void wordsOneChangeALine();
    void unreadableNamesTheFile_data();
    void unreadableNamesTheFile();
    void usageErrors_data();
    void usageErrors();
    void jsonShape();
    void jsonSame();
    void gitForm();
    void gitFormAddedAndDeleted();
    void gitFormUnreadableSide();
    void gitFormUnmerged();
    void realGitDiff();

private:
    QTemporaryDir m_dir;
};

void TestDiffCommand::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(WEMENU_BINARY)).isExecutable(), WEMENU_BINARY);
    QVERIFY(m_dir.isValid());
}

void TestDiffCommand::exitCodes_data()
{
    QTest::addColumn<QString>("oldFile");
    QTest::addColumn<QString>("newFile");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("same file") << pair("default-buttons", "old") << pair("default-buttons", "old")
                               << 0;
    QTest::newRow("identical documents")
        << pair("identical", "old") << pair("identical", "new") << 0;
    QTest::newRow("create body and document")
        << pair("shapes-create-document", "old") << pair("shapes-create-document", "new") << 0;
    QTest::newRow("menu/get and document")
        << pair("shapes-menuget-document", "old") << pair("shapes-menuget-document", "new") << 0;
    QTest::newRow("different") << pair("default-buttons", "old") << pair("default-buttons", "new")
                               << 1;
    QTest::newRow("renamed in a conditional menu")
        << pair("renamed-in-conditional", "old") << pair("renamed-in-conditional", "new") << 1;
    QTest::newRow("/dev/null to a menu") << "/dev/null" << pair("new-sub-menu", "new") << 1;
    QTest::newRow("/dev/null twice") << "/dev/null"
                                     << "/dev/null" << 0;
    QTest::newRow("old malformed") << cliData("malformed.json") << pair("identical", "new") << 2;
    QTest::newRow("new not a menu") << pair("identical", "old") << cliData("not-a-menu.json") << 2;
    QTest::newRow("old missing") << QStringLiteral("/nonexistent/old.json")
                                 << pair("identical", "new") << 2;
}

void TestDiffCommand::exitCodes()
{
    QFETCH(QString, oldFile);
    QFETCH(QString, newFile);
    QFETCH(int, exitCode);

    for (const bool json : {false, true}) {
        QStringList arguments{oldFile, newFile};
        if (json)
            arguments.append(QStringLiteral("--json"));
        const ProgramRun run = wemenu(arguments);
        QVERIFY2(run.exitCode == exitCode, run.describe());
        if (exitCode == 2) {
            QVERIFY2(run.out.isEmpty(), run.describe());
            QVERIFY2(!run.err.isEmpty(), run.describe());
        } else if (exitCode == 0 && !json) {
            QVERIFY2(run.out.isEmpty(), run.describe());
        } else if (json) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, run.describe());
            QCOMPARE(document.object().value(QStringLiteral("changes")).toArray().isEmpty(),
                     exitCode == 0);
        }
    }
}

void TestDiffCommand::wordsOneChangeALine()
{
    for (const QString &name :
         {QStringLiteral("renamed-in-conditional"), QStringLiteral("default-buttons"),
          QStringLiteral("moved-buttons"), QStringLiteral("pair-by-name"),
          QStringLiteral("menus-removed-moved")}) {
        const ProgramRun run = wemenu({pair(name, "old"), pair(name, "new")});
        QVERIFY2(run.exitCode == 1, run.describe());
        QCOMPARE(QString::fromUtf8(run.out), words(name));
        QVERIFY2(run.err.isEmpty(), run.describe());
    }
}

void TestDiffCommand::unreadableNamesTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::newRow("syntax error") << cliData("malformed.json")
                                  << QStringLiteral("Line 4, column 30");
    QTest::newRow("not a menu") << cliData("not-a-menu.json") << QString();
    QTest::newRow("missing") << QStringLiteral("/nonexistent/menu.json") << QString();
}

void TestDiffCommand::unreadableNamesTheFile()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    for (const QStringList &arguments : {QStringList{file, pair("identical", "new")},
                                         QStringList{pair("identical", "old"), file}}) {
        const ProgramRun run = wemenu(arguments);
        QVERIFY2(run.exitCode == 2, run.describe());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(file + QStringLiteral(": ")), run.describe());
        QVERIFY2(err.contains(where), run.describe());
        QVERIFY2(!err.contains(pair("identical", "new")) && !err.contains(pair("identical", "old")),
                 run.describe());
    }
}

void TestDiffCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = pair("identical", "old");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("one file") << QStringList{file};
    QTest::newRow("three files") << QStringList{file, file, file};
    QTest::newRow("unknown option") << QStringList{file, file, QStringLiteral("--frobnicate")};
}

void TestDiffCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const ProgramRun run = wemenu(arguments);
    QVERIFY2(run.exitCode == 64, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains("Usage: wemenu diff OLD NEW [--json]"), run.describe());

    const ProgramRun help = wemenu({QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, help.describe());
    QVERIFY2(help.out.contains("Usage: wemenu diff OLD NEW [--json]"), help.describe());
    QVERIFY2(help.out.contains("diff.wemenu.command"), help.describe());
}

void TestDiffCommand::jsonShape()
{
    const QString oldFile = pair("pair-by-name", "old");
    const QString newFile = pair("pair-by-name", "new");
    const ProgramRun run = wemenu({oldFile, newFile, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 1, run.describe());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.keys(), (QStringList{QStringLiteral("changes"), QStringLiteral("new"),
                                         QStringLiteral("old")}));
    QCOMPARE(report.value(QStringLiteral("old")).toString(), oldFile);
    QCOMPARE(report.value(QStringLiteral("new")).toString(), newFile);
    const QJsonArray changes = report.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 3);

    // Every change has the six keys; those that do not apply are null.
    const QStringList six = QStringLiteral("field from kind menu path to").split(QLatin1Char(' '));
    const QJsonObject moved = changes.at(0).toObject();
    QCOMPARE(moved.keys(),
             (QStringList{QStringLiteral("field"), QStringLiteral("from"), QStringLiteral("kind"),
                          QStringLiteral("menu"), QStringLiteral("old_menu"),
                          QStringLiteral("path"), QStringLiteral("to")}));
    QCOMPARE(moved.value(QStringLiteral("kind")).toString(), QStringLiteral("menu-moved"));
    QCOMPARE(moved.value(QStringLiteral("menu")).toString(), QStringLiteral("conditionalmenu[0]"));
    QCOMPARE(moved.value(QStringLiteral("old_menu")).toString(),
             QStringLiteral("conditionalmenu[1]"));
    for (const char *key : {"path", "field", "from", "to"})
        QVERIFY2(moved.value(QLatin1String(key)).isNull(), key);

    const QJsonObject rule = changes.at(1).toObject();
    QCOMPARE(rule.keys(), six);
    QCOMPARE(rule.value(QStringLiteral("kind")).toString(), QStringLiteral("rule-changed"));
    QCOMPARE(rule.value(QStringLiteral("menu")).toString(), QStringLiteral("conditionalmenu[1]"));
    QVERIFY(rule.value(QStringLiteral("path")).isNull());
    QCOMPARE(rule.value(QStringLiteral("field")).toString(), QStringLiteral("tag_id"));
    QCOMPARE(rule.value(QStringLiteral("from")).toString(), QStringLiteral("2"));
    QCOMPARE(rule.value(QStringLiteral("to")).toString(), QStringLiteral("5"));

    const QJsonObject renamed = changes.at(2).toObject();
    QCOMPARE(renamed.keys(), six);
    QCOMPARE(renamed.value(QStringLiteral("kind")).toString(), QStringLiteral("button-changed"));
    QCOMPARE(renamed.value(QStringLiteral("path")).toString(),
             QStringLiteral("conditionalmenu[1].button[0]"));
    QCOMPARE(renamed.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
    QCOMPARE(renamed.value(QStringLiteral("from")).toString(), QStringLiteral("会员专享"));
    QCOMPARE(renamed.value(QStringLiteral("to")).toString(), QStringLiteral("会员日"));
    // Raw UTF-8, no \u escapes.
    QVERIFY2(run.out.contains("会员日") && !run.out.contains("\\u"), run.describe());

    // A moved button carries its old path; an added one none of field, from, to.
    const ProgramRun buttons = wemenu(
        {pair("moved-buttons", "old"), pair("moved-buttons", "new"), QStringLiteral("--json")});
    const QJsonObject movedButton = QJsonDocument::fromJson(buttons.out)
                                        .object()
                                        .value(QStringLiteral("changes"))
                                        .toArray()
                                        .at(1)
                                        .toObject();
    QCOMPARE(movedButton.value(QStringLiteral("kind")).toString(), QStringLiteral("button-moved"));
    QCOMPARE(movedButton.value(QStringLiteral("path")).toString(),
             QStringLiteral("menu.button[2].sub_button[0]"));
    QCOMPARE(movedButton.value(QStringLiteral("old_path")).toString(),
             QStringLiteral("menu.button[0].sub_button[0]"));
    const ProgramRun added = wemenu(
        {pair("added-removed", "old"), pair("added-removed", "new"), QStringLiteral("--json")});
    const QJsonArray addedChanges =
        QJsonDocument::fromJson(added.out).object().value(QStringLiteral("changes")).toArray();
    QCOMPARE(addedChanges.size(), 3);
    const QJsonObject removed = addedChanges.at(1).toObject();
    QCOMPARE(removed.keys(), six);
    QCOMPARE(removed.value(QStringLiteral("kind")).toString(), QStringLiteral("button-removed"));
    QCOMPARE(removed.value(QStringLiteral("path")).toString(), QStringLiteral("menu.button[2]"));
    QVERIFY(removed.value(QStringLiteral("field")).isNull());
    const QJsonObject menuAdded = addedChanges.at(2).toObject();
    QCOMPARE(menuAdded.value(QStringLiteral("kind")).toString(), QStringLiteral("menu-added"));
    QCOMPARE(menuAdded.value(QStringLiteral("menu")).toString(),
             QStringLiteral("conditionalmenu[0]"));
    QVERIFY(menuAdded.value(QStringLiteral("path")).isNull());
}

void TestDiffCommand::jsonSame()
{
    const ProgramRun run =
        wemenu({pair("shapes-create-document", "old"), pair("shapes-create-document", "new"),
                QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QVERIFY(report.value(QStringLiteral("changes")).isArray());
    QVERIFY(report.value(QStringLiteral("changes")).toArray().isEmpty());
}

void TestDiffCommand::gitForm()
{
    const QString path = QStringLiteral("menus/shop.wemenu.json");
    const ProgramRun run = wemenu(gitArguments(path, pair("renamed-in-conditional", "old"),
                                               pair("renamed-in-conditional", "new")));
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(QString::fromUtf8(run.out),
             QStringLiteral("Menus in menus/shop.wemenu.json:\n"
                            "  1. VIP members · Tag 2 · iOS: 会员专享 renamed to 会员日\n"));

    // The same menus written another way: said in words, still exit 0.
    const ProgramRun same = wemenu(gitArguments(path, pair("shapes-create-document", "old"),
                                                pair("shapes-create-document", "new")));
    QVERIFY2(same.exitCode == 0, same.describe());
    QCOMPARE(QString::fromUtf8(same.out),
             QStringLiteral("Menus in menus/shop.wemenu.json:\n  No change to the menus.\n"));

    // A rename: nine arguments, the new path and git's message.
    QStringList renamed =
        gitArguments(path, pair("default-buttons", "old"), pair("default-buttons", "old"));
    renamed << QStringLiteral("menus/store.wemenu.json")
            << QStringLiteral("similarity index 100%\nrename from menus/shop.wemenu.json\n");
    const ProgramRun moved = wemenu(renamed);
    QVERIFY2(moved.exitCode == 0, moved.describe());
    QVERIFY2(
        moved.out.startsWith("Menus in menus/store.wemenu.json (was menus/shop.wemenu.json):\n"),
        moved.describe());
}

void TestDiffCommand::gitFormAddedAndDeleted()
{
    const QString path = QStringLiteral("new.wemenu.json");
    const ProgramRun added =
        wemenu(gitArguments(path, QStringLiteral("/dev/null"), pair("new-sub-menu", "new")));
    QVERIFY2(added.exitCode == 0, added.describe());
    QVERIFY2(added.out.startsWith("Menus in new.wemenu.json:\n  Default menu: 首页 added\n"),
             added.describe());
    QVERIFY2(added.out.contains("  Default menu: 活动 › 签到 added\n"), added.describe());

    const ProgramRun deleted =
        wemenu(gitArguments(path, pair("added-removed", "new"), QStringLiteral("/dev/null")));
    QVERIFY2(deleted.exitCode == 0, deleted.describe());
    QVERIFY2(deleted.out.contains("  Default menu: 门店 › 外卖 removed\n"), deleted.describe());
    QVERIFY2(deleted.out.contains("  1. Tag 7: menu removed\n"), deleted.describe());

    // An addconditional body added: its one menu, no default menu removed or added.
    const QString body = m_dir.filePath(QStringLiteral("conditional.json"));
    QVERIFY(writeBytes(body, R"({"button":[{"name":"会员","type":"click","key":"V"}],)"
                             R"("matchrule":{"tag_id":"2"}})"));
    const ProgramRun conditional = wemenu(gitArguments(path, QStringLiteral("/dev/null"), body));
    QCOMPARE(QString::fromUtf8(conditional.out),
             QStringLiteral("Menus in new.wemenu.json:\n  1. Tag 2: menu added\n"));
}

void TestDiffCommand::gitFormUnreadableSide()
{
    const QString path = QStringLiteral("shop.wemenu.json");
    const ProgramRun oldBad =
        wemenu(gitArguments(path, cliData("malformed.json"), pair("identical", "new")));
    QVERIFY2(oldBad.exitCode == 0, oldBad.describe());
    QVERIFY2(oldBad.out.startsWith("Menus in shop.wemenu.json:\n  The old version is not a menu "
                                   "WeMenu can read: Line 4, column 30"),
             oldBad.describe());

    const ProgramRun newBad =
        wemenu(gitArguments(path, pair("identical", "old"), cliData("not-a-menu.json")));
    QVERIFY2(newBad.exitCode == 0, newBad.describe());
    QVERIFY2(newBad.out.contains("  The new version is not a menu WeMenu can read: "),
             newBad.describe());

    const ProgramRun missing = wemenu(
        gitArguments(path, QStringLiteral("/nonexistent/a"), QStringLiteral("/nonexistent/b")));
    QVERIFY2(missing.exitCode == 0, missing.describe());
    QVERIFY2(missing.out.contains("The old version") && missing.out.contains("The new version"),
             missing.describe());
}

void TestDiffCommand::gitFormUnmerged()
{
    // git passes the path alone for an unmerged file (and sets GIT_DIFF_PATH_TOTAL).
    QProcessEnvironment env = diffEnvironment();
    env.insert(QStringLiteral("GIT_DIFF_PATH_TOTAL"), QStringLiteral("1"));
    const ProgramRun run =
        runWemenu({QStringLiteral("diff"), QStringLiteral("shop.wemenu.json")}, env);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.startsWith("Menus in shop.wemenu.json:\n  Unmerged"), run.describe());
}

void TestDiffCommand::realGitDiff()
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        QSKIP("git is not installed");
    QTemporaryDir home;
    QTemporaryDir repository;
    QVERIFY(home.isValid() && repository.isValid());
    QProcessEnvironment env = diffEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    env.remove(QStringLiteral("GIT_EXTERNAL_DIFF"));
    auto runGit = [&](const QStringList &arguments) {
        ProgramOptions options(env);
        options.workingDirectory = repository.path();
        return runProgram(git, arguments, options);
    };
    const QString driver = QStringLiteral("'%1' diff").arg(QStringLiteral(WEMENU_BINARY));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("init"), QStringLiteral("-q")},
          QStringList{QStringLiteral("config"), QStringLiteral("user.name"),
                      QStringLiteral("Test")},
          QStringList{QStringLiteral("config"), QStringLiteral("user.email"),
                      QStringLiteral("test@example.com")},
          QStringList{QStringLiteral("config"), QStringLiteral("diff.wemenu.command"), driver}}) {
        const ProgramRun run = runGit(arguments);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    const QString menu = repository.filePath(QStringLiteral("shop.wemenu.json"));
    QVERIFY(QFile::copy(pair("renamed-in-conditional", "old"), menu));
    QVERIFY(writeBytes(repository.filePath(QStringLiteral(".gitattributes")),
                       "*.wemenu.json diff=wemenu\n"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("add"), QStringLiteral(".")},
          QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                      QStringLiteral("The menus")}}) {
        const ProgramRun run = runGit(arguments);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    QFile::remove(menu);
    QVERIFY(QFile::copy(pair("renamed-in-conditional", "new"), menu));

    const ProgramRun diff = runGit({QStringLiteral("diff")});
    QVERIFY2(diff.exitCode == 0, diff.describe());
    QVERIFY2(diff.out.contains("Menus in shop.wemenu.json:\n"
                               "  1. VIP members · Tag 2 · iOS: 会员专享 renamed to 会员日\n"),
             diff.describe());
    QVERIFY2(!diff.out.contains("@@"), diff.describe()); // no line diff

    // git log -p and git show use the driver with --ext-diff.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"),
                      QStringLiteral("Renamed")}}) {
        const ProgramRun run = runGit(arguments);
        QVERIFY2(run.exitCode == 0, run.describe());
    }
    const ProgramRun show = runGit({QStringLiteral("show"), QStringLiteral("--ext-diff")});
    QVERIFY2(show.exitCode == 0, show.describe());
    QVERIFY2(show.out.contains("会员专享 renamed to 会员日"), show.describe());
    const ProgramRun log =
        runGit({QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("--ext-diff")});
    QVERIFY2(log.exitCode == 0, log.describe());
    QVERIFY2(log.out.contains("会员专享 renamed to 会员日"), log.describe());
    // The first commit added the file: its buttons, from an empty document.
    QVERIFY2(log.out.contains("1. VIP members · Tag 2 · iOS: menu added"), log.describe());
}

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
