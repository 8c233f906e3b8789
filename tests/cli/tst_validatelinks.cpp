#include "linktestserver.h"
#include "programrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

/// `wemenu validate FILE --check-links`, end to end, against loopback servers only.
class TestValidateLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void warningsByRuleAndPath();
    void textOutputNamesTheRule();
    void deadline();
    void nothingAskedWithoutTheOption();
    void usageErrors_data();
    void usageErrors();

private:
    /// Runs wemenu while this test's event loop keeps the servers answering.
    ProgramRun run(const QStringList &arguments);
    QString writeMenu(const QString &name, const QByteArray &json);

    QTemporaryDir m_dir;
};

void TestValidateLinks::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

ProgramRun TestValidateLinks::run(const QStringList &arguments)
{
    QProcessEnvironment env = englishEnvironment();
    // A system proxy that does not exist: loopback never goes through it.
    env.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:9"));
    env.insert(QStringLiteral("https_proxy"), QStringLiteral("http://127.0.0.1:9"));
    ProgramOptions options(env);
    options.timeoutMs = 120000;
    return runWemenu(arguments, options);
}

QString TestValidateLinks::writeMenu(const QString &name, const QByteArray &json)
{
    const QString fileName = m_dir.filePath(name);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(json);
    return fileName;
}

namespace {

QByteArray view(const QString &name, const QString &url)
{
    return QStringLiteral(R"({"type":"view","name":"%1","url":"%2"})").arg(name, url).toUtf8();
}

} // namespace

void TestValidateLinks::warningsByRuleAndPath()
{
    LinkTestServer server;
    LinkTestServer tls(QHostAddress::LocalHost, true);
    quint16 refused = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        refused = closed.serverPort();
    }
    const QString refusedUrl = QStringLiteral("http://127.0.0.1:%1/ok").arg(refused);
    const QByteArray json =
        "{\"menu\":{\"button\":[{\"name\":\"A\",\"sub_button\":[" +
        view(QStringLiteral("ok"), server.url(QStringLiteral("/ok"))) + "," +
        view(QStringLiteral("404"), server.url(QStringLiteral("/missing"))) + "," +
        view(QStringLiteral("500"), server.url(QStringLiteral("/broken"))) + "," +
        view(QStringLiteral("loop"), server.url(QStringLiteral("/loop"))) + "]}," +
        view(QStringLiteral("refused"), refusedUrl) + "," + "{\"name\":\"mp\",\"sub_button\":[" +
        view(QStringLiteral("tls"), tls.url(QStringLiteral("/ok"))) + "," +
        "{\"type\":\"miniprogram\",\"name\":\"mp\",\"appid\":\"wx286b93c14bbf93aa\","
        "\"pagepath\":\"pages/index\",\"url\":\"" +
        server.url(QStringLiteral("/missing?mp")).toUtf8() + "\"}]}]}}";
    const QString file = writeMenu(QStringLiteral("links.json"), json);

    const ProgramRun result = run({QStringLiteral("validate"), file,
                                   QStringLiteral("--check-links"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData()); // warnings only
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("errors")).toInt(), 0);
    QMap<QString, QString> byPath;
    for (const QJsonValue &value : report.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject issue = value.toObject();
        if (!issue.value(QStringLiteral("rule")).toString().startsWith(QLatin1String("link.")))
            continue;
        QCOMPARE(issue.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        byPath.insert(issue.value(QStringLiteral("path")).toString(),
                      issue.value(QStringLiteral("rule")).toString() + QLatin1Char(' ') +
                          issue.value(QStringLiteral("message")).toString());
    }
    QCOMPARE(byPath.size(), 6);
    QVERIFY(byPath.value(QStringLiteral("menu.button[0].sub_button[1].url"))
                .startsWith(QLatin1String("link.status The page answers 404")));
    QVERIFY(byPath.value(QStringLiteral("menu.button[0].sub_button[2].url"))
                .startsWith(QLatin1String("link.status The page answers 500")));
    QVERIFY(byPath.value(QStringLiteral("menu.button[0].sub_button[3].url"))
                .startsWith(QLatin1String("link.unreachable")));
    QVERIFY(byPath.value(QStringLiteral("menu.button[1].url"))
                .startsWith(QLatin1String("link.unreachable")));
    QVERIFY(byPath.value(QStringLiteral("menu.button[2].sub_button[0].url"))
                .startsWith(QLatin1String("link.tls")));
    // The fallback link of a Mini Program button is asked like any link.
    QVERIFY(byPath.value(QStringLiteral("menu.button[2].sub_button[1].url"))
                .startsWith(QLatin1String("link.status The page answers 404")));
    QCOMPARE(server.byRequest.value(QStringLiteral("HEAD /ok")), 1);
    QCOMPARE(server.byRequest.value(QStringLiteral("HEAD /missing?mp")), 1);
}

void TestValidateLinks::textOutputNamesTheRule()
{
    LinkTestServer server;
    const QString file =
        writeMenu(QStringLiteral("text.json"),
                  "{\"menu\":{\"button\":[" +
                      view(QStringLiteral("A"), server.url(QStringLiteral("/missing"))) + "]}}");
    const ProgramRun result =
        run({QStringLiteral("validate"), file, QStringLiteral("--check-links")});
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QLatin1String("warning: menu.button[0].url: The page answers 404")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("[link.status]")), qPrintable(out));
}

void TestValidateLinks::deadline()
{
    LinkTestServer server;
    const QString file = writeMenu(
        QStringLiteral("hung.json"),
        "{\"menu\":{\"button\":[" + view(QStringLiteral("A"), server.url(QStringLiteral("/hung"))) +
            "," + view(QStringLiteral("B"), server.url(QStringLiteral("/slow"))) + "]}}");
    const ProgramRun result =
        run({QStringLiteral("validate"), file, QStringLiteral("--check-links"),
             QStringLiteral("--link-timeout"), QStringLiteral("0.3"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray issues =
        QJsonDocument::fromJson(result.out).object().value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 2);
    for (const QJsonValue &issue : issues) {
        QCOMPARE(issue[QStringLiteral("rule")].toString(), QStringLiteral("link.unreachable"));
        QVERIFY(issue[QStringLiteral("message")].toString().contains(
            QLatin1String("no answer within 1 second")));
    }
}

void TestValidateLinks::nothingAskedWithoutTheOption()
{
    LinkTestServer server;
    const QString file =
        writeMenu(QStringLiteral("quiet.json"),
                  "{\"menu\":{\"button\":[" +
                      view(QStringLiteral("A"), server.url(QStringLiteral("/missing"))) + "]}}");
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")}}) {
        const ProgramRun result = run(QStringList{QStringLiteral("validate"), file} + extra);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains("link."));
    }
    QCOMPARE(server.requests, 0);
}

void TestValidateLinks::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("zero seconds") << QStringList{
        QStringLiteral("--check-links"), QStringLiteral("--link-timeout"), QStringLiteral("0")};
    QTest::newRow("not a number") << QStringList{
        QStringLiteral("--check-links"), QStringLiteral("--link-timeout"), QStringLiteral("soon")};
    QTest::newRow("timeout without check")
        << QStringList{QStringLiteral("--link-timeout"), QStringLiteral("3")};
}

void TestValidateLinks::usageErrors()
{
    QFETCH(QStringList, options);
    LinkTestServer server;
    const QString file =
        writeMenu(QStringLiteral("usage.json"),
                  "{\"menu\":{\"button\":[" +
                      view(QStringLiteral("A"), server.url(QStringLiteral("/ok"))) + "]}}");
    const ProgramRun result = run(QStringList{QStringLiteral("validate"), file} + options);
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.err.contains("--link-timeout"));
    QCOMPARE(server.requests, 0);
}

QTEST_GUILESS_MAIN(TestValidateLinks)
#include "tst_validatelinks.moc"
