// The position map beside the JSON parse: each value's line and column by the path the
// validator gives it, for every shape the reader takes. Positions are counted by hand from the
// texts below (1-based; columns in characters).

#include <jsonpositions.h>
#include <menufile.h>
#include <validator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Position = JsonPositions::Position;

QString at(const JsonPositions &positions, const QString &path)
{
    if (!positions.contains(path))
        return QStringLiteral("(missing)");
    const Position p = positions.locate(path);
    return QStringLiteral("%1:%2").arg(p.line).arg(p.column);
}

/// Every path of `value` as the validator names it in a document.
void collectPaths(const QJsonValue &value, const QString &path, QStringList *paths)
{
    paths->append(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectPaths(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                         paths);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectPaths(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), paths);
    }
}

// Line 15 holds the url of the first sub-button of the second top-level button: 24 spaces,
// then "url" (columns 25-29), ": " and the value at column 32.
const QByteArray kDocument = R"({
    "menu": {
        "button": [
            {
                "name": "今日",
                "type": "click",
                "key": "TODAY"
            },
            {
                "name": "门店",
                "sub_button": [
                    {
                        "name": "附近",
                        "type": "view",
                        "url": "www.example.com/stores"
                    }
                ]
            }
        ]
    },
    "conditionalmenu": [
        {
            "button": [{"name": "会员", "type": "click", "key": "M"}],
            "matchrule": {"tag_id": "2", "sex": "1"}
        }
    ]
}
)";

} // namespace

class TestJsonPositions : public QObject
{
    Q_OBJECT

private slots:
    void documentPaths();
    void validatorIssuesPointAtTheirValue();
    void everyValueHasItsPath();
    void missingFieldPointsToItsParent();
    void requestBodiesUseDocumentPaths();
    void selfMenuInfoListIsSubButtons();
    void escapedKeysAndTrickyStrings();
    void brokenInputNeverFails_data();
    void brokenInputNeverFails();
    void deepNestingDoesNotRecurse();
};

void TestJsonPositions::documentPaths()
{
    const JsonPositions positions = JsonPositions::scan(
        kDocument, Shape::Document,
        {QStringLiteral("menu.button[0].type"), QStringLiteral("menu.button[1].sub_button[0].url"),
         QStringLiteral("conditionalmenu[0].button[0].key"),
         QStringLiteral("conditionalmenu[0].matchrule.sex")});
    QCOMPARE(at(positions, QString()), QStringLiteral("1:1"));
    QCOMPARE(at(positions, QStringLiteral("menu")), QStringLiteral("2:13"));
    QCOMPARE(at(positions, QStringLiteral("menu.button")), QStringLiteral("3:19"));
    QCOMPARE(at(positions, QStringLiteral("menu.button[0]")), QStringLiteral("4:13"));
    // Chinese text counts one column per character.
    QCOMPARE(at(positions, QStringLiteral("menu.button[0].type")), QStringLiteral("6:25"));
    QCOMPARE(at(positions, QStringLiteral("menu.button[1].sub_button[0].url")),
             QStringLiteral("15:32"));
    // Several values on one line: 12 spaces, "button": [ at 23, the object at 24.
    QCOMPARE(at(positions, QStringLiteral("conditionalmenu[0].button[0]")),
             QStringLiteral("23:24"));
    QCOMPARE(at(positions, QStringLiteral("conditionalmenu[0].button[0].key")),
             QStringLiteral("23:63"));
    QCOMPARE(at(positions, QStringLiteral("conditionalmenu[0].matchrule.sex")),
             QStringLiteral("24:49"));
}

void TestJsonPositions::validatorIssuesPointAtTheirValue()
{
    const ReadResult read = MenuFile::readBytes(kDocument);
    QVERIFY(read.ok);
    const IssueList issues = Validator::validate(read.data, read.shape);
    QStringList paths;
    for (const Issue &issue : issues)
        paths << issue.path;
    const JsonPositions positions = JsonPositions::scan(kDocument, read.shape, paths);
    QStringList found;
    for (const Issue &issue : issues) {
        const Position p = positions.locate(issue.path);
        found << QStringLiteral("%1 %2:%3").arg(issue.rule).arg(p.line).arg(p.column);
    }
    QVERIFY2(found.contains(QStringLiteral("url.scheme 15:32")), qPrintable(found.join(u", ")));
    QVERIFY2(found.contains(QStringLiteral("matchrule.privacy 24:49")),
             qPrintable(found.join(u", ")));
}

void TestJsonPositions::everyValueHasItsPath()
{
    QFile file(QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QStringList paths;
    collectPaths(QJsonDocument::fromJson(bytes).object(), QString(), &paths);
    const JsonPositions positions = JsonPositions::scan(bytes, Shape::Document, paths);
    for (const QString &path : std::as_const(paths))
        QVERIFY2(positions.contains(path), qPrintable(path));
    QCOMPARE(positions.size(), paths.size());
}

void TestJsonPositions::missingFieldPointsToItsParent()
{
    const JsonPositions positions = JsonPositions::scan(
        kDocument, Shape::Document,
        {QStringLiteral("menu.button[0].url"), QStringLiteral("conditionalmenu[7].button[2]")});
    QVERIFY(!positions.contains(QStringLiteral("menu.button[0].url")));
    const Position button = positions.locate(QStringLiteral("menu.button[0].url"));
    QCOMPARE(button.line, 4);
    QCOMPARE(button.column, 13);
    const Position nowhere = positions.locate(QStringLiteral("conditionalmenu[7].button[2]"));
    QCOMPARE(nowhere.line, 21); // the conditionalmenu array
    const Position root = JsonPositions().locate(QStringLiteral("menu"));
    QCOMPARE(root.line, 1);
    QCOMPARE(root.column, 1);
    QCOMPARE(JsonPositions::parentPath(QStringLiteral("a.b[1].c")), QStringLiteral("a.b[1]"));
    QCOMPARE(JsonPositions::parentPath(QStringLiteral("a.b[1]")), QStringLiteral("a.b"));
    QCOMPARE(JsonPositions::parentPath(QStringLiteral("a")), QString());
}

void TestJsonPositions::requestBodiesUseDocumentPaths()
{
    const QByteArray create = "{\"button\": [\n  {\"name\": \"A\", \"sub_button\": [\n"
                              "    {\"name\": \"B\", \"url\": \"x\"}]}]}\n";
    const JsonPositions body = JsonPositions::scan(
        create, Shape::Create,
        {QStringLiteral("menu.button[0].sub_button[0].url"), QStringLiteral("button")});
    QCOMPARE(at(body, QStringLiteral("menu")), QStringLiteral("1:1"));
    QCOMPARE(at(body, QStringLiteral("menu.button[0].sub_button[0].url")), QStringLiteral("3:26"));
    QVERIFY(!body.contains(QStringLiteral("button")));

    const QByteArray conditional =
        "{\"button\": [{\"name\": \"A\", \"type\": \"click\", \"key\": \"K\"}],\n"
        " \"matchrule\": {\"client_platform_type\": \"9\"}}";
    const JsonPositions added =
        JsonPositions::scan(conditional, Shape::Conditional,
                            {QStringLiteral("conditionalmenu[0].matchrule.client_platform_type"),
                             QStringLiteral("conditionalmenu[0].button[0].key")});
    QCOMPARE(at(added, QStringLiteral("conditionalmenu[0].matchrule.client_platform_type")),
             QStringLiteral("2:40"));
    QCOMPARE(at(added, QStringLiteral("conditionalmenu[0].button[0].key")), QStringLiteral("1:51"));
}

void TestJsonPositions::selfMenuInfoListIsSubButtons()
{
    const QByteArray info = "{\"is_menu_open\": 1, \"selfmenu_info\": {\"button\": [\n"
                            "  {\"name\": \"A\", \"sub_button\": {\"list\": [\n"
                            "    {\"type\": \"view\", \"name\": \"B\", \"url\": \"ftp://x\"}]}}]}}";
    const JsonPositions positions =
        JsonPositions::scan(info, Shape::SelfMenuInfo,
                            {QStringLiteral("is_menu_open"), QStringLiteral("menu.button[0].name"),
                             QStringLiteral("menu.button[0].sub_button[0].url")});
    QCOMPARE(at(positions, QStringLiteral("is_menu_open")), QStringLiteral("1:18"));
    QCOMPARE(at(positions, QStringLiteral("menu.button[0].name")), QStringLiteral("2:12"));
    QCOMPARE(at(positions, QStringLiteral("menu.button[0].sub_button[0].url")),
             QStringLiteral("3:42"));

    // The same form in a document is read as sub-buttons too (and reported by the validator).
    const QByteArray document = "{\"menu\": {\"button\": [{\"name\": \"A\", \"sub_button\":\n"
                                "{\"list\": [{\"name\": \"B\"}]}}]}}";
    const JsonPositions inDocument = JsonPositions::scan(
        document, Shape::Document, {QStringLiteral("menu.button[0].sub_button[0].name")});
    QCOMPARE(at(inDocument, QStringLiteral("menu.button[0].sub_button[0].name")),
             QStringLiteral("2:20"));
}

void TestJsonPositions::escapedKeysAndTrickyStrings()
{
    // A key written with escapes is the key it stands for; brackets, braces, commas, colons
    // and escaped quotes inside strings are text.
    const QByteArray json =
        "{\"menu\": {\"button\": [{\"n\\u0061me\": \"a\\\"]},{:\\\\\",\n"
        "\"\\u0075rl\": \"\xe4\xbb\x8a\\n\", \"k\": [1, -2.5e3, true, null]}]}}";
    const JsonPositions positions = JsonPositions::scan(
        json, Shape::Document,
        {QStringLiteral("menu.button[0].name"), QStringLiteral("menu.button[0].url"),
         QStringLiteral("menu.button[0].k[1]"), QStringLiteral("menu.button[0].k[3]"),
         QStringLiteral("menu.button[0].k[4]")});
    QCOMPARE(at(positions, QStringLiteral("menu.button[0].name")), QStringLiteral("1:36"));
    QCOMPARE(at(positions, QStringLiteral("menu.button[0].url")), QStringLiteral("2:13"));
    QCOMPARE(at(positions, QStringLiteral("menu.button[0].k[1]")), QStringLiteral("2:29"));
    QCOMPARE(at(positions, QStringLiteral("menu.button[0].k[3]")), QStringLiteral("2:43"));
    QVERIFY(!positions.contains(QStringLiteral("menu.button[0].k[4]")));
}

void TestJsonPositions::brokenInputNeverFails_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("seen");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("blank") << QByteArray(" \n\t") << QString();
    QTest::newRow("unterminated object")
        << QByteArray("{\"menu\": {\"button\": [") << "menu.button";
    QTest::newRow("unterminated string") << QByteArray("{\"menu\": \"abc") << "menu";
    QTest::newRow("unterminated key") << QByteArray("{\"men") << QString();
    QTest::newRow("missing colon") << QByteArray("{\"menu\" {}}") << QString();
    QTest::newRow("stray closer") << QByteArray("{\"a\": ]") << "a";
    QTest::newRow("trailing bytes") << QByteArray("{\"a\": 1} x") << "a";
    QTest::newRow("wrong closer") << QByteArray("{\"a\": [1}") << "a[0]";
    QTest::newRow("backslash at end") << QByteArray("{\"a\": \"\\") << "a";
    QTest::newRow("top-level array") << QByteArray("[1, [2]]") << "[1][0]";
    QTest::newRow("bytes that are not UTF-8")
        << QByteArray("{\"\xff\xfe\": \"\x80\"}") << QString();
}

void TestJsonPositions::brokenInputNeverFails()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, seen);
    const JsonPositions positions =
        JsonPositions::scan(json, Shape::Document, {seen, QStringLiteral("menu.button[0].url")});
    QVERIFY2(positions.contains(seen) || json.trimmed().isEmpty(), qPrintable(seen));
    const Position p = positions.locate(QStringLiteral("menu.button[0].url"));
    QVERIFY(p.line >= 1 && p.column >= 1);
}

void TestJsonPositions::deepNestingDoesNotRecurse()
{
    // Far deeper than any readable text: the scan neither recurses nor keeps what is not asked.
    constexpr int depth = 200000;
    const QByteArray json = QByteArray(depth, '[') + QByteArray(depth, ']');
    const JsonPositions positions =
        JsonPositions::scan(json, Shape::Document, {QStringLiteral("[0][0][0]")});
    QCOMPARE(positions.size(), 4);
    QCOMPARE(at(positions, QStringLiteral("[0][0][0]")), QStringLiteral("1:4"));
    const QByteArray objects =
        QByteArray("{\"a\": ").repeated(depth) + "1" + QByteArray(depth, '}');
    const JsonPositions members =
        JsonPositions::scan(objects, Shape::Document, {QStringLiteral("a.a")});
    QCOMPARE(at(members, QStringLiteral("a.a")), QStringLiteral("1:13"));
}

QTEST_GUILESS_MAIN(TestJsonPositions)
#include "tst_jsonpositions.moc"
