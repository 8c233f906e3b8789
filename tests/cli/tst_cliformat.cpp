// `wemenu fmt` and the CI side of `wemenu validate` (several files, --json arrays, GitHub and
// GitLab annotations), end to end: the real binary on files, against design.md ("Command line,
// second round"). Lines and columns are counted by hand from the texts below.

#include "programrun.h"

#include <documentfiles.h>
#include <menudocument.h>
#include <menufile.h>
#include <menujsonwriter.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readBytes(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A document as another tool writes it: one line, keys in another order, `\u` escapes for the
/// Chinese text, unknown fields at every level, a legacy numeric tag id, no final newline.
const QByteArray kMessy =
    "{\"x-owner\":{\"team\":\"营销\",\"id\":7},"
    "\"conditionalmenu\":[{\"matchrule\":{\"client_platform_type\":\"1\","
    "\"tag_id\":2},\"button\":[{\"key\":\"VIP\",\"type\":\"click\","
    "\"name\":\"\\u4f1a\\u5458\\u4e13\\u533a\",\"x-note\":\"keep me\"}],"
    "\"name\":\"VIP members\"}],"
    "\"menu\":{\"button\":[{\"sub_button\":[{\"url\":\"https://example.com/\\u95e8\\u5e97\","
    "\"name\":\"\\u9644\\u8fd1\",\"type\":\"view\"}],\"name\":\"门店\"},"
    "{\"type\":\"click\",\"key\":\"TODAY\",\"name\":\"今日\"}]}}";

// A document with an error deep in a sub-button and a warning, at known places. Line 16: 24
// spaces, "url" at 25-29, the value at column 32. Line 6: 16 spaces, "name" at 17-22, the
// value at column 25.
const QByteArray kDeepError = "{\n"
                              "    \"menu\": {\n"
                              "        \"button\": [\n"
                              "            {\n"
                              "                \"name\": \"Today\",\n"
                              "                \"type\": \"click\",\n"
                              "                \"key\": \"TODAY\"\n"
                              "            },\n"
                              "            {\n"
                              "                \"name\": \"Stores\",\n"
                              "                \"sub_button\": [\n"
                              "                    {\"name\": \"Map\", \"type\": \"view\", "
                              "\"url\": \"https://example.com/map\"},\n"
                              "                    {\n"
                              "                        \"name\": \"Nearby\",\n"
                              "                        \"type\": \"view\",\n"
                              "                        \"url\": \"www.example.com/stores\"\n"
                              "                    }\n"
                              "                ]\n"
                              "            }\n"
                              "        ]\n"
                              "    }\n"
                              "}\n";

} // namespace

class TestCliFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fmtRewritesInTheCanonicalForm();
    void fmtIsIdempotent();
    void fmtCheckListsAndChangesNothing();
    void fmtRefusesWhatIsNotADocument_data();
    void fmtRefusesWhatIsNotADocument();
    void fmtGoesOnPastABadFile();
    void saveAndFmtWriteTheSameBytes();
    void fmtUsage();

    void validateSeveralFiles();
    void validateSeveralFilesJson();
    void githubAnnotationsPointAtTheValue();
    void gitlabReport();
    void unreadableFileAnnotations();
    void formatUsage_data();
    void formatUsage();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString file = path(name);
        return writeBytes(file, bytes) ? file : QString();
    }

    QTemporaryDir m_dir;
};

void TestCliFormat::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(WEMENU_BINARY)).isExecutable(), WEMENU_BINARY);
    QVERIFY(m_dir.isValid());
}

void TestCliFormat::fmtRewritesInTheCanonicalForm()
{
    const QString file = write(QStringLiteral("messy.wemenu.json"), kMessy);
    const ProgramRun run = runWemenu({QStringLiteral("fmt"), file});
    QVERIFY2(run.normalExit && run.exitCode == 0, run.describe());

    const QByteArray bytes = readBytes(file);
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY2(!bytes.contains("\\u"), bytes);
    QVERIFY(bytes.contains("\"name\": \"会员专区\""));
    QVERIFY(bytes.contains("\n    \"menu\": {\n        \"button\": [\n            {\n"));
    // Known keys in their fixed order, the unknown ones after them; the legacy number as text.
    const qsizetype conditional = bytes.indexOf("\"conditionalmenu\"");
    QVERIFY(bytes.indexOf("\"menu\"") < conditional);
    QVERIFY(conditional < bytes.indexOf("\"name\": \"VIP members\""));
    QVERIFY(bytes.indexOf("\"name\": \"VIP members\"") < bytes.indexOf("\"button\"", conditional));
    QVERIFY(bytes.indexOf("\"name\": \"门店\"") < bytes.indexOf("\"sub_button\""));
    QVERIFY(bytes.contains("\"tag_id\": \"2\",\n"));
    QVERIFY(bytes.indexOf("\"tag_id\"") < bytes.indexOf("\"client_platform_type\""));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QLatin1String("x-owner")).toObject().value(QLatin1String("team")),
             QJsonValue(QStringLiteral("营销")));
    const QJsonObject vip = root.value(QLatin1String("conditionalmenu"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("button"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(vip.value(QLatin1String("x-note")), QJsonValue(QStringLiteral("keep me")));
    // The same document as before, in the form Save writes.
    const ReadResult before = MenuFile::readBytes(kMessy);
    QVERIFY(before.ok);
    QCOMPARE(bytes, MenuJsonWriter::document(before.data));
    QCOMPARE(MenuFile::readBytes(bytes).data, before.data);
}

void TestCliFormat::fmtIsIdempotent()
{
    const QString file = write(QStringLiteral("twice.json"), kMessy);
    QCOMPARE(runWemenu({QStringLiteral("fmt"), file}).exitCode, 0);
    const QByteArray once = readBytes(file);
    const QDateTime written = QFileInfo(file).lastModified();
    QCOMPARE(runWemenu({QStringLiteral("fmt"), file}).exitCode, 0);
    QCOMPARE(readBytes(file), once);
    // A canonical file is not even rewritten.
    QCOMPARE(QFileInfo(file).lastModified(), written);
    const ProgramRun check = runWemenu({QStringLiteral("fmt"), QStringLiteral("--check"), file});
    QVERIFY2(check.exitCode == 0 && check.out.isEmpty(), check.describe());
}

void TestCliFormat::fmtCheckListsAndChangesNothing()
{
    const QString messy = write(QStringLiteral("check-messy.json"), kMessy);
    const QByteArray canonicalBytes = MenuJsonWriter::document(MenuFile::readBytes(kMessy).data);
    const QString canonical = write(QStringLiteral("check-canonical.json"), canonicalBytes);
    const QString indented = write(QStringLiteral("check-indented.json"),
                                   QJsonDocument::fromJson(canonicalBytes).toJson());

    const ProgramRun run =
        runWemenu({QStringLiteral("fmt"), messy, canonical, indented, QStringLiteral("--check")});
    QVERIFY2(run.normalExit && run.exitCode == 1, run.describe());
    QCOMPARE(run.out, (messy + QLatin1Char('\n') + indented + QLatin1Char('\n')).toUtf8());
    QVERIFY2(run.err.contains("2 file(s) not in the canonical form"), run.err);
    QCOMPARE(readBytes(messy), kMessy);
    QCOMPARE(readBytes(canonical), canonicalBytes);
    QCOMPARE(readBytes(indented), QJsonDocument::fromJson(canonicalBytes).toJson());
}

void TestCliFormat::fmtRefusesWhatIsNotADocument_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not JSON") << "broken.json" << QByteArray("{\"menu\": {\"button\": [}\n")
                              << "Line 1, column";
    QTest::newRow("not a menu") << "other.json" << QByteArray("{\"name\": \"x\"}\n")
                                << "not a menu";
    QTest::newRow("array") << "array.json" << QByteArray("[1, 2]") << "JSON array";
    QTest::newRow("shape problem")
        << "shape.json" << QByteArray("{\"menu\": {\"button\": {\"a\": 1}}}")
        << "menu.button: expected an array";
    QTest::newRow("BOM") << "bom.json" << QByteArray("\xef\xbb\xbf{\"menu\":{\"button\":[]}}")
                         << "byte order mark";
    QTest::newRow("create body")
        << "create.json"
        << QByteArray("{\"button\":[{\"name\":\"A\",\"type\":\"click\",\"key\":\"K\"}]}")
        << "menu/create request body, not a WeMenu document";
    QTest::newRow("addconditional body")
        << "conditional.json"
        << QByteArray("{\"button\":[{\"name\":\"A\",\"type\":\"click\",\"key\":\"K\"}],"
                      "\"matchrule\":{\"tag_id\":\"2\"}}")
        << "menu/addconditional request body";
    QTest::newRow("menu/get answer")
        << "menu-get.json"
        << QByteArray("{\"menu\":{\"button\":[{\"name\":\"A\",\"type\":\"click\",\"key\":\"K\"}],"
                      "\"menuid\":100}}")
        << "menu/get answer";
    QTest::newRow("selfmenu info")
        << "selfmenu.json"
        << QByteArray("{\"is_menu_open\":1,\"selfmenu_info\":{\"button\":[{\"name\":\"A\","
                      "\"type\":\"click\",\"key\":\"K\"}]}}")
        << "get_current_selfmenu_info answer";
    QTest::newRow("missing file") << QString() << QByteArray() << "Cannot open";
}

void TestCliFormat::fmtRefusesWhatIsNotADocument()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const QString file = name.isEmpty() ? path(QStringLiteral("missing.json")) : write(name, bytes);
    QVERIFY(!file.isEmpty());
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--check")}}) {
        const ProgramRun run = runWemenu(QStringList{QStringLiteral("fmt"), file} + extra);
        QVERIFY2(run.normalExit && run.exitCode == 2, run.describe());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(file + QStringLiteral(": ")), run.describe());
        QVERIFY2(err.contains(reason), run.describe());
        QVERIFY2(run.out.isEmpty(), run.describe());
        if (name.isEmpty())
            QVERIFY(!QFileInfo::exists(file));
        else
            QCOMPARE(readBytes(file), bytes);
    }
    // Request bodies and WeChat's answers are imported, not rewritten.
    if (reason.contains(QLatin1String("WeMenu document")) ||
        reason.contains(QLatin1String("answer")))
        QVERIFY(runWemenu({QStringLiteral("fmt"), file}).err.contains("Import"));
    // Nothing is left beside the file.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*wemenu-save*")}, QDir::Files),
             QStringList());
}

void TestCliFormat::fmtGoesOnPastABadFile()
{
    const QString bad = write(QStringLiteral("past-bad.json"), "{\"menu\":");
    const QString messy = write(QStringLiteral("past-messy.json"), kMessy);
    const ProgramRun run = runWemenu({QStringLiteral("fmt"), bad, messy});
    QVERIFY2(run.exitCode == 2, run.describe());
    QCOMPARE(readBytes(bad), QByteArray("{\"menu\":"));
    QCOMPARE(readBytes(messy), MenuJsonWriter::document(MenuFile::readBytes(kMessy).data));
}

void TestCliFormat::saveAndFmtWriteTheSameBytes()
{
    // The editor's Save path writes the document ...
    const ReadResult read = MenuFile::readBytes(kMessy);
    QVERIFY(read.ok);
    MenuDocument document(read.data);
    const QString saved = path(QStringLiteral("saved.wemenu.json"));
    QString error;
    QVERIFY2(DocumentFiles::save(document, saved, &error), qPrintable(error));

    // ... and fmt writes the same bytes for the same document written in other ways.
    const QByteArray savedBytes = readBytes(saved);
    const QList<QByteArray> others = {
        kMessy,
        QJsonDocument::fromJson(savedBytes).toJson(QJsonDocument::Compact),
        QJsonDocument::fromJson(savedBytes).toJson(QJsonDocument::Indented),
        QByteArray(savedBytes).replace("    ", "\t").replace("\n", "\r\n").chopped(2),
    };
    for (qsizetype i = 0; i < others.size(); ++i) {
        QVERIFY(others.at(i) != savedBytes);
        const QString copy = write(QStringLiteral("copy-%1.json").arg(i), others.at(i));
        const ProgramRun run = runWemenu({QStringLiteral("fmt"), copy});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(readBytes(copy), savedBytes);
    }
    // And what Save wrote is canonical already.
    QCOMPARE(runWemenu({QStringLiteral("fmt"), QStringLiteral("--check"), saved}).exitCode, 0);
}

void TestCliFormat::fmtUsage()
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("fmt")},
          QStringList{QStringLiteral("fmt"), QStringLiteral("--check")},
          QStringList{QStringLiteral("fmt"), QStringLiteral("a.json"), QStringLiteral("--json")}}) {
        const ProgramRun run = runWemenu(arguments);
        QVERIFY2(run.exitCode == 64, run.describe());
        QVERIFY2(run.err.contains("wemenu fmt FILE... [--check]"), run.describe());
    }
    const ProgramRun help = runWemenu({QStringLiteral("fmt"), QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0 && help.out.contains("canonical form"), help.describe());
    QVERIFY(runWemenu({QStringLiteral("--help")}).out.contains("wemenu fmt FILE..."));
}

void TestCliFormat::validateSeveralFiles()
{
    const QString good = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
    const QString warning = QStringLiteral(WEMENU_TEST_DATA "/cli/warning-only.json");
    const QString errors = write(QStringLiteral("deep-error.json"), kDeepError);
    const QString broken = write(QStringLiteral("several-broken.json"), "{\"menu\": [");

    ProgramRun run = runWemenu({QStringLiteral("validate"), good, warning});
    QVERIFY2(run.exitCode == 0, run.describe());
    run = runWemenu({QStringLiteral("validate"), warning, errors, good});
    QVERIFY2(run.exitCode == 1, run.describe());
    // One summary line each, in the order given, after that file's issue lines.
    static const QRegularExpression summary(
        QStringLiteral("^(.*): (\\d+) error\\(s\\), (\\d+) warning\\(s\\) \\(read as \\w+\\)$"));
    QStringList summaries;
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = summary.match(line);
        if (match.hasMatch())
            summaries << QStringLiteral("%1 %2 %3")
                             .arg(match.captured(1), match.captured(2), match.captured(3));
    }
    QCOMPARE(summaries,
             (QStringList{warning + QStringLiteral(" 0 1"), errors + QStringLiteral(" 1 0"),
                          good + QStringLiteral(" 0 0")}));
    QVERIFY(
        lines.indexOf(errors + QStringLiteral(": 1 error(s), 0 warning(s) (read as document)")) >
        lines.indexOf(QRegularExpression(QRegularExpression::escape(errors) +
                                         QStringLiteral(": error: menu\\.button\\[1\\]"))));

    // The worst code wins: an unreadable file makes it 2, its reason on stderr.
    run = runWemenu({QStringLiteral("validate"), broken, errors, good});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.startsWith((broken + QStringLiteral(": Line 1")).toUtf8()), run.describe());
    QVERIFY2(run.out.contains((good + QStringLiteral(": 0 error(s)")).toUtf8()), run.describe());
    run = runWemenu({QStringLiteral("validate"), good, broken});
    QVERIFY2(run.exitCode == 2, run.describe());
}

void TestCliFormat::validateSeveralFilesJson()
{
    const QString good = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
    const QString errors = write(QStringLiteral("json-deep-error.json"), kDeepError);
    const QString broken = write(QStringLiteral("json-broken.json"), "{\"menu\": [");

    ProgramRun run = runWemenu({QStringLiteral("validate"), QStringLiteral("--json"), good, errors});
    QVERIFY2(run.exitCode == 1, run.describe());
    QJsonParseError parseError;
    QJsonDocument json = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(json.isArray(), qPrintable(parseError.errorString()));
    QJsonArray reports = json.array();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0)[QLatin1String("file")].toString(), good);
    QCOMPARE(reports.at(0)[QLatin1String("errors")].toInt(), 0);
    QCOMPARE(reports.at(1)[QLatin1String("file")].toString(), errors);
    QCOMPARE(reports.at(1)[QLatin1String("shape")].toString(), QStringLiteral("document"));
    QCOMPARE(reports.at(1)[QLatin1String("errors")].toInt(), 1);
    QCOMPARE(reports.at(1)[QLatin1String("issues")][0][QLatin1String("path")].toString(),
             QStringLiteral("menu.button[1].sub_button[1].url"));

    run = runWemenu({QStringLiteral("validate"), errors, broken, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 2, run.describe());
    reports = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(reports.size(), 2);
    QVERIFY(reports.at(1)[QLatin1String("shape")].isNull());
    QCOMPARE(reports.at(1)[QLatin1String("issues")][0][QLatin1String("rule")].toString(),
             QStringLiteral("file.syntax"));

    // One file: one object, as before.
    run = runWemenu({QStringLiteral("validate"), QStringLiteral("--json"), good});
    QVERIFY(QJsonDocument::fromJson(run.out).isObject());
}

void TestCliFormat::githubAnnotationsPointAtTheValue()
{
    const QString errors = write(QStringLiteral("gh, deep: error.json"), kDeepError);
    const QString escaped =
        QString(errors).replace(u',', QStringLiteral("%2C")).replace(u':', QStringLiteral("%3A"));
    const ProgramRun run =
        runWemenu({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("github"),
                   errors, QStringLiteral(WEMENU_TEST_DATA "/cli/warning-only.json")});
    QVERIFY2(run.exitCode == 1, run.describe());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 4, run.describe());
    QCOMPARE(lines.at(0),
             QStringLiteral("::error file=%1,line=16,col=32,title=url.scheme::"
                            "menu.button[1].sub_button[1].url: The link must start with http:// "
                            "or https://.")
                 .arg(escaped));
    QCOMPARE(lines.at(1), errors + QStringLiteral(": 1 error(s), 0 warning(s) (read as document)"));
    // warning-only.json: the name on line 5, its value at column 25.
    QVERIFY2(lines.at(2).startsWith(QStringLiteral(
                 "::warning file=" WEMENU_TEST_DATA "/cli/warning-only.json,line=5,col=25,"
                 "title=name.display-cut::menu.button[0].name: ")),
             qPrintable(lines.at(2)));
}

void TestCliFormat::gitlabReport()
{
    const QString errors = write(QStringLiteral("gl-deep-error.json"), kDeepError);
    const QString warning = QStringLiteral(WEMENU_TEST_DATA "/cli/warning-only.json");
    const ProgramRun run = runWemenu({QStringLiteral("validate"), errors, warning,
                               QStringLiteral("--format"), QStringLiteral("gitlab")});
    QVERIFY2(run.exitCode == 1, run.describe());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(json.isArray(), qPrintable(parseError.errorString() + QString::fromUtf8(run.out)));
    const QJsonArray report = json.array();
    QCOMPARE(report.size(), 2);
    QStringList fingerprints;
    for (const QJsonValue &entry : report) {
        const QJsonObject object = entry.toObject();
        for (const char *key : {"description", "check_name", "fingerprint", "severity"})
            QVERIFY2(object.value(QLatin1String(key)).isString(), key);
        fingerprints << object.value(QLatin1String("fingerprint")).toString();
    }
    QCOMPARE(report.at(0)[QLatin1String("check_name")].toString(), QStringLiteral("url.scheme"));
    QCOMPARE(report.at(0)[QLatin1String("severity")].toString(), QStringLiteral("critical"));
    QCOMPARE(report.at(0)[QLatin1String("location")][QLatin1String("path")].toString(), errors);
    QCOMPARE(report.at(0)[QLatin1String("location")][QLatin1String("lines")][QLatin1String("begin")]
                 .toInt(),
             16);
    QVERIFY(report.at(0)[QLatin1String("description")].toString().startsWith(
        QStringLiteral("menu.button[1].sub_button[1].url: ")));
    QCOMPARE(report.at(1)[QLatin1String("severity")].toString(), QStringLiteral("minor"));
    QCOMPARE(report.at(1)[QLatin1String("location")][QLatin1String("lines")][QLatin1String("begin")]
                 .toInt(),
             5);
    QCOMPARE(fingerprints.removeDuplicates(), 0);

    // The fingerprint stays when the lines move.
    const QString moved = write(QStringLiteral("gl-deep-error.json"), "\n\n" + kDeepError);
    const QJsonArray again =
        QJsonDocument::fromJson(runWemenu({QStringLiteral("validate"), moved,
                                           QStringLiteral("--format"), QStringLiteral("gitlab")})
                                    .out)
            .array();
    QCOMPARE(again.at(0)[QLatin1String("location")][QLatin1String("lines")][QLatin1String("begin")]
                 .toInt(),
             18);
    QCOMPARE(again.at(0)[QLatin1String("fingerprint")], report.at(0)[QLatin1String("fingerprint")]);
}

void TestCliFormat::unreadableFileAnnotations()
{
    const QString missing = path(QStringLiteral("nowhere.json"));
    // Line 3: 8 spaces, "button" at 9-16, the value at column 19.
    const QString shape = write(QStringLiteral("shape.json"),
                                "{\n    \"menu\": {\n        \"button\": {}\n    }\n}\n");
    const QString syntax =
        write(QStringLiteral("syntax.json"), "{\n  \"menu\": {\n    \"button\": [,]\n");

    ProgramRun run = runWemenu(
        {QStringLiteral("validate"), QStringLiteral("--format=github"), missing, shape, syntax});
    QVERIFY2(run.exitCode == 2, run.describe());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 3, run.describe());
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("::error file=%1,line=1,col=1,title=file.shape::"
                                                   "Cannot open ")
                                        .arg(missing)),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(
                 QStringLiteral("::error file=%1,line=3,col=19,title=file.shape::menu.button: ")
                     .arg(shape)),
             qPrintable(lines.at(1)));
    // A syntax error: at the line and column its message names.
    static const QRegularExpression syntaxLine(QStringLiteral(
        "^::error file=(.*),line=3,col=(\\d+),title=file.syntax::Line 3, column (\\d+): "));
    const QRegularExpressionMatch match = syntaxLine.match(lines.at(2));
    QVERIFY2(match.hasMatch(), qPrintable(lines.at(2)));
    QCOMPARE(match.captured(1), syntax);
    QCOMPARE(match.captured(2), match.captured(3));
    // Each reason on stderr too.
    QCOMPARE(run.err.count('\n'), 3);

    run = runWemenu({QStringLiteral("validate"), QStringLiteral("--format"),
                     QStringLiteral("gitlab"), missing});
    QVERIFY2(run.exitCode == 2, run.describe());
    const QJsonArray report = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(report.size(), 1);
    QCOMPARE(report.at(0)[QLatin1String("severity")].toString(), QStringLiteral("blocker"));
    QCOMPARE(report.at(0)[QLatin1String("location")][QLatin1String("path")].toString(), missing);
    QCOMPARE(report.at(0)[QLatin1String("location")][QLatin1String("lines")][QLatin1String("begin")]
                 .toInt(),
             1);
}

void TestCliFormat::formatUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString sample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
    QTest::newRow("unknown format") << QStringList{
        QStringLiteral("validate"), sample, QStringLiteral("--format"), QStringLiteral("junit")};
    QTest::newRow("format and json")
        << QStringList{QStringLiteral("validate"), sample, QStringLiteral("--json"),
                       QStringLiteral("--format"), QStringLiteral("github")};
    QTest::newRow("format without a value")
        << QStringList{QStringLiteral("validate"), sample, QStringLiteral("--format")};
    QTest::newRow("no file") << QStringList{QStringLiteral("validate"), QStringLiteral("--format"),
                                            QStringLiteral("gitlab")};
}

void TestCliFormat::formatUsage()
{
    QFETCH(QStringList, arguments);
    const ProgramRun run = runWemenu(arguments);
    QVERIFY2(run.exitCode == 64, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains("wemenu validate FILE..."), run.describe());
}

QTEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cliformat.moc"
