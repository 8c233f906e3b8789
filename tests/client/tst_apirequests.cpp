#include <apirequests.h>
#include <errorpolicy.h>
#include <logredactor.h>
#include <loopbackproxyfactory.h>

#include <QUrlQuery>
#include <QtTest>

class TestApiRequests : public QObject
{
    Q_OBJECT

private slots:
    void endpointUrl();
    void stableTokenBody();
    void parseReply_data();
    void parseReply();
    void allowedUrls_data();
    void allowedUrls();
    void policy_data();
    void policy();
    void explanations();
    void redaction_data();
    void redaction();
    void serverMessagesAreRedacted();
    void loopbackNeverGoesThroughAProxy();
};

void TestApiRequests::endpointUrl()
{
    const QUrl url = ApiRequests::endpointUrl(QUrl(QStringLiteral("https://api.example.com/")),
                                              QStringLiteral("menu/get"), QStringLiteral("T0K"));
    QCOMPARE(url.path(), QStringLiteral("/cgi-bin/menu/get"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("access_token")), QStringLiteral("T0K"));
    const QUrl prefixed = ApiRequests::endpointUrl(QUrl(QStringLiteral("http://127.0.0.1:9/wx")),
                                                   QStringLiteral("tags/get"));
    QCOMPARE(prefixed.toString(), QStringLiteral("http://127.0.0.1:9/wx/cgi-bin/tags/get"));
}

void TestApiRequests::stableTokenBody()
{
    const QJsonObject body =
        QJsonDocument::fromJson(
            ApiRequests::stableTokenBody(QStringLiteral("wx1"), QStringLiteral("s3"), false))
            .object();
    QCOMPARE(body.value(QStringLiteral("grant_type")).toString(),
             QStringLiteral("client_credential"));
    QCOMPARE(body.value(QStringLiteral("appid")).toString(), QStringLiteral("wx1"));
    QCOMPARE(body.value(QStringLiteral("secret")).toString(), QStringLiteral("s3"));
    QCOMPARE(body.value(QStringLiteral("force_refresh")).toBool(true), false);
}

void TestApiRequests::parseReply_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("errcode");
    QTest::newRow("ok without errcode")
        << 200 << QByteArray(R"({"menuid":"1"})") << int(ApiResult::Kind::Ok) << 0;
    QTest::newRow("ok with errcode 0")
        << 200 << QByteArray(R"({"errcode":0,"errmsg":"ok"})") << int(ApiResult::Kind::Ok) << 0;
    QTest::newRow("wechat error") << 200 << QByteArray(R"({"errcode":40018,"errmsg":"x rid: 1"})")
                                  << int(ApiResult::Kind::WeChatError) << 40018;
    QTest::newRow("busy") << 200 << QByteArray(R"({"errcode":-1,"errmsg":"system error"})")
                          << int(ApiResult::Kind::WeChatError) << -1;
    QTest::newRow("http 500") << 500 << QByteArray("oops") << int(ApiResult::Kind::HttpError) << 0;
    QTest::newRow("redirect") << 302 << QByteArray() << int(ApiResult::Kind::HttpError) << 0;
    QTest::newRow("not json") << 200 << QByteArray("<html>") << int(ApiResult::Kind::HttpError)
                              << 0;
}

void TestApiRequests::parseReply()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(int, errcode);
    const ApiResult result = ApiRequests::parseReply(status, body);
    QCOMPARE(int(result.kind), kind);
    QCOMPARE(result.errcode, errcode);
    QCOMPARE(result.httpStatus, status);
}

void TestApiRequests::allowedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.weixin.qq.com") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http loopback 127.5") << QStringLiteral("http://127.5.6.7:8080") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://api.weixin.qq.com") << false;
    QTest::newRow("http private") << QStringLiteral("http://192.168.1.2") << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.example.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestApiRequests::allowedUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString why;
    QCOMPARE(ApiRequests::isAllowedUrl(QUrl(url), &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);
}

void TestApiRequests::policy_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("errcode");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("action");
    const int weChat = int(ApiResult::Kind::WeChatError);
    const int renew = int(ErrorPolicy::Action::RenewToken);
    const int backoff = int(ErrorPolicy::Action::Backoff);
    const int done = int(ErrorPolicy::Action::Done);
    QTest::newRow("40001") << weChat << 40001 << 200 << renew;
    QTest::newRow("40014") << weChat << 40014 << 200 << renew;
    QTest::newRow("42001") << weChat << 42001 << 200 << renew;
    QTest::newRow("-1") << weChat << -1 << 200 << backoff;
    QTest::newRow("http 500") << int(ApiResult::Kind::HttpError) << 0 << 500 << backoff;
    QTest::newRow("http 503") << int(ApiResult::Kind::HttpError) << 0 << 503 << backoff;
    QTest::newRow("http 404") << int(ApiResult::Kind::HttpError) << 0 << 404 << done;
    for (const int code : {40013, 40125, 40164, 45009, 45011, 48001, 65320, 40018})
        QTest::addRow("%d", code) << weChat << code << 200 << done;
    QTest::newRow("timeout") << int(ApiResult::Kind::Timeout) << 0 << 0 << done;
}

void TestApiRequests::policy()
{
    QFETCH(int, kind);
    QFETCH(int, errcode);
    QFETCH(int, status);
    QFETCH(int, action);
    ApiResult result;
    result.kind = ApiResult::Kind(kind);
    result.errcode = errcode;
    result.httpStatus = status;
    QCOMPARE(int(ErrorPolicy::action(result)), action);
}

void TestApiRequests::explanations()
{
    ApiResult ip;
    ip.kind = ApiResult::Kind::WeChatError;
    ip.errcode = 40164;
    ip.errmsg =
        QStringLiteral("invalid ip 203.0.113.9 ipv6 ::ffff:203.0.113.9, not in whitelist rid: 1");
    QCOMPARE(ApiRequests::ipFromErrmsg(ip.errmsg), QStringLiteral("203.0.113.9"));
    const QString text = ErrorPolicy::explain(ip);
    QVERIFY(text.contains(QStringLiteral("203.0.113.9")));
    QVERIFY(text.contains(QStringLiteral("whitelist")));
    for (const int code : {40013, 40125, 45009, 45011, 48001, 65320}) {
        ApiResult result;
        result.kind = ApiResult::Kind::WeChatError;
        result.errcode = code;
        result.errmsg = QStringLiteral("msg");
        QVERIFY(ErrorPolicy::explain(result).contains(QString::number(code)));
        QVERIFY(ErrorPolicy::explain(result) != ErrorPolicy::explain(ApiResult()));
    }
}

void TestApiRequests::redaction_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::newRow("query token") << QStringLiteral(
                                        "GET /cgi-bin/menu/get?access_token=AbC123xyz HTTP/1.1")
                                 << QStringLiteral("AbC123xyz");
    QTest::newRow("query secret") << QStringLiteral(
                                         "GET /cgi-bin/token?appid=wx&secret=s3cr3tValue&x=1")
                                  << QStringLiteral("s3cr3tValue");
    QTest::newRow("json secret") << QStringLiteral(R"({"appid":"wx","secret":"s3cr3tValue"})")
                                 << QStringLiteral("s3cr3tValue");
    QTest::newRow("json token") << QStringLiteral(
                                       R"({"access_token":"AbC123xyz","expires_in":7200})")
                                << QStringLiteral("AbC123xyz");
    QTest::newRow("json prefixed token")
        << QStringLiteral(R"({"component_access_token":"Zq9PrefixedTok"})")
        << QStringLiteral("Zq9PrefixedTok");
    QTest::newRow("known value anywhere") << QStringLiteral("refused known-secret-value here")
                                          << QStringLiteral("known-secret-value");
}

void TestApiRequests::redaction()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    LogRedactor::addSecret(QStringLiteral("known-secret-value"));
    const QString redacted = LogRedactor::redact(line);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(QStringLiteral("***")));
}

void TestApiRequests::serverMessagesAreRedacted()
{
    // A server (or a proxy in between) that echoes the request back in its errmsg.
    LogRedactor::addSecret(QStringLiteral("Echoed-AppSecret-77"));
    LogRedactor::addSecret(QStringLiteral("Echoed-Token-88"));
    const ApiResult result = ApiRequests::parseReply(
        200, QByteArrayLiteral(R"({"errcode":40013,"errmsg":"invalid appid for secret )"
                               R"(Echoed-AppSecret-77 with Echoed-Token-88 (access_token=Tok99) )"
                               R"(rid: 6a1b"})"));
    QCOMPARE(result.errcode, 40013);
    for (const QString &text :
         {result.errmsg, ErrorPolicy::explain(result), ErrorPolicy::technical(result)}) {
        QVERIFY2(!text.contains(QStringLiteral("Echoed-AppSecret-77")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Echoed-Token-88")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Tok99")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("***")), qPrintable(text));
    }
    QVERIFY(ErrorPolicy::technical(result).contains(QStringLiteral("rid: 6a1b")));

    // Detail text built elsewhere is redacted where it is shown, too.
    ApiResult refused = ApiResult::refused(QStringLiteral("cannot use Echoed-Token-88"));
    QVERIFY(!ErrorPolicy::explain(refused).contains(QStringLiteral("Echoed-Token-88")));
    QVERIFY(!ErrorPolicy::technical(refused).contains(QStringLiteral("Echoed-Token-88")));
}

void TestApiRequests::loopbackNeverGoesThroughAProxy()
{
    LoopbackProxyFactory factory;
    for (const char *host : {"127.0.0.1", "localhost", "::1"}) {
        const QList<QNetworkProxy> proxies = factory.queryProxy(
            QNetworkProxyQuery(QString::fromLatin1(host), 8080, QStringLiteral("http")));
        QCOMPARE(proxies.size(), 1);
        QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
    }
    // Any other host gets what the system says (with no proxy configured: none either way).
    const QNetworkProxyQuery other(QUrl(QStringLiteral("https://api.weixin.qq.com")));
    QCOMPARE(factory.queryProxy(other), QNetworkProxyFactory::systemProxyForQuery(other));
}

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
