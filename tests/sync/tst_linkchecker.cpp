#include "linktestserver.h"

#include <linkchecker.h>
#include <linkissues.h>
#include <loopbackproxyfactory.h>
#include <menufile.h>
#include <privateaddress.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

/// The link checks against loopback servers only; nothing here reaches beyond this computer.
class TestLinkChecker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void results_data();
    void results();
    void headRefusedAsksGet();
    void deadline_data();
    void deadline();
    void refusedPort();
    void selfSignedCertificate();
    void peakInFlight();
    void idleOnceEveryReplyIsGone();
    void cacheForTenMinutes();
    void userAgentNamesWeMenu();
    void onlyWebLinksAreAsked();
    void targetsAndPaths();
    void issuesByRule();
    void privateAddresses();

private:
    /// Checks `url` and waits for its result.
    LinkResult checkOne(const QString &url);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LinkChecker> m_checker;
};

void TestLinkChecker::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxyFactory(new LoopbackProxyFactory);
    m_checker = std::make_unique<LinkChecker>(m_network.get());
}

void TestLinkChecker::cleanup()
{
    m_checker.reset();
    m_network.reset();
}

LinkResult TestLinkChecker::checkOne(const QString &url)
{
    QSignalSpy spy(m_checker.get(), &LinkChecker::finished);
    if (!m_checker->check(url))
        return {};
    if (!spy.wait(20000))
        return {LinkResult::Outcome::Unreachable, 0, {}, QStringLiteral("the test timed out")};
    return spy.at(0).at(1).value<LinkResult>();
}

void TestLinkChecker::results_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    QTest::newRow("200") << "/ok" << int(LinkResult::Outcome::Ok) << 200;
    QTest::newRow("404") << "/missing" << int(LinkResult::Outcome::Status) << 404;
    QTest::newRow("500") << "/broken" << int(LinkResult::Outcome::Status) << 500;
    QTest::newRow("redirect") << "/moved" << int(LinkResult::Outcome::Ok) << 200;
    QTest::newRow("redirect loop") << "/loop" << int(LinkResult::Outcome::Unreachable) << 0;
}

void TestLinkChecker::results()
{
    QFETCH(QString, path);
    QFETCH(int, outcome);
    QFETCH(int, status);
    LinkTestServer server;
    QVERIFY(server.isListening());
    const LinkResult result = checkOne(server.url(path));
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(result.status, status);
    if (path == QLatin1String("/loop")) {
        QVERIFY2(result.detail.contains(QLatin1String("redirects more than 5")),
                 qPrintable(result.detail));
        // The first request and five redirects, then no more. Qt sends a request once more
        // when the server's close races its answer, so a busy machine may see a repeat; an
        // endless loop would show as many more.
        const int asked = server.byRequest.value(QStringLiteral("HEAD /loop"));
        QVERIFY2(asked >= 6 && asked < 12, qPrintable(QString::number(asked)));
    }
    // A server that answers HEAD with an error is asked the page itself.
    if (status >= 400)
        QCOMPARE(server.byRequest.value(QStringLiteral("GET ") + path), 1);
    else
        QCOMPARE(server.byRequest.value(QStringLiteral("GET ") + path), 0);
}

void TestLinkChecker::headRefusedAsksGet()
{
    LinkTestServer server;
    const LinkResult result = checkOne(server.url(QStringLiteral("/nohead")));
    QCOMPARE(result.outcome, LinkResult::Outcome::Ok);
    QCOMPARE(result.status, 200);
    QCOMPARE(server.byRequest.value(QStringLiteral("HEAD /nohead")), 1);
    QCOMPARE(server.byRequest.value(QStringLiteral("GET /nohead")), 1);
}

void TestLinkChecker::deadline_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("hung connection") << "/hung";
    QTest::newRow("slow answer") << "/slow";
}

void TestLinkChecker::deadline()
{
    QFETCH(QString, path);
    LinkTestServer server;
    m_checker->setTimeout(300);
    const LinkResult result = checkOne(server.url(path));
    QCOMPARE(result.outcome, LinkResult::Outcome::Unreachable);
    QVERIFY2(result.detail.contains(QLatin1String("no answer within 1 second")),
             qPrintable(result.detail));
    QCOMPARE(m_checker->pendingCount(), 0);
}

void TestLinkChecker::idleOnceEveryReplyIsGone()
{
    // Qt reports an error twice when a page that answered an error status is aborted.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("must only be called once")));
    LinkTestServer server;
    m_checker->setTimeout(1000);
    QSignalSpy finished(m_checker.get(), &LinkChecker::finished);
    QSignalSpy idle(m_checker.get(), &LinkChecker::idle);
    // Answers with and without a page, pages that never end (one of them an error page), and
    // no answer.
    const QStringList paths = {QStringLiteral("/ok"),      QStringLiteral("/missing"),
                               QStringLiteral("/broken"),  QStringLiteral("/nohead"),
                               QStringLiteral("/moved"),   QStringLiteral("/hung"),
                               QStringLiteral("/bigerror")};
    for (const QString &path : paths)
        QVERIFY(m_checker->check(server.url(path)));
    QVERIFY(idle.wait(20000));
    QCOMPARE(finished.size(), paths.size());
    QCOMPARE(idle.size(), 1);
    // The command line destroys the network access right after idle(): a reply still alive
    // then would leave its request behind in Qt's network thread.
    QCOMPARE(m_checker->endingCount(), 0);
    QCOMPARE(m_network->findChildren<QNetworkReply *>().size(), 0);
}

void TestLinkChecker::refusedPort()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    const LinkResult result = checkOne(QStringLiteral("http://127.0.0.1:%1/ok").arg(port));
    QCOMPARE(result.outcome, LinkResult::Outcome::Unreachable);
    QVERIFY2(result.detail.contains(QLatin1String("refused")), qPrintable(result.detail));
}

void TestLinkChecker::selfSignedCertificate()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    LinkTestServer server(QHostAddress::LocalHost, true);
    QVERIFY(server.isListening());
    const LinkResult result = checkOne(server.url(QStringLiteral("/ok")));
    QCOMPARE(result.outcome, LinkResult::Outcome::Tls);
    QVERIFY(!result.detail.isEmpty());
    // The handshake failed: no request reached the page.
    QCOMPARE(server.requests, 0);
    const std::optional<Issue> issue =
        LinkIssues::issue(QStringLiteral("menu.button[0].url"), result);
    QVERIFY(issue);
    QCOMPARE(issue->rule, QStringLiteral("link.tls"));
}

void TestLinkChecker::peakInFlight()
{
    // Eight hosts (127.0.0.2 to 127.0.0.9), each holding its requests until released.
    InFlight all;
    std::vector<std::unique_ptr<LinkTestServer>> servers;
    for (int i = 2; i <= 9; ++i) {
        servers.push_back(std::make_unique<LinkTestServer>(
            QHostAddress(QStringLiteral("127.0.0.%1").arg(i)), false, &all));
        if (!servers.back()->isListening())
            QSKIP("cannot bind 127.0.0.2-9 here");
    }
    QSignalSpy done(m_checker.get(), &LinkChecker::finished);
    int links = 0;
    for (const auto &server : servers) {
        for (int j = 0; j < 4; ++j) {
            QVERIFY(m_checker->check(server->url(QStringLiteral("/hold?n=%1").arg(j))));
            ++links;
        }
    }
    // Eight are asked at once; the rest wait their turn.
    QTRY_COMPARE(all.now, LinkChecker::kMaxRunning);
    QCoreApplication::processEvents();
    QCOMPARE(all.now, LinkChecker::kMaxRunning);
    for (const auto &server : servers)
        server->release();
    QTRY_COMPARE(done.count(), links);
    QCOMPARE(all.peak, LinkChecker::kMaxRunning);
    for (const auto &server : servers) {
        QVERIFY(server->peakInFlight <= LinkChecker::kMaxPerHost);
        QCOMPARE(server->requests, 4);
    }

    // One host with many links: never more than two at once there.
    LinkTestServer one(QHostAddress(QStringLiteral("127.0.0.2")));
    done.clear();
    for (int j = 0; j < 6; ++j)
        QVERIFY(m_checker->check(one.url(QStringLiteral("/hold?one=%1").arg(j))));
    QTRY_COMPARE(one.inFlight, LinkChecker::kMaxPerHost);
    QCoreApplication::processEvents();
    QCOMPARE(one.inFlight, LinkChecker::kMaxPerHost);
    one.release();
    QTRY_COMPARE(done.count(), 6);
    QCOMPARE(one.peakInFlight, LinkChecker::kMaxPerHost);
}

void TestLinkChecker::cacheForTenMinutes()
{
    LinkTestServer server;
    QDateTime now = QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    m_checker->setClock([&now] { return now; });
    const QString url = server.url(QStringLiteral("/missing"));
    QCOMPARE(checkOne(url).status, 404);
    QCOMPARE(server.byRequest.value(QStringLiteral("HEAD /missing")), 1);

    now = now.addSecs(9 * 60 + 59);
    QVERIFY(m_checker->cachedResult(url));
    QCOMPARE(checkOne(url).status, 404);
    QCOMPARE(server.byRequest.value(QStringLiteral("HEAD /missing")), 1); // from the cache

    now = now.addSecs(1);
    QVERIFY(!m_checker->cachedResult(url));
    QCOMPARE(checkOne(url).status, 404);
    QCOMPARE(server.byRequest.value(QStringLiteral("HEAD /missing")), 2); // asked again
}

void TestLinkChecker::userAgentNamesWeMenu()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QVERIFY(LinkChecker::defaultUserAgent().startsWith(QLatin1String("WeMenu/9.8.7")));
    LinkChecker checker(m_network.get());
    LinkTestServer server;
    QSignalSpy spy(&checker, &LinkChecker::finished);
    checker.check(server.url(QStringLiteral("/ok")));
    QVERIFY(spy.wait());
    QVERIFY2(server.lastUserAgent.startsWith(QLatin1String("WeMenu/9.8.7")),
             qPrintable(server.lastUserAgent));
}

void TestLinkChecker::onlyWebLinksAreAsked()
{
    QVERIFY(!m_checker->check(QStringLiteral("ftp://127.0.0.1/file")));
    QVERIFY(!m_checker->check(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!m_checker->check(QStringLiteral("not a link")));
    QCOMPARE(m_checker->pendingCount(), 0);
}

void TestLinkChecker::targetsAndPaths()
{
    const ReadResult read = MenuFile::readBytes(R"({"menu":{"button":[
        {"name":"A","sub_button":[
            {"type":"click","name":"k","key":"K"},
            {"type":"view","name":"v","url":"https://a.example/1"},
            {"type":"miniprogram","name":"m","url":"http://b.example/2",
             "appid":"wx1234567890abcdef","pagepath":"p"},
            {"type":"view","name":"bad","url":"ftp://c.example/3"}]},
        {"type":"view","name":"B","url":" https://d.example/4 "}]},
        "conditionalmenu":[{"button":[{"type":"view","name":"C","url":"https://e.example/5"}],
                            "matchrule":{"tag_id":"2"}}]})");
    QVERIFY(read.ok);
    const QList<LinkTarget> targets = LinkIssues::targets(read.data);
    const QList<LinkTarget> expected = {
        {QStringLiteral("menu.button[0].sub_button[1].url"), QStringLiteral("https://a.example/1")},
        {QStringLiteral("menu.button[0].sub_button[2].url"), QStringLiteral("http://b.example/2")},
        {QStringLiteral("menu.button[1].url"), QStringLiteral("https://d.example/4")},
        {QStringLiteral("conditionalmenu[0].button[0].url"), QStringLiteral("https://e.example/5")},
    };
    QCOMPARE(targets, expected);
}

void TestLinkChecker::issuesByRule()
{
    QVERIFY(!LinkIssues::issue(QStringLiteral("menu.button[0].url"), {}));
    const std::optional<Issue> status =
        LinkIssues::issue(QStringLiteral("menu.button[0].sub_button[3].url"),
                          {LinkResult::Outcome::Status, 404, QStringLiteral("Not Found"), {}});
    QVERIFY(status);
    QCOMPARE(status->rule, QStringLiteral("link.status"));
    QCOMPARE(status->severity, Issue::Severity::Warning);
    QCOMPARE(status->path, QStringLiteral("menu.button[0].sub_button[3].url"));
    QVERIFY2(status->message.contains(QLatin1String("404 Not Found")), qPrintable(status->message));
    const std::optional<Issue> unreachable =
        LinkIssues::issue(QStringLiteral("menu.button[1].url"),
                          {LinkResult::Outcome::Unreachable, 0, {}, QStringLiteral("refused")});
    QCOMPARE(unreachable->rule, QStringLiteral("link.unreachable"));
    QCOMPARE(unreachable->severity, Issue::Severity::Warning);
}

void TestLinkChecker::privateAddresses()
{
    for (const char *address : {"127.0.0.1", "127.0.0.5", "10.1.2.3", "172.16.0.1",
                                "172.31.255.255", "192.168.1.1", "169.254.1.1", "100.64.0.1",
                                "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:192.168.0.1"})
        QVERIFY2(PrivateAddress::isPrivate(QHostAddress(QString::fromLatin1(address))), address);
    for (const char *address : {"8.8.8.8", "172.32.0.1", "101.226.1.1", "2001:4860::8888"})
        QVERIFY2(!PrivateAddress::isPrivate(QHostAddress(QString::fromLatin1(address))), address);
}

QTEST_GUILESS_MAIN(TestLinkChecker)
#include "tst_linkchecker.moc"
