// End-to-end tests of the command line: the real `wemenu` binary is run on files and its exit
// code, stdout and stderr are checked against the contract in design.md ("Command line").
// Expected values come from menu-rules.md and the seed README, worked out by hand.

#include "programrun.h"
#include "socketfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QProcessEnvironment chineseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}


QString dataFile(const QString &relative)
{
    return QStringLiteral(WEMENU_TEST_DATA "/") + relative;
}

QString sampleFile()
{
    return QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
}

bool containsCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

/// "error|40018|name.bytes|menu.button[5].name": severity, errcode (or "null"), rule, path.
QString issueKey(const QJsonObject &issue)
{
    const QJsonValue errcode = issue.value(QLatin1String("errcode"));
    return QStringList{issue.value(QLatin1String("severity")).toString(),
                       errcode.isNull() ? QStringLiteral("null") : QString::number(errcode.toInt()),
                       issue.value(QLatin1String("rule")).toString(),
                       issue.value(QLatin1String("path")).toString()}
        .join(QLatin1Char('|'));
}

bool writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validateExitCode_data();
    void validateExitCode();
    void validateJson_data();
    void validateJson();
    void validateJsonUnreadable_data();
    void validateJsonUnreadable();
    void validateTextListsIssues();
    void jsonIsRawUtf8();
    void wrongFieldTypes_data();
    void wrongFieldTypes();
    void realWorldBadInput_data();
    void realWorldBadInput();

    void hugeDocument();
    void deepNesting_data();
    void deepNesting();
    void deepSubButtons();
    void oversizedFile();

    void match_data();
    void match();
    void matchBadFile_data();
    void matchBadFile();

    void usageErrors_data();
    void usageErrors();
    void editorUsageErrorsNeedNoDisplay_data();
    void editorUsageErrorsNeedNoDisplay();
    void unicodeEscapesInRequestBodies();
    void help_data();
    void help();
    void renderRefusesOutputsThatAreNotFiles_data();
    void renderRefusesOutputsThatAreNotFiles();

    void chineseTranslation();
    void machineFieldsDoNotDependOnLanguage();

private:
    QString tempFile(const QString &name) const { return m_dir.filePath(name); }
    void checkReport(const QByteArray &out, const QString &file, QJsonObject *report);

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(WEMENU_BINARY)).isExecutable(), WEMENU_BINARY);
    QVERIFY(m_dir.isValid());

    // Inputs that are not UTF-8 JSON text are generated here, never committed.
    const QByteArray validMenu = "{\n    \"menu\": {\n        \"button\": [\n            "
                                 "{ \"name\": \"Today\", \"type\": \"click\", \"key\": \"T\" }\n"
                                 "        ]\n    }\n}\n";
    QVERIFY(writeBytes(tempFile(QStringLiteral("bom.json")), "\xef\xbb\xbf" + validMenu));
    // Line 4: 12 spaces, `{` at 13, `"name"` at 15-20, the value's quote at 23, 今 24, 日 25,
    // and the byte 0xff at column 26.
    QVERIFY(writeBytes(tempFile(QStringLiteral("latin1.json")),
                       "{\n    \"menu\": {\n        \"button\": [\n            "
                       "{ \"name\": \"\xe4\xbb\x8a\xe6\x97\xa5\xff\", \"type\": \"click\", "
                       "\"key\": \"T\" }\n        ]\n    }\n}\n"));
    QVERIFY(writeBytes(tempFile(QStringLiteral("empty.json")), QByteArray()));
    QVERIFY(writeBytes(tempFile(QStringLiteral("blank.json")), "  \n\n  \n"));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.json")));
}

void TestCli::checkReport(const QByteArray &out, const QString &file, QJsonObject *report)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError,
             qPrintable(parseError.errorString() + QLatin1Char('\n') + QString::fromUtf8(out)));
    QVERIFY(json.isObject());
    const QJsonObject object = json.object();
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("errors"), QStringLiteral("file"),
                                QStringLiteral("issues"), QStringLiteral("shape"),
                                QStringLiteral("warnings")}));
    QCOMPARE(object.value(QLatin1String("file")).toString(), file);
    QVERIFY(object.value(QLatin1String("shape")).isString() ||
            object.value(QLatin1String("shape")).isNull());
    QVERIFY(object.value(QLatin1String("errors")).isDouble());
    QVERIFY(object.value(QLatin1String("warnings")).isDouble());
    QVERIFY(object.value(QLatin1String("issues")).isArray());

    int errors = 0;
    int warnings = 0;
    const QJsonArray issues = object.value(QLatin1String("issues")).toArray();
    for (const QJsonValue &value : issues) {
        QVERIFY(value.isObject());
        const QJsonObject issue = value.toObject();
        QStringList issueKeys = issue.keys();
        issueKeys.sort();
        QCOMPARE(issueKeys, (QStringList{QStringLiteral("errcode"), QStringLiteral("message"),
                                         QStringLiteral("path"), QStringLiteral("rule"),
                                         QStringLiteral("severity")}));
        const QString severity = issue.value(QLatin1String("severity")).toString();
        QVERIFY2(severity == QLatin1String("error") || severity == QLatin1String("warning"),
                 qPrintable(severity));
        (severity == QLatin1String("error") ? errors : warnings) += 1;
        const QJsonValue errcode = issue.value(QLatin1String("errcode"));
        QVERIFY2(errcode.isNull() || (errcode.isDouble() && errcode.toDouble() == errcode.toInt()),
                 qPrintable(issueKey(issue)));
        QVERIFY(issue.value(QLatin1String("rule")).isString());
        QVERIFY(!issue.value(QLatin1String("rule")).toString().isEmpty());
        QVERIFY(issue.value(QLatin1String("path")).isString());
        QVERIFY(issue.value(QLatin1String("message")).isString());
        QVERIFY(!issue.value(QLatin1String("message")).toString().isEmpty());
    }
    QCOMPARE(object.value(QLatin1String("errors")).toInt(), errors);
    QCOMPARE(object.value(QLatin1String("warnings")).toInt(), warnings);
    *report = object;
}

// validate: exit codes, and the unreadable cases' message on stderr.

void TestCli::validateExitCode_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPattern"); // for exit 2: what the message must name

    QTest::newRow("sample") << sampleFile() << 0 << QString();
    QTest::newRow("warning only") << dataFile(QStringLiteral("cli/warning-only.json")) << 0
                                  << QString();
    QTest::newRow("seed create 5.1")
        << dataFile(QStringLiteral("seed/create-5.1-request.json")) << 0 << QString();
    QTest::newRow("seed get 5.1") << dataFile(QStringLiteral("seed/get-5.1-response.json")) << 0
                                  << QString();
    QTest::newRow("seed selfmenu 5.2")
        << dataFile(QStringLiteral("seed/selfmenu-5.2-response.json")) << 0 << QString();

    QTest::newRow("errors") << dataFile(QStringLiteral("cli/errors-document.json")) << 1
                            << QString();
    QTest::newRow("seed create 5.2")
        << dataFile(QStringLiteral("seed/create-5.2-request.json")) << 1 << QString();
    QTest::newRow("seed addconditional 5.1")
        << dataFile(QStringLiteral("seed/addconditional-5.1-request.json")) << 1 << QString();
    QTest::newRow("seed get 5.2") << dataFile(QStringLiteral("seed/get-5.2-response.json")) << 1
                                  << QString();
    QTest::newRow("seed selfmenu 5.1")
        << dataFile(QStringLiteral("seed/selfmenu-5.1-response.json")) << 1 << QString();

    const QString missing = tempFile(QStringLiteral("no-such-file.json"));
    QTest::newRow("missing file") << missing << 2 << QStringLiteral("No such file");
    QTest::newRow("malformed JSON") << dataFile(QStringLiteral("cli/malformed.json")) << 2
                                    << QStringLiteral("Line 4, column 30\\b");
    QTest::newRow("JSON array") << dataFile(QStringLiteral("cli/json-array.json")) << 2
                                << QStringLiteral("array");
    QTest::newRow("not a menu") << dataFile(QStringLiteral("cli/not-a-menu.json")) << 2
                                << QStringLiteral("menu");
    QTest::newRow("WeChat reply") << dataFile(QStringLiteral("seed/create-5.1-response.json")) << 2
                                  << QStringLiteral("menu");
    QTest::newRow("delconditional request")
        << dataFile(QStringLiteral("seed/delconditional-request.json")) << 2
        << QStringLiteral("menu");
    QTest::newRow("invalid UTF-8")
        << tempFile(QStringLiteral("latin1.json")) << 2 << QStringLiteral("Line 4, column 26\\b");
    QTest::newRow("byte order mark")
        << tempFile(QStringLiteral("bom.json")) << 2 << QStringLiteral("BOM|byte order mark");
    QTest::newRow("empty file") << tempFile(QStringLiteral("empty.json")) << 2
                                << QStringLiteral("empty");
    QTest::newRow("blank file") << tempFile(QStringLiteral("blank.json")) << 2
                                << QStringLiteral("empty");
    QTest::newRow("directory") << tempFile(QStringLiteral("folder.json")) << 2
                               << QStringLiteral("folder|directory");
    QTest::newRow("button not an array") << dataFile(QStringLiteral("cli/button-not-array.json"))
                                         << 2 << QStringLiteral("menu\\.button\\b");
}

void TestCli::validateExitCode()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPattern);

    const ProgramRun run = runWemenu({QStringLiteral("validate"), file});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == exitCode, run.describe().constData());
    if (exitCode == 2) {
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        // The message, without the file name that starts it.
        const QString err = QString::fromUtf8(run.err).remove(file);
        QVERIFY2(
            err.contains(QRegularExpression(stderrPattern)),
            qPrintable(QStringLiteral("stderr should match /%1/:\n%2").arg(stderrPattern, err)));
    } else {
        QVERIFY2(!run.out.isEmpty(), run.describe().constData());
    }
}

// validate --json on documents that can be read: shape, counts and the issues themselves.

void TestCli::validateJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QStringList>("expected"); // issueKey() of issues that must be reported

    QTest::newRow("sample: document, clean")
        << sampleFile() << 0 << QStringLiteral("document") << 0 << 0 << QStringList();

    // "优惠活动A" is 13 bytes (at most 16) but 9 display units (8 on the top level).
    QTest::newRow("display cut only")
        << dataFile(QStringLiteral("cli/warning-only.json")) << 0 << QStringLiteral("document") << 0
        << 1 << QStringList{QStringLiteral("warning|null|name.display-cut|menu.button[0].name")};

    QTest::newRow("document with errors")
        << dataFile(QStringLiteral("cli/errors-document.json")) << 1 << QStringLiteral("document")
        << 2 << 0
        << QStringList{
               QStringLiteral("error|null|url.scheme|menu.button[1].sub_button[0].url"),
               QStringLiteral("error|65320|matchrule.privacy|conditionalmenu[0].matchrule.sex")};

    QTest::newRow("conditional menus without a default menu")
        << dataFile(QStringLiteral("cli/conditional-only-document.json")) << 1
        << QStringLiteral("document") << 1 << 0
        << QStringList{QStringLiteral("error|65303|menu.default-required|menu")};

    QTest::newRow("create body: menu.button paths")
        << dataFile(QStringLiteral("cli/create-missing-key.json")) << 1 << QStringLiteral("create")
        << 1 << 0 << QStringList{QStringLiteral("error|40019|key.required|menu.button[0].key")};

    // A lone addconditional body: no complaint about the default menu on the server.
    QTest::newRow("addconditional body: conditionalmenu[0] paths")
        << dataFile(QStringLiteral("cli/addconditional-bad-url.json")) << 1
        << QStringLiteral("conditional") << 1 << 0
        << QStringList{QStringLiteral("error|null|url.scheme|conditionalmenu[0].button[0].url")};

    QTest::newRow("seed create 5.1") << dataFile(QStringLiteral("seed/create-5.1-request.json"))
                                     << 0 << QStringLiteral("create") << 0 << 0 << QStringList();

    // 7 top-level buttons: 40016 on buttons 4 to 7; buttons 6 and 7 are "发布后的图文消息",
    // 24 bytes (40018) and 16 display units (cut on the top level); button 5 is view_limited,
    // on its way out.
    QTest::newRow("seed create 5.2")
        << dataFile(QStringLiteral("seed/create-5.2-request.json")) << 1 << QStringLiteral("create")
        << 6 << 3
        << QStringList{QStringLiteral("error|40016|menu.count|menu.button[3]"),
                       QStringLiteral("error|40016|menu.count|menu.button[4]"),
                       QStringLiteral("error|40016|menu.count|menu.button[5]"),
                       QStringLiteral("error|40016|menu.count|menu.button[6]"),
                       QStringLiteral("error|40018|name.bytes|menu.button[5].name"),
                       QStringLiteral("error|40018|name.bytes|menu.button[6].name"),
                       QStringLiteral("warning|null|name.display-cut|menu.button[5].name"),
                       QStringLiteral("warning|null|name.display-cut|menu.button[6].name"),
                       QStringLiteral("warning|null|type.retiring|menu.button[4].type")};

    const QString prefix =
        QStringLiteral("error|65320|matchrule.privacy|conditionalmenu[0].matchrule.");
    QTest::newRow("seed addconditional 5.1")
        << dataFile(QStringLiteral("seed/addconditional-5.1-request.json")) << 1
        << QStringLiteral("conditional") << 5 << 0
        << QStringList{prefix + QStringLiteral("sex"), prefix + QStringLiteral("country"),
                       prefix + QStringLiteral("province"), prefix + QStringLiteral("city"),
                       prefix + QStringLiteral("language")};

    QTest::newRow("seed get 5.1: no menuid, our document")
        << dataFile(QStringLiteral("seed/get-5.1-response.json")) << 0 << QStringLiteral("document")
        << 0 << 0 << QStringList();

    QTest::newRow("seed get 5.2: menuids")
        << dataFile(QStringLiteral("seed/get-5.2-response.json")) << 1 << QStringLiteral("menu-get")
        << 1 << 0 << QStringList{prefix + QStringLiteral("sex")};

    QTest::newRow("seed selfmenu 5.1")
        << dataFile(QStringLiteral("seed/selfmenu-5.1-response.json")) << 1
        << QStringLiteral("selfmenu-info") << 5 << 0
        << QStringList{
               QStringLiteral("error|40017|type.console-only|menu.button[1].type"),
               QStringLiteral("error|40017|type.console-only|menu.button[2].type"),
               QStringLiteral("error|40024|type.console-only|menu.button[0].sub_button[1].type"),
               QStringLiteral("error|40024|type.console-only|menu.button[0].sub_button[2].type"),
               QStringLiteral("error|40024|type.console-only|menu.button[0].sub_button[3].type")};

    QTest::newRow("seed selfmenu 5.2")
        << dataFile(QStringLiteral("seed/selfmenu-5.2-response.json")) << 0
        << QStringLiteral("selfmenu-info") << 0 << 0 << QStringList();
}

void TestCli::validateJson()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, shape);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(QStringList, expected);

    const ProgramRun run = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == exitCode, run.describe().constData());

    QJsonObject report;
    checkReport(run.out, file, &report);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(report.value(QLatin1String("shape")).toString(), shape);

    QStringList reported;
    const QJsonArray issues = report.value(QLatin1String("issues")).toArray();
    for (const QJsonValue &issue : issues)
        reported.append(issueKey(issue.toObject()));
    const QString all = reported.join(QLatin1Char('\n'));
    QVERIFY2(report.value(QLatin1String("errors")).toInt() == errors, qPrintable(all));
    QVERIFY2(report.value(QLatin1String("warnings")).toInt() == warnings, qPrintable(all));
    for (const QString &key : expected)
        QVERIFY2(reported.contains(key), qPrintable(key + QStringLiteral(" not in:\n") + all));
}

// validate --json on files that cannot be read: still one object, with a null shape.

void TestCli::validateJsonUnreadable_data()
{
    QTest::addColumn<QString>("file");

    QTest::newRow("missing file") << tempFile(QStringLiteral("no-such-file.json"));
    QTest::newRow("malformed JSON") << dataFile(QStringLiteral("cli/malformed.json"));
    QTest::newRow("JSON array") << dataFile(QStringLiteral("cli/json-array.json"));
    QTest::newRow("not a menu") << dataFile(QStringLiteral("cli/not-a-menu.json"));
    QTest::newRow("WeChat reply") << dataFile(QStringLiteral("seed/create-5.1-response.json"));
    QTest::newRow("invalid UTF-8") << tempFile(QStringLiteral("latin1.json"));
    QTest::newRow("byte order mark") << tempFile(QStringLiteral("bom.json"));
    QTest::newRow("empty file") << tempFile(QStringLiteral("empty.json"));
    QTest::newRow("directory") << tempFile(QStringLiteral("folder.json"));
    QTest::newRow("button not an array") << dataFile(QStringLiteral("cli/button-not-array.json"));
}

void TestCli::validateJsonUnreadable()
{
    QFETCH(QString, file);

    const ProgramRun run = runWemenu({QStringLiteral("validate"), QStringLiteral("--json"), file});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(!run.err.isEmpty(), run.describe().constData());

    QJsonObject report;
    checkReport(run.out, file, &report);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(report.value(QLatin1String("shape")).isNull(), run.describe().constData());
}

void TestCli::validateTextListsIssues()
{
    const QString file = dataFile(QStringLiteral("cli/errors-document.json"));
    const ProgramRun run = runWemenu({QStringLiteral("validate"), file});
    QVERIFY2(run.finished, run.describe().constData());
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QLatin1String("menu.button[1].sub_button[0].url")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("conditionalmenu[0].matchrule.sex")), qPrintable(out));
}

void TestCli::jsonIsRawUtf8()
{
    // A Chinese file name, and a message that quotes the cut Chinese title.
    const QString file = tempFile(QStringLiteral("菜单-提示.json"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("cli/warning-only.json")), file));

    const ProgramRun run = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(!run.out.contains("\\u"), run.out.constData());
    QVERIFY2(run.out.contains(file.toUtf8()), run.out.constData());
    QVERIFY2(run.out.contains(QStringLiteral("优惠活动...").toUtf8()), run.out.constData());

    QJsonObject report;
    checkReport(run.out, file, &report);
    if (QTest::currentTestFailed())
        return;
    const QJsonArray issues = report.value(QLatin1String("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.at(0)
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QStringLiteral("优惠活动...")));

    // An unreadable file with a Chinese name: the name stays raw in the report too.
    const QString broken = tempFile(QStringLiteral("坏的.json"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("cli/malformed.json")), broken));
    const ProgramRun bad = runWemenu({QStringLiteral("validate"), broken, QStringLiteral("--json")});
    QVERIFY2(bad.exitCode == 2, bad.describe().constData());
    QVERIFY2(!bad.out.contains("\\u"), bad.out.constData());
    QVERIFY2(bad.out.contains(broken.toUtf8()), bad.out.constData());
    QVERIFY2(bad.err.contains(broken.toUtf8()), bad.err.constData());
}

// Fields of the wrong JSON type: a wrong leaf is a validation error (exit 1) at its path; a
// wrong structure makes the file unreadable (exit 2) with the path in the message.

void TestCli::wrongFieldTypes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("path"); // the issue (exit 1) or the message (exit 2) names it

    QTest::newRow("name is an object") << dataFile(QStringLiteral("cli/name-object.json")) << 1
                                       << QStringLiteral("menu.button[0].name");
    QTest::newRow("name is a number") << dataFile(QStringLiteral("cli/name-number.json")) << 1
                                      << QStringLiteral("menu.button[0].name");
    QTest::newRow("button is an object") << dataFile(QStringLiteral("cli/button-not-array.json"))
                                         << 2 << QStringLiteral("menu.button");

    // A file that cannot be written shows up below as the exit 2 of a missing file.
    const auto generated = [this](const char *name, const QByteArray &json) {
        const QString file = tempFile(QString::fromLatin1(name));
        writeBytes(file, json);
        return file;
    };
    QTest::newRow("key is true") << generated("wrong-type-1.json",
                                              R"({"button": [{"name": "A", "type": "click",
                                                  "key": true}]})")
                                 << 1 << QStringLiteral("menu.button[0].key");
    QTest::newRow("url is an array")
        << generated("wrong-type-2.json", R"({"button": [{"name": "A", "sub_button": [
                     {"name": "B", "type": "view", "url": ["https://example.com/"]}]}]})")
        << 1 << QStringLiteral("menu.button[0].sub_button[0].url");
    QTest::newRow("sub_button is text")
        << generated("wrong-type-3.json", R"({"button": [{"name": "A", "sub_button": "none"}]})")
        << 1 << QStringLiteral("menu.button[0].sub_button");
    QTest::newRow("tag_id is an object")
        << generated("wrong-type-4.json", R"({"menu": {"button": [{"name": "A", "type": "click",
                     "key": "A"}]}, "conditionalmenu": [{"button": [{"name": "B", "type":
                     "click", "key": "B"}], "matchrule": {"tag_id": {"id": 2}}}]})")
        << 1 << QStringLiteral("conditionalmenu[0].matchrule.tag_id");
    QTest::newRow("create body button is text")
        << generated("wrong-type-5.json", R"({"button": "none"})") << 2
        << QStringLiteral("menu.button");
    QTest::newRow("addconditional button is a number")
        << generated("wrong-type-6.json", R"({"button": 3, "matchrule": {"tag_id": "2"}})") << 2
        << QStringLiteral("conditionalmenu[0].button");
    QTest::newRow("button element is text")
        << generated("wrong-type-7.json",
                     R"({"menu": {"button": [{"name": "A", "type": "click", "key": "A"}, "B"]}})")
        << 2 << QStringLiteral("menu.button[1]");
    QTest::newRow("menu is an array")
        << generated("wrong-type-8.json", R"({"menu": [{"button": []}]})") << 2
        << QStringLiteral("menu");
    QTest::newRow("conditionalmenu is an object")
        << generated("wrong-type-9.json",
                     R"({"menu": {"button": [{"name": "A", "type": "click", "key": "A"}]},
                     "conditionalmenu": {"button": []}})")
        << 2 << QStringLiteral("conditionalmenu");
    QTest::newRow("matchrule is an array")
        << generated("wrong-type-10.json",
                     R"({"menu": {"button": [{"name": "A", "type": "click", "key": "A"}]},
                     "conditionalmenu": [{"button": [{"name": "B", "type": "click", "key":
                     "B"}], "matchrule": ["2"]}]})")
        << 2 << QStringLiteral("conditionalmenu[0].matchrule");
}

void TestCli::wrongFieldTypes()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, path);

    const ProgramRun run = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == exitCode, run.describe().constData());
    if (exitCode == 2) {
        const QString err = QString::fromUtf8(run.err).remove(file);
        // The whole path, not a part of a longer one.
        const QRegularExpression named(QStringLiteral("(?<![\\w.\\]])") +
                                       QRegularExpression::escape(path) +
                                       QStringLiteral("(?![\\w.\\[])"));
        QVERIFY2(err.contains(named), qPrintable(path + QStringLiteral(" not named in: ") + err));
        return;
    }
    QJsonObject report;
    checkReport(run.out, file, &report);
    if (QTest::currentTestFailed())
        return;
    QStringList reported;
    const QJsonArray issues = report.value(QLatin1String("issues")).toArray();
    for (const QJsonValue &issue : issues)
        reported.append(issueKey(issue.toObject()));
    const QString expected = QStringLiteral("error|null|field.type|") + path;
    QVERIFY2(reported.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") +
                                                     reported.join(QLatin1Char('\n'))));
}

// What real-world menus showed: misspelled and misplaced keys, the selfmenu list form, broken
// characters, an answer with no menu.

void TestCli::realWorldBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); // issueKey()s (exit 1) or a stderr pattern (exit 2)

    QTest::newRow("appId, pagePath, view_limited")
        << dataFile(QStringLiteral("cli/appid-camelcase.json")) << 1
        << QStringList{QStringLiteral("error|null|key.misspelled|menu.button[0].appId"),
                       QStringLiteral("error|null|key.misspelled|menu.button[0].pagePath"),
                       QStringLiteral("warning|null|type.retiring|menu.button[1].type")};
    QTest::newRow("sub_button list in a create body")
        << dataFile(QStringLiteral("cli/list-sub-button-create.json")) << 1
        << QStringList{QStringLiteral("error|null|sub_button.list|menu.button[0].sub_button")};
    QTest::newRow("matchrule in the default menu")
        << dataFile(QStringLiteral("cli/stray-matchrule.json")) << 1
        << QStringList{QStringLiteral("error|null|key.misplaced|menu.matchrule")};
    QTest::newRow("lone surrogate")
        << dataFile(QStringLiteral("cli/lone-surrogate.json")) << 1
        << QStringList{
               QStringLiteral("error|40033|text.surrogate|menu.button[0].sub_button[0].name")};
    QTest::newRow("selfmenu answer without a menu")
        << dataFile(QStringLiteral("cli/selfmenu-no-menu.json")) << 2
        << QStringList{QStringLiteral("no menu")};
}

void TestCli::realWorldBadInput()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);

    const ProgramRun run = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == exitCode, run.describe().constData());
    if (exitCode == 2) {
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(expected.first()), qPrintable(err));
        return;
    }
    QJsonObject report;
    checkReport(run.out, file, &report);
    if (QTest::currentTestFailed())
        return;
    QStringList reported;
    const QJsonArray issues = report.value(QLatin1String("issues")).toArray();
    for (const QJsonValue &issue : issues) {
        reported.append(issueKey(issue.toObject()));
        const QString message = issue.toObject().value(QLatin1String("message")).toString();
        QVERIFY2(!message.contains(QLatin1String("needs the Mini Program")), qPrintable(message));
    }
    for (const QString &key : std::as_const(expected)) {
        QVERIFY2(reported.contains(key),
                 qPrintable(key + QStringLiteral(" not in:\n") + reported.join(QLatin1Char('\n'))));
    }

    // The text form exits the same way.
    const ProgramRun text = runWemenu({QStringLiteral("validate"), file});
    QVERIFY2(text.exitCode == exitCode, text.describe().constData());
}

// Huge and hostile input: the binary must answer, never crash or hang.

void TestCli::hugeDocument()
{
    // 20,000 conditional menus of 1 top-level button with 4 sub-buttons: 100,000 buttons, each
    // named with 150 CJK characters (450 bytes), about 50 MB in all.
    const QString file = tempFile(QStringLiteral("huge.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QString cjk = QStringLiteral("菜单按钮名称测试长文本");
        QByteArray longName;
        for (int i = 0; i < 150; ++i)
            longName += QString(cjk.at(i % cjk.size())).toUtf8();
        const QByteArray name = '"' + longName + '"';
        QByteArray chunk;
        chunk += R"({"menu":{"button":[{"name":"Home","type":"click","key":"HOME"}]},)";
        chunk += R"("conditionalmenu":[)";
        for (int m = 0; m < 20000; ++m) {
            if (m > 0)
                chunk += ',';
            chunk += R"({"button":[{"name":)" + name + R"(,"sub_button":[)";
            for (int s = 0; s < 4; ++s) {
                if (s > 0)
                    chunk += ',';
                const QByteArray id = QByteArray::number(m * 4 + s);
                if (s == 1) {
                    chunk += R"({"name":)" + name + R"(,"type":"view","url":"https://shop)" +
                             QByteArray::number(m % 5) + R"(.example.com/)" + id + R"("})";
                } else {
                    chunk += R"({"name":)" + name + R"(,"type":"click","key":"K)" + id + R"("})";
                }
            }
            chunk += R"(]}],"matchrule":{"tag_id":")" + QByteArray::number(m + 100) +
                     R"(","client_platform_type":")" + QByteArray::number(m % 3 + 1) + R"("}})";
            if (chunk.size() > (1 << 20)) {
                QCOMPARE(out.write(chunk), chunk.size());
                chunk.clear();
            }
        }
        chunk += "]}\n";
        QCOMPARE(out.write(chunk), chunk.size());
    }
    const qint64 size = QFileInfo(file).size();
    QVERIFY2(size > 45 * 1024 * 1024 && size < 64 * 1024 * 1024, qPrintable(QString::number(size)));

    const ProgramRun run = runWemenu({QStringLiteral("validate"), file});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1 || run.exitCode == 2,
             run.describe().constData());

    // Every name is over its byte limit (40018 on the top level, 40025 below) and cut on the
    // phone; one domain (example.com), distinct tags: nothing else to report.
    const ProgramRun json = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(json.finished, json.describe().constData());
    QVERIFY(json.normalExit);
    QVERIFY2(json.exitCode == 1, json.describe().constData());
    QJsonObject report;
    checkReport(json.out, file, &report);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(report.value(QLatin1String("errors")).toInt(), 100000);
    QCOMPARE(report.value(QLatin1String("warnings")).toInt(), 100000);

    // Menu 0 (the newest) is tag 100 on iOS; every other menu has another tag.
    const ProgramRun matched =
        runWemenu({QStringLiteral("match"), file, QStringLiteral("--tags"), QStringLiteral("100"),
                   QStringLiteral("--client"), QStringLiteral("ios")});
    QVERIFY2(matched.finished, matched.describe().constData());
    QVERIFY(matched.normalExit);
    QVERIFY2(matched.exitCode == 0, matched.describe().constData());
    QCOMPARE(matched.out, QByteArray("conditionalmenu[0]\n"));
    QFile::remove(file);
}

void TestCli::deepNesting_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("100,000 [") << QByteArray(100000, '[');
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += R"({"menu":)";
    QTest::newRow("100,000 objects") << objects;
    QByteArray buttons = R"({"menu":)";
    for (int i = 0; i < 50000; ++i)
        buttons += R"({"button":[)";
    QTest::newRow("50,000 button arrays") << buttons;
}

void TestCli::deepNesting()
{
    QFETCH(QByteArray, json);

    const QString file = tempFile(QStringLiteral("deep.json"));
    QVERIFY(writeBytes(file, json));
    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("match")}) {
        const ProgramRun run = runWemenu({command, file});
        QVERIFY2(run.finished, run.describe().constData());
        QVERIFY(run.normalExit);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.out.isEmpty(), run.describe().constData());
        QVERIFY2(run.err.contains("Line 1, column "), run.describe().constData());
    }
}

void TestCli::deepSubButtons()
{
    // 400 levels of sub_button (800 levels of JSON, under the parser's limit): the reader
    // takes it, and the validator reports the third level once.
    QByteArray json = R"({"button":[)";
    for (int level = 0; level < 400; ++level)
        json += R"({"name":"L)" + QByteArray::number(level) + R"(","sub_button":[)";
    json += R"({"name":"leaf","type":"click","key":"LEAF"})";
    for (int level = 0; level < 400; ++level)
        json += "]}";
    json += "]}";
    const QString file = tempFile(QStringLiteral("deep-sub-buttons.json"));
    QVERIFY(writeBytes(file, json));

    const ProgramRun run = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QJsonObject report;
    checkReport(run.out, file, &report);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(report.value(QLatin1String("shape")).toString(), QStringLiteral("create"));
    QStringList reported;
    const QJsonArray issues = report.value(QLatin1String("issues")).toArray();
    for (const QJsonValue &issue : issues)
        reported.append(issueKey(issue.toObject()));
    QVERIFY2(reported.contains(QStringLiteral("error|40024|sub.nested|menu.button[0].sub_button[0]"
                                              ".sub_button")),
             qPrintable(reported.join(QLatin1Char('\n'))));
}

void TestCli::oversizedFile()
{
    // A valid document followed by white space up to 65 MiB: only its size is wrong.
    const QString file = tempFile(QStringLiteral("oversized.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray menu = R"({"menu":{"button":[{"name":"A","type":"click","key":"A"}]}})";
        QCOMPARE(out.write(menu), menu.size());
        const QByteArray spaces(1024 * 1024, ' ');
        for (int i = 0; i < 65; ++i)
            QCOMPARE(out.write(spaces), spaces.size());
    }
    QVERIFY(QFileInfo(file).size() > 64 * 1024 * 1024);

    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("match")}) {
        const ProgramRun run = runWemenu({command, file});
        QVERIFY2(run.finished, run.describe().constData());
        QVERIFY(run.normalExit);
        QVERIFY2(run.exitCode == 2, run.describe().constData());
        QVERIFY2(run.err.contains("64 MB"), run.describe().constData());
    }
    const ProgramRun json = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 2, json.describe().constData());
    QJsonObject report;
    checkReport(json.out, file, &report);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(report.value(QLatin1String("shape")).isNull());
    QFile::remove(file);
}

// match: which menu a follower sees.

void TestCli::match_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("optionsFirst");

    // The sample, newest first: [0] tag 100 on iOS; [1] tag 2.
    const QString sample = sampleFile();
    const auto tags = [](const char *ids) {
        return QStringList{QStringLiteral("--tags"), QString::fromLatin1(ids)};
    };
    const auto client = [](const char *name) {
        return QStringList{QStringLiteral("--client"), QString::fromLatin1(name)};
    };
    QTest::newRow("sample: no tags")
        << sample << QStringList() << QStringLiteral("default") << false;
    QTest::newRow("sample: tag 2")
        << sample << tags("2") << QStringLiteral("conditionalmenu[1]") << false;
    QTest::newRow("sample: tag 5") << sample << tags("5") << QStringLiteral("default") << false;
    QTest::newRow("sample: tag 100 on other")
        << sample << tags("100") << QStringLiteral("default") << false;
    QTest::newRow("sample: tag 100 on android")
        << sample << tags("100") + client("android") << QStringLiteral("default") << false;
    QTest::newRow("sample: tag 100 on ios")
        << sample << tags("100") + client("ios") << QStringLiteral("conditionalmenu[0]") << false;
    QTest::newRow("sample: ios, no tags")
        << sample << client("ios") << QStringLiteral("default") << false;
    QTest::newRow("sample: tag 2 on android")
        << sample << tags("2") + client("android") << QStringLiteral("conditionalmenu[1]") << false;
    QTest::newRow("sample: tags 2,100 on ios (100 last)")
        << sample << tags("2,100") + client("ios") << QStringLiteral("conditionalmenu[0]") << false;
    QTest::newRow("sample: tags 100,2 on ios (2 last)")
        << sample << tags("100,2") + client("ios") << QStringLiteral("conditionalmenu[1]") << false;
    QTest::newRow("sample: tags 2,5 (5 last)")
        << sample << tags("2,5") << QStringLiteral("default") << false;

    QTest::newRow("sample: options before FILE")
        << sample << tags("100") + client("ios") << QStringLiteral("conditionalmenu[0]") << true;

    // match-rules.json, newest first: [0] tag 12 on Android (numbers); [1] legacy group_id 9
    // (a number); [2] tag 5 with sex (expired); [3] tag 2 on iOS; [4] Android; [5] tag 2.
    const QString rules = dataFile(QStringLiteral("cli/match-rules.json"));
    QTest::newRow("rules: nothing") << rules << QStringList() << QStringLiteral("default") << false;
    QTest::newRow("rules: other") << rules << client("other") << QStringLiteral("default") << false;
    QTest::newRow("rules: android")
        << rules << client("android") << QStringLiteral("conditionalmenu[4]") << false;
    QTest::newRow("rules: tag 2") << rules << tags("2") << QStringLiteral("conditionalmenu[5]")
                                  << false;
    QTest::newRow("rules: tag 2 on ios")
        << rules << tags("2") + client("ios") << QStringLiteral("conditionalmenu[3]") << false;
    QTest::newRow("rules: tag 2 on android (newer platform rule wins)")
        << rules << tags("2") + client("android") << QStringLiteral("conditionalmenu[4]") << false;
    QTest::newRow("rules: tags 7,2 on ios")
        << rules << tags("7,2") + client("ios") << QStringLiteral("conditionalmenu[3]") << false;
    QTest::newRow("rules: tags 2,7 on ios")
        << rules << tags("2,7") + client("ios") << QStringLiteral("default") << false;
    QTest::newRow("rules: expired tag 5")
        << rules << tags("5") << QStringLiteral("default") << false;
    QTest::newRow("rules: expired tag 5 on android")
        << rules << tags("5") + client("android") << QStringLiteral("conditionalmenu[4]") << false;
    QTest::newRow("rules: group_id 9")
        << rules << tags("9") << QStringLiteral("conditionalmenu[1]") << false;
    QTest::newRow("rules: tag 12 on android")
        << rules << tags("12") + client("android") << QStringLiteral("conditionalmenu[0]") << false;
    QTest::newRow("rules: tag 12 on ios")
        << rules << tags("12") + client("ios") << QStringLiteral("default") << false;

    // A lone addconditional body is conditionalmenu[0]; the seed's rule holds privacy fields,
    // so it has expired and never matches.
    QTest::newRow("addconditional body")
        << dataFile(QStringLiteral("cli/addconditional-bad-url.json")) << tags("2")
        << QStringLiteral("conditionalmenu[0]") << false;
    QTest::newRow("expired addconditional body")
        << dataFile(QStringLiteral("seed/addconditional-5.1-request.json"))
        << tags("2") + client("android") << QStringLiteral("default") << false;
    // The legacy group_id 2 with sex: expired as well.
    QTest::newRow("seed get 5.2") << dataFile(QStringLiteral("seed/get-5.2-response.json"))
                                  << tags("2") << QStringLiteral("default") << false;
}

void TestCli::match()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, expected);

    QFETCH(bool, optionsFirst);

    const QStringList arguments =
        optionsFirst ? QStringList{QStringLiteral("match")} + options + QStringList{file}
                     : QStringList{QStringLiteral("match"), file} + options;
    const ProgramRun run = runWemenu(arguments);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(QString::fromUtf8(run.out), expected + QLatin1Char('\n'));
}

void TestCli::matchBadFile_data()
{
    QTest::addColumn<QString>("file");

    QTest::newRow("missing file") << tempFile(QStringLiteral("no-such-file.json"));
    QTest::newRow("malformed JSON") << dataFile(QStringLiteral("cli/malformed.json"));
    QTest::newRow("JSON array") << dataFile(QStringLiteral("cli/json-array.json"));
    QTest::newRow("not a menu") << dataFile(QStringLiteral("cli/not-a-menu.json"));
    QTest::newRow("invalid UTF-8") << tempFile(QStringLiteral("latin1.json"));
    QTest::newRow("byte order mark") << tempFile(QStringLiteral("bom.json"));
    QTest::newRow("empty file") << tempFile(QStringLiteral("empty.json"));
    QTest::newRow("directory") << tempFile(QStringLiteral("folder.json"));
    QTest::newRow("button not an array") << dataFile(QStringLiteral("cli/button-not-array.json"));
}

void TestCli::matchBadFile()
{
    QFETCH(QString, file);

    const ProgramRun run =
        runWemenu({QStringLiteral("match"), file, QStringLiteral("--tags"), QStringLiteral("2")});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(!run.err.isEmpty(), run.describe().constData());
}

// Usage errors: exit 64, the usage on stderr, nothing on stdout; for every subcommand.

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("synopsis");

    const QString sample = sampleFile();
    const QString other = dataFile(QStringLiteral("cli/warning-only.json"));
    for (const QString &command : {QStringLiteral("validate"), QStringLiteral("match")}) {
        const QString synopsis = QStringLiteral("wemenu %1 FILE").arg(command);
        const QByteArray c = command.toLatin1();
        QTest::addRow("%s: no FILE", c.constData()) << QStringList{command} << synopsis;
        QTest::addRow("%s: only an option", c.constData())
            << QStringList{command, QStringLiteral("--json")} << synopsis;
        if (command == QLatin1String("match")) { // validate takes several
            QTest::addRow("%s: two FILEs", c.constData())
                << QStringList{command, sample, other} << synopsis;
        }
        QTest::addRow("%s: unknown option", c.constData())
            << QStringList{command, sample, QStringLiteral("--frobnicate")} << synopsis;
        QTest::addRow("%s: --tags abc", c.constData())
            << QStringList{command, sample, QStringLiteral("--tags"), QStringLiteral("abc")}
            << synopsis;
        QTest::addRow("%s: --tags 2,x", c.constData())
            << QStringList{command, sample, QStringLiteral("--tags"), QStringLiteral("2,x")}
            << synopsis;
        QTest::addRow("%s: --client windows", c.constData())
            << QStringList{command, sample, QStringLiteral("--client"), QStringLiteral("windows")}
            << synopsis;
        QTest::addRow("%s: --client without a value", c.constData())
            << QStringList{command, sample, QStringLiteral("--client")} << synopsis;
    }
    // validate has no follower: --tags and --client are not its options even when valid.
    QTest::newRow("validate: --tags 2")
        << QStringList{QStringLiteral("validate"), sample, QStringLiteral("--tags"),
                       QStringLiteral("2")}
        << QStringLiteral("wemenu validate FILE");
    QTest::newRow("match: --json")
        << QStringList{QStringLiteral("match"), sample, QStringLiteral("--json")}
        << QStringLiteral("wemenu match FILE");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, synopsis);

    // Every FILE named exists, so the exit code can only come from the arguments.
    const ProgramRun run = runWemenu(arguments);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == 64, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(synopsis), run.describe().constData());
}

void TestCli::editorUsageErrorsNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("two FILEs") << QStringList{sampleFile(), sampleFile()};
    QTest::newRow("--import without a value") << QStringList{QStringLiteral("--import")};
}

void TestCli::editorUsageErrorsNeedNoDisplay()
{
    QFETCH(QStringList, arguments);
    // No display and no platform: creating the editor's window would abort, so exit 64 proves
    // the arguments were checked before any window system was touched.
    QProcessEnvironment env = englishEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const ProgramRun run = runWemenu(arguments, env);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == 64, run.describe().constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("Usage: wemenu [FILE]")),
             run.describe().constData());
}

void TestCli::unicodeEscapesInRequestBodies()
{
    // "\u4eca\u65e5" is 今日 written as escapes: the body WeChat would reject with 40033.
    const QString create = tempFile(QStringLiteral("escaped-create.json"));
    QVERIFY(writeBytes(create, "{\"button\": [{\"name\": \"\\u4eca\\u65e5\", \"type\": "
                               "\"click\", \"key\": \"K\"}]}\n"));
    ProgramRun run = runWemenu({QStringLiteral("validate"), create, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    const QJsonArray issues =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).toObject().value(QStringLiteral("errcode")).toInt(), 40033);
    QCOMPARE(issues.at(0).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("menu"));
    QVERIFY(issues.at(0)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Line 1, column 23")));

    // A backslash escaped as "\\u" is no \u escape; and our own document format is rewritten
    // as UTF-8 anyway, so it is not faulted.
    const QString literal = tempFile(QStringLiteral("literal-backslash.json"));
    QVERIFY(writeBytes(literal, "{\"button\": [{\"name\": \"a\\\\u\", \"type\": \"click\", "
                                "\"key\": \"K\"}]}\n"));
    run = runWemenu({QStringLiteral("validate"), literal});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QString document = tempFile(QStringLiteral("escaped-document.json"));
    QVERIFY(writeBytes(document, "{\"menu\": {\"button\": [{\"name\": \"\\u4eca\", \"type\": "
                                 "\"click\", \"key\": \"K\"}]}}\n"));
    run = runWemenu({QStringLiteral("validate"), document});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("wemenu --help")
        << QStringList{QStringLiteral("--help")}
        << QStringList{QStringLiteral("wemenu validate"),
                       QStringLiteral("wemenu match"),
                       QStringLiteral("wemenu render"),
                       QStringLiteral("wemenu pull"),
                       QStringLiteral("wemenu push"),
                       QStringLiteral("  wemenu diff OLD NEW [--json]         what changed"),
                       QStringLiteral("  wemenu fmt FILE... [--check]         rewrite WeMenu "
                                      "documents in the form Save\n"
                                      "                                       writes"),
                       QStringLiteral("wemenu init-repo"),
                       QStringLiteral("wemenu campaign add FILE --start T"),
                       QStringLiteral("Run \"wemenu COMMAND --help\"")};
    QTest::newRow("validate --help")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("wemenu validate FILE"), QStringLiteral("--json")};
    QTest::newRow("validate -h") << QStringList{QStringLiteral("validate"), QStringLiteral("-h")}
                                 << QStringList{QStringLiteral("wemenu validate FILE")};
    QTest::newRow("match --help") << QStringList{QStringLiteral("match"), QStringLiteral("--help")}
                                  << QStringList{QStringLiteral("wemenu match FILE"),
                                                 QStringLiteral("--tags"),
                                                 QStringLiteral("--client")};
    QTest::newRow("match -h") << QStringList{QStringLiteral("match"), QStringLiteral("-h")}
                              << QStringList{QStringLiteral("wemenu match FILE")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    const ProgramRun run = runWemenu(arguments);
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY(run.normalExit);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QString out = QString::fromUtf8(run.out);
    for (const QString &mention : mentions)
        QVERIFY2(out.contains(mention), qPrintable(mention + QStringLiteral(" not in:\n") + out));
}

void TestCli::renderRefusesOutputsThatAreNotFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("named pipe") << QStringLiteral("fifo");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("socket") << QStringLiteral("socket");
}

void TestCli::renderRefusesOutputsThatAreNotFiles()
{
    // A pipe must be neither opened (nobody reads it: the program would block) nor replaced.
    QFETCH(QString, kind);
    QString out;
    if (kind == QLatin1String("fifo")) {
        out = tempFile(QStringLiteral("preview-pipe.png"));
        QCOMPARE(::mkfifo(QFile::encodeName(out).constData(), 0600), 0);
    } else if (kind == QLatin1String("folder")) {
        out = tempFile(QStringLiteral("preview-folder.png"));
        QVERIFY(QDir().mkpath(out));
    } else {
        out = tempFile(QStringLiteral("preview-socket.png"));
        QVERIFY(makeSocketFile(out));
    }
    const ProgramRun run = runWemenu({QStringLiteral("render"), sampleFile(), QStringLiteral("-o"), out});
    QVERIFY2(run.finished, run.describe().constData());
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(out) && err.contains(QStringLiteral("not a regular file")),
             qPrintable(err));
    const QFileInfo after(out);
    if (kind == QLatin1String("fifo")) {
        struct stat status = {};
        QCOMPARE(::lstat(QFile::encodeName(out).constData(), &status), 0);
        QVERIFY(S_ISFIFO(status.st_mode));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(after.isDir());
        QVERIFY(QDir(out).isEmpty());
    } else {
        struct stat status = {};
        QCOMPARE(::lstat(QFile::encodeName(out).constData(), &status), 0);
        QVERIFY(S_ISSOCK(status.st_mode));
    }
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral("preview-*.png.*")}, QDir::Files | QDir::Hidden),
             QStringList()); // nothing left beside it
}

// Translations: the text output follows the locale; the JSON's machine fields do not.

void TestCli::chineseTranslation()
{
    // Every name, key and path in this file is ASCII, so Chinese text can only come from the
    // translation.
    const QString file = dataFile(QStringLiteral("cli/create-missing-key.json"));
    const ProgramRun english = runWemenu({QStringLiteral("validate"), file});
    QVERIFY2(english.finished, english.describe().constData());
    QCOMPARE(english.exitCode, 1);
    QVERIFY2(!containsCjk(QString::fromUtf8(english.out)), english.out.constData());

    const ProgramRun chinese = runWemenu({QStringLiteral("validate"), file}, chineseEnvironment());
    QVERIFY2(chinese.finished, chinese.describe().constData());
    QCOMPARE(chinese.exitCode, 1);
    QVERIFY2(chinese.out != english.out, chinese.out.constData());
    QVERIFY2(containsCjk(QString::fromUtf8(chinese.out)), chinese.out.constData());
}

void TestCli::machineFieldsDoNotDependOnLanguage()
{
    const QString file = dataFile(QStringLiteral("seed/create-5.2-request.json"));
    const ProgramRun english = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")});
    const ProgramRun chinese = runWemenu({QStringLiteral("validate"), file, QStringLiteral("--json")},
                                  chineseEnvironment());
    QCOMPARE(english.exitCode, 1);
    QCOMPARE(chinese.exitCode, 1);
    QJsonObject en;
    QJsonObject zh;
    checkReport(english.out, file, &en);
    checkReport(chinese.out, file, &zh);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(zh.value(QLatin1String("shape")), en.value(QLatin1String("shape")));
    QCOMPARE(zh.value(QLatin1String("errors")), en.value(QLatin1String("errors")));
    QCOMPARE(zh.value(QLatin1String("warnings")), en.value(QLatin1String("warnings")));
    const QJsonArray enIssues = en.value(QLatin1String("issues")).toArray();
    const QJsonArray zhIssues = zh.value(QLatin1String("issues")).toArray();
    QCOMPARE(zhIssues.size(), enIssues.size());
    for (qsizetype i = 0; i < enIssues.size(); ++i)
        QCOMPARE(issueKey(zhIssues.at(i).toObject()), issueKey(enIssues.at(i).toObject()));
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
