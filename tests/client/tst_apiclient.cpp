#include "lostreplyproxy.h"
#include "sandboxfixture.h"

#include <errcodes.h>
#include <errorpolicy.h>
#include <giventokenprovider.h>
#include <jsonwriter.h>
#include <livemenus.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <publishcheck.h>
#include <publishhistory.h>
#include <publishplanner.h>
#include <publishrunner.h>
#include <validator.h>

#include <apirequests.h>

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");

DocumentData sample()
{
    return MenuFile::readFile(kSample).data;
}

LiveResult pullApiMenus(ApiClient *client)
{
    LiveMenus reader(client);
    LiveResult result;
    QEventLoop loop;
    reader.pullApiMenus([&](const LiveResult &live) {
        result = live;
        loop.quit();
    });
    loop.exec();
    return result;
}

PublishOutcome publish(ApiClient *client, PublishHistory *history, const DocumentData &reviewed,
                       const DocumentData &wanted)
{
    PublishRunner runner(client, history, QStringLiteral("test"));
    PublishOutcome outcome;
    QEventLoop loop;
    runner.run(reviewed, wanted, PublishPlanner::plan(reviewed, wanted),
               [&](const PublishOutcome &result) {
                   outcome = result;
                   loop.quit();
               });
    loop.exec();
    return outcome;
}

/// A document with `defaultMenu` and `conditional` (no menuids).
DocumentData document(const Menu &defaultMenu, const QList<Menu> &conditional)
{
    DocumentData data;
    data.defaultMenu = defaultMenu;
    data.defaultMenu.menuId.clear();
    data.conditionalMenus = conditional;
    for (Menu &menu : data.conditionalMenus)
        menu.menuId.clear();
    return data;
}

/// A document asking for an account without any menu.
DocumentData emptyDocument()
{
    DocumentData data;
    data.hasDefaultMenu = false;
    return data;
}

/// A sandbox account showing `live`, with menuids.
SandboxState accountWith(const DocumentData &live)
{
    SandboxState state = SandboxState::initial();
    state.hasMenu = true;
    state.menus = live;
    state.menus.defaultMenu.menuId = QString::number(state.nextMenuId++);
    for (Menu &menu : state.menus.conditionalMenus)
        menu.menuId = QString::number(state.nextMenuId++);
    return state;
}

/// Calls the sandbox directly, as a colleague's program would.
ApiResult colleagueCall(SandboxApi &api, const QString &endpoint, const QByteArray &body)
{
    SandboxRequest token;
    token.method = "POST";
    token.path = QStringLiteral("/cgi-bin/stable_token");
    token.body =
        ApiRequests::stableTokenBody(SandboxOptions().appId, SandboxOptions().secret, false);
    SandboxRequest call;
    call.method = "POST";
    call.path = QStringLiteral("/cgi-bin/") + endpoint;
    call.query.addQueryItem(QStringLiteral("access_token"),
                            QJsonDocument::fromJson(api.handle(token).body)
                                .object()
                                .value(QStringLiteral("access_token"))
                                .toString());
    call.body = body;
    const SandboxReply reply = api.handle(call);
    return ApiRequests::parseReply(reply.httpStatus, reply.body);
}

/// The sandbox's account shows `wanted`, whatever the order of its conditional menus.
bool accountShows(SandboxFixture &f, const DocumentData &wanted)
{
    const LiveResult live = pullApiMenus(f.client.get());
    if (!live.ok)
        return false;
    if (PublishPlanner::isEmptyDocument(wanted))
        return live.isEmpty();
    return PublishCheck::sameState(live.live, wanted);
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void stableTokenByDefaultAndReused();
    void ordinaryTokenOnlyWhenChosen();
    void busyServerRetriesAreBounded();
    void busyOnceRecovers_data();
    void busyOnceRecovers();
    void callsThatMayHaveActedAreNotRetried_data();
    void callsThatMayHaveActedAreNotRetried();
    void tokenExpiringMidRunGetsOneNewToken();
    void refusedTokenIsRenewedOnceNeverLooped();
    void busyTokenFetchBacksOff_data();
    void busyTokenFetchBacksOff();
    void busyTokenFetchOnceRecovers_data();
    void busyTokenFetchOnceRecovers();
    void busyMessagesCountTheTries();
    void refusedGivenTokenCannotBeRenewed();
    void stalledReplyTimesOut();
    void quotaAndOtherRefusalsAreNotRetried_data();
    void quotaAndOtherRefusalsAreNotRetried();
    void insecureAddressIsNeverContacted();
    void pullFallsBackToConsoleMenu();
    void selfMenuAnswerWithoutMenuIsAnEmptyAccount();
    void publishFailingPartWayLosesNothing();
    void publishStopsWhenTheLiveStateChanged();
    void lostReplyOfAChangingCallRunsItOnce_data();
    void lostReplyOfAChangingCallRunsItOnce();
    void busyAnswerToAChangingCallReadsTheAccountFirst();
    void unknownOutcomesReadTheAccountAtMostThreeTimes();
    void colleagueChangeAfterALostReplyStops();
    void goneMenuCountsAsDeleted();
    void oversizedAnswerIsCutOff_data();
    void oversizedAnswerIsCutOff();
};

void TestApiClient::stableTokenByDefaultAndReused()
{
    SandboxFixture f;
    QCOMPARE(f.get(QStringLiteral("menu/get")).errcode, ErrCode::NoMenu);
    QVERIFY(f.get(QStringLiteral("tags/get")).ok());
    QCOMPARE(f.calls(QStringLiteral("stable_token")), 1);
    QCOMPARE(f.calls(QStringLiteral("token")), 0);
    QCOMPARE(f.tokens->requests(), 1);
}

void TestApiClient::ordinaryTokenOnlyWhenChosen()
{
    SandboxFixture f(SandboxOptions(), SandboxState::initial(),
                     AppSecretTokenProvider::Endpoint::Token);
    QVERIFY(f.get(QStringLiteral("tags/get")).ok());
    QCOMPARE(f.calls(QStringLiteral("token")), 1);
    QCOMPARE(f.calls(QStringLiteral("stable_token")), 0);
}

void TestApiClient::busyServerRetriesAreBounded()
{
    SandboxOptions options;
    options.failOn = QStringLiteral("tags/get"); // every call
    options.failWith = QStringLiteral("-1");
    SandboxFixture f(options);
    const ApiResult result = f.get(QStringLiteral("tags/get"));
    QCOMPARE(result.errcode, -1);
    QCOMPARE(f.calls(QStringLiteral("tags/get")), 4); // the call and three retries
    QCOMPARE(f.client->retries(), 3);
    QVERIFY(ErrorPolicy::explain(result).contains(QStringLiteral("-1")));
}

void TestApiClient::busyOnceRecovers_data()
{
    QTest::addColumn<QString>("failWith");
    QTest::newRow("-1") << QStringLiteral("-1");
    QTest::newRow("http 500") << QStringLiteral("http500");
}

void TestApiClient::busyOnceRecovers()
{
    QFETCH(QString, failWith);
    SandboxOptions options;
    options.failOn = QStringLiteral("tags/get");
    options.failOnCall = 1;
    options.failWith = failWith;
    SandboxFixture f(options);
    QVERIFY(f.get(QStringLiteral("tags/get")).ok());
    QCOMPARE(f.calls(QStringLiteral("tags/get")), 2);
    QCOMPARE(f.client->retries(), 1);
    QCOMPARE(f.calls(QStringLiteral("stable_token")), 1);
}

void TestApiClient::callsThatMayHaveActedAreNotRetried_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("addconditional") << QStringLiteral("menu/addconditional");
    QTest::newRow("delconditional") << QStringLiteral("menu/delconditional");
}

void TestApiClient::callsThatMayHaveActedAreNotRetried()
{
    // A busy answer may come after the menu was added: a retry could add it twice.
    QFETCH(QString, endpoint);
    SandboxOptions options;
    options.failOn = endpoint;
    options.failWith = QStringLiteral("-1");
    SandboxFixture f(options);
    const ApiResult result = f.post(endpoint, QByteArrayLiteral(R"({"menuid":"1"})"));
    QCOMPARE(result.errcode, -1);
    QCOMPARE(f.calls(endpoint), 1);
    QCOMPARE(f.client->retries(), 0);
}

void TestApiClient::tokenExpiringMidRunGetsOneNewToken()
{
    SandboxOptions options;
    options.tokenTtlSeconds = 7200;
    SandboxFixture f(options);
    QVERIFY(f.get(QStringLiteral("tags/get")).ok());
    // The server's clock passes the token's end; the client still holds the token.
    f.api.advanceClock(7300);
    const ApiResult result = f.get(QStringLiteral("tags/get"));
    QVERIFY2(result.ok(), qPrintable(ErrorPolicy::explain(result)));
    QCOMPARE(f.calls(QStringLiteral("stable_token")), 2);
    QCOMPARE(f.calls(QStringLiteral("tags/get")), 3); // ok, 42001, ok
    QCOMPARE(f.client->retries(), 1);
    QCOMPARE(f.calls(QStringLiteral("token")), 0);
}

void TestApiClient::refusedTokenIsRenewedOnceNeverLooped()
{
    SandboxOptions options;
    options.failOn = QStringLiteral("tags/get");
    options.failWith = QString::number(ErrCode::InvalidCredential);
    SandboxFixture f(options);
    const ApiResult result = f.get(QStringLiteral("tags/get"));
    QCOMPARE(result.errcode, ErrCode::InvalidCredential);
    QCOMPARE(f.calls(QStringLiteral("tags/get")), 2);
    QCOMPARE(f.calls(QStringLiteral("stable_token")), 2);
    QCOMPARE(f.client->retries(), 1);
}

void TestApiClient::busyTokenFetchBacksOff_data()
{
    QTest::addColumn<QString>("failWith");
    QTest::newRow("-1") << QStringLiteral("-1");
    QTest::newRow("http 500") << QStringLiteral("http500");
}

void TestApiClient::busyTokenFetchBacksOff()
{
    // stable_token only reads the token that is valid: as safe to repeat as any read.
    QFETCH(QString, failWith);
    SandboxOptions options;
    options.failOn = QStringLiteral("stable_token"); // every call
    options.failWith = failWith;
    SandboxFixture f(options);
    const ApiResult result = f.get(QStringLiteral("tags/get"));
    QVERIFY(!result.ok());
    QCOMPARE(f.calls(QStringLiteral("stable_token")), 4); // the call and three retries
    QCOMPARE(f.calls(QStringLiteral("tags/get")), 0);
    QCOMPARE(f.client->retries(), 3);
    const QString message = ErrorPolicy::explain(result);
    QVERIFY2(message.contains(QStringLiteral("after 4 tries")), qPrintable(message));
}

void TestApiClient::busyTokenFetchOnceRecovers_data()
{
    QTest::addColumn<QString>("failWith");
    QTest::newRow("-1") << QStringLiteral("-1");
    QTest::newRow("http 500") << QStringLiteral("http500");
}

void TestApiClient::busyTokenFetchOnceRecovers()
{
    QFETCH(QString, failWith);
    SandboxOptions options;
    options.failOn = QStringLiteral("stable_token");
    options.failOnCall = 1;
    options.failWith = failWith;
    SandboxFixture f(options);
    const ApiResult result = f.get(QStringLiteral("tags/get"));
    QVERIFY2(result.ok(), qPrintable(ErrorPolicy::explain(result)));
    QCOMPARE(f.calls(QStringLiteral("stable_token")), 2);
    QCOMPARE(f.calls(QStringLiteral("tags/get")), 1);
    QCOMPARE(f.client->retries(), 1);
}

void TestApiClient::busyMessagesCountTheTries()
{
    // A call that may have acted is sent once: its message must not claim several tries.
    SandboxOptions options;
    options.failOn = QStringLiteral("menu/addconditional");
    options.failWith = QStringLiteral("-1");
    SandboxFixture f(options);
    const ApiResult once =
        f.post(QStringLiteral("menu/addconditional"), QByteArrayLiteral(R"({"button":[]})"));
    QCOMPARE(once.errcode, -1);
    QCOMPARE(f.calls(QStringLiteral("menu/addconditional")), 1);
    const QString onceMessage = ErrorPolicy::explain(once);
    QVERIFY2(onceMessage.contains(QStringLiteral("after 1 try")), qPrintable(onceMessage));
    QVERIFY2(!onceMessage.contains(QStringLiteral("several")), qPrintable(onceMessage));

    SandboxOptions http;
    http.failOn = QStringLiteral("tags/get");
    http.failWith = QStringLiteral("http500");
    SandboxFixture g(http);
    const ApiResult result = g.get(QStringLiteral("tags/get"));
    QCOMPARE(result.httpStatus, 500);
    QCOMPARE(g.calls(QStringLiteral("tags/get")), 4);
    const QString message = ErrorPolicy::explain(result);
    QVERIFY2(message.contains(QStringLiteral("after 4 tries")), qPrintable(message));
}

void TestApiClient::refusedGivenTokenCannotBeRenewed()
{
    SandboxFixture f;
    GivenTokenProvider given(QStringLiteral("a-token-pasted-long-ago"));
    ApiClient client(f.transport.get(), f.base, &given);
    client.setBackoff({1, 1, 1});
    ApiResult result;
    QEventLoop loop;
    client.get(QStringLiteral("tags/get"), [&](const ApiResult &value) {
        result = value;
        loop.quit();
    });
    loop.exec();
    QCOMPARE(result.errcode, ErrCode::InvalidCredential); // the server's own answer
    QCOMPARE(f.calls(QStringLiteral("tags/get")), 1);
    QCOMPARE(f.calls(QStringLiteral("stable_token")), 0);
    const QString message = ErrorPolicy::explain(result);
    QVERIFY2(message.contains(QStringLiteral("cannot be renewed")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("new access token")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("after getting a new one")), qPrintable(message));
}

void TestApiClient::stalledReplyTimesOut()
{
    SandboxOptions options;
    options.stall = QStringLiteral("menu/get");
    SandboxFixture f(options);
    f.transport->setDeadline(400);
    f.transport->setTransferTimeout(400);
    const ApiResult result = f.get(QStringLiteral("menu/get"));
    QCOMPARE(int(result.kind), int(ApiResult::Kind::Timeout));
    QCOMPARE(f.calls(QStringLiteral("menu/get")), 1); // a timeout is never retried blindly
    QVERIFY(!ErrorPolicy::explain(result).isEmpty());
}

void TestApiClient::quotaAndOtherRefusalsAreNotRetried_data()
{
    QTest::addColumn<int>("errcode");
    for (const int code :
         {ErrCode::IpNotWhitelisted, ErrCode::DailyQuotaReached, ErrCode::MinuteQuotaReached,
          ErrCode::NoMenuPermission, ErrCode::InvalidAppId, ErrCode::InvalidAppSecret}) {
        QTest::addRow("%d", code) << code;
    }
}

void TestApiClient::quotaAndOtherRefusalsAreNotRetried()
{
    QFETCH(int, errcode);
    SandboxOptions options;
    options.failOn = QStringLiteral("tags/get");
    options.failWith = QString::number(errcode);
    SandboxFixture f(options);
    const ApiResult result = f.get(QStringLiteral("tags/get"));
    QCOMPARE(result.errcode, errcode);
    QCOMPARE(f.calls(QStringLiteral("tags/get")), 1);
    QCOMPARE(f.client->retries(), 0);
}

void TestApiClient::insecureAddressIsNeverContacted()
{
    QNetworkAccessManager network;
    ApiTransport transport(&network);
    ApiResult result;
    QEventLoop loop;
    // TEST-NET-1: refused before any connection is attempted.
    transport.get(QUrl(QStringLiteral("http://192.0.2.1/cgi-bin/menu/get")),
                  [&](const ApiResult &value) {
                      result = value;
                      loop.quit();
                  });
    loop.exec();
    QCOMPARE(int(result.kind), int(ApiResult::Kind::Refused));
    QVERIFY(result.detail.contains(QStringLiteral("https")));
}

void TestApiClient::pullFallsBackToConsoleMenu()
{
    SandboxState state = SandboxState::initial();
    state.consoleMenu =
        MenuFile::readFile(QStringLiteral(WEMENU_TEST_DATA "/seed/selfmenu-5.1-response.json"))
            .data.defaultMenu.buttons;
    QVERIFY(!state.consoleMenu.isEmpty());
    SandboxFixture f(SandboxOptions(), state);
    LiveMenus reader(f.client.get());
    LiveResult live;
    QEventLoop loop;
    reader.pull([&](const LiveResult &result) {
        live = result;
        loop.quit();
    });
    loop.exec();
    QVERIFY(live.ok);
    QCOMPARE(live.source, Shape::SelfMenuInfo);
    QCOMPARE(live.live.defaultMenu.buttons, state.consoleMenu);
    bool consoleOnly = false;
    for (const Issue &issue : Validator::validate(live.live, Shape::SelfMenuInfo))
        consoleOnly = consoleOnly || issue.rule == QLatin1String("type.console-only");
    QVERIFY(consoleOnly);
}

void TestApiClient::selfMenuAnswerWithoutMenuIsAnEmptyAccount()
{
    // {"is_menu_open":0} alone is no menu: not a document to open, an account without a menu.
    SandboxFixture f;
    LiveMenus reader(f.client.get());
    LiveResult live;
    QEventLoop loop;
    reader.pullSelfMenu([&](const LiveResult &result) {
        live = result;
        loop.quit();
    });
    loop.exec();
    QVERIFY2(live.ok, qPrintable(live.failure.detail));
    QCOMPARE(live.source, Shape::SelfMenuInfo);
    QVERIFY(live.isEmpty());
}

void TestApiClient::publishFailingPartWayLosesNothing()
{
    SandboxOptions options;
    options.failOn = QStringLiteral("menu/addconditional");
    options.failOnCall = 2; // the second conditional menu
    options.failWith = QString::number(ErrCode::DailyQuotaReached);
    SandboxFixture f(options);
    QTemporaryDir dir;
    PublishHistory history(dir.path());
    const DocumentData wanted = sample();
    const DocumentData copy = wanted;

    const LiveResult before = pullApiMenus(f.client.get());
    QVERIFY(before.ok && before.isEmpty());
    const PublishOutcome outcome = publish(f.client.get(), &history, before.live, wanted);
    QCOMPARE(int(outcome.status), int(PublishOutcome::Status::Failed));
    QVERIFY2(outcome.failedStep == 2, qPrintable(ErrorPolicy::explain(
                                          outcome.failure))); // create, add [1], then add [0] fails
    QCOMPARE(outcome.stepsDone, 2);
    QCOMPARE(outcome.failure.errcode, ErrCode::DailyQuotaReached);
    QCOMPARE(wanted, copy);                            // the document is never changed by a run
    QCOMPARE(outcome.live.conditionalMenus.size(), 1); // what the account shows now
    QVERIFY(QFileInfo::exists(outcome.historyFile));
    QCOMPARE(history.entries(QStringLiteral("test")).size(), 1);

    // One more run from the live state finishes the job: only the missing call.
    const LiveResult now = pullApiMenus(f.client.get());
    const QList<PublishStep> rest = PublishPlanner::plan(now.live, wanted);
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().line(), QStringLiteral("menu/addconditional conditionalmenu[0]"));
    const PublishOutcome finished = publish(f.client.get(), &history, now.live, wanted);
    QCOMPARE(int(finished.status), int(PublishOutcome::Status::Done));
    QVERIFY(LiveMenus::sameContent(finished.live, wanted));
}

void TestApiClient::publishStopsWhenTheLiveStateChanged()
{
    SandboxFixture f;
    QTemporaryDir dir;
    PublishHistory history(dir.path());
    const DocumentData wanted = sample();
    const LiveResult reviewed = pullApiMenus(f.client.get());
    // A colleague publishes in between.
    QVERIFY(f.post(QStringLiteral("menu/create"),
                   MenuJsonWriter::createBody(wanted.conditionalMenus.first()))
                .ok());
    const int creates = f.calls(QStringLiteral("menu/create"));
    const PublishOutcome outcome = publish(f.client.get(), &history, reviewed.live, wanted);
    QCOMPARE(int(outcome.status), int(PublishOutcome::Status::Changed));
    QCOMPARE(f.calls(QStringLiteral("menu/create")), creates); // nothing ran
    QCOMPARE(outcome.live.defaultMenu.buttons, wanted.conditionalMenus.first().buttons);
    QVERIFY(history.entries(QStringLiteral("test")).isEmpty());
}

void TestApiClient::lostReplyOfAChangingCallRunsItOnce_data()
{
    // live: default A and conditional X. wanted: default B and conditional Y, or nothing.
    // The plan is create, delconditional X, addconditional Y (or delete): the answer of one
    // of them is lost after the sandbox applied the call.
    LostReplyProxy::addChangingEndpointRows();
}

void TestApiClient::lostReplyOfAChangingCallRunsItOnce()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, empty);
    const DocumentData s = sample();
    Menu changed = s.defaultMenu;
    changed.buttons[0].name = QStringLiteral(u"新品");
    const DocumentData live = document(s.defaultMenu, {s.conditionalMenus.at(0)});
    const DocumentData wanted =
        empty ? emptyDocument() : document(changed, {s.conditionalMenus.at(1)});
    SandboxFixture f(SandboxOptions(), accountWith(live));
    LostReplyProxy proxy(f.base);
    ApiClient client(f.transport.get(), proxy.url(), f.tokens.get());
    client.setBackoff({1, 1, 1});
    QTemporaryDir dir;
    PublishHistory history(dir.path());

    const LiveResult reviewed = pullApiMenus(&client);
    QVERIFY(reviewed.ok);
    proxy.dropAnswerOf(endpoint);
    const PublishOutcome outcome = publish(&client, &history, reviewed.live, wanted);
    QCOMPARE(proxy.dropped(), 1);
    QCOMPARE(proxy.count(endpoint), 1); // it went out once
    QCOMPARE(f.calls(endpoint), 1);     // and the account saw it once
    QVERIFY2(outcome.status == PublishOutcome::Status::Done,
             qPrintable(ErrorPolicy::explain(outcome.failure)));
    QCOMPARE(outcome.rereads, 1);
    QVERIFY(accountShows(f, wanted)); // no duplicate, nothing missing
    QCOMPARE(outcome.stepsDone, outcome.steps.size());
}

void TestApiClient::busyAnswerToAChangingCallReadsTheAccountFirst()
{
    // -1 may follow a call that ran: never repeated blindly, the account is read first.
    SandboxOptions options;
    options.failOn = QStringLiteral("menu/create");
    options.failOnCall = 1; // the sandbox does not apply it
    SandboxFixture f(options);
    LostReplyProxy proxy(f.base);
    ApiClient client(f.transport.get(), proxy.url(), f.tokens.get());
    client.setBackoff({1, 1, 1});
    const DocumentData wanted = document(sample().defaultMenu, {});
    const LiveResult reviewed = pullApiMenus(&client);
    const PublishOutcome outcome = publish(&client, nullptr, reviewed.live, wanted);
    QVERIFY2(outcome.status == PublishOutcome::Status::Done,
             qPrintable(ErrorPolicy::explain(outcome.failure)));
    QCOMPARE(outcome.rereads, 1);
    QCOMPARE(proxy.requests(),
             QStringList({QStringLiteral("GET menu/get"), QStringLiteral("GET menu/get"),
                          QStringLiteral("POST menu/create"), QStringLiteral("GET menu/get"),
                          QStringLiteral("POST menu/create"), QStringLiteral("GET menu/get")}));
    QVERIFY(accountShows(f, wanted));
}

void TestApiClient::unknownOutcomesReadTheAccountAtMostThreeTimes()
{
    SandboxOptions options;
    options.failOn = QStringLiteral("menu/addconditional"); // every call, never applied
    options.failWith = QStringLiteral("http500");
    const DocumentData s = sample();
    SandboxFixture f(options, accountWith(document(s.defaultMenu, {})));
    const DocumentData wanted = document(s.defaultMenu, {s.conditionalMenus.at(0)});
    const LiveResult reviewed = pullApiMenus(f.client.get());
    const PublishOutcome outcome = publish(f.client.get(), nullptr, reviewed.live, wanted);
    QCOMPARE(int(outcome.status), int(PublishOutcome::Status::Failed));
    QCOMPARE(outcome.rereads, PublishRunner::kMaxRereads);
    QCOMPARE(f.calls(QStringLiteral("menu/addconditional")), PublishRunner::kMaxRereads + 1);
    QCOMPARE(outcome.failure.httpStatus, 500);
    QCOMPARE(outcome.steps.at(outcome.failedStep).endpoint(),
             QStringLiteral("menu/addconditional"));
    QVERIFY(ErrorPolicy::outcomeUnknown(outcome.failure));
}

void TestApiClient::colleagueChangeAfterALostReplyStops()
{
    const DocumentData s = sample();
    const DocumentData live = document(s.defaultMenu, {});
    SandboxFixture f(SandboxOptions(), accountWith(live));
    LostReplyProxy proxy(f.base);
    ApiClient client(f.transport.get(), proxy.url(), f.tokens.get());
    // While the answer is lost, a colleague adds a conditional menu of their own.
    proxy.dropAnswerOf(QStringLiteral("menu/addconditional"));
    proxy.onDrop = [&f, &s] {
        QVERIFY(colleagueCall(f.api, QStringLiteral("menu/addconditional"),
                              MenuJsonWriter::conditionalBody(s.conditionalMenus.at(1)))
                    .ok());
    };
    const DocumentData wanted = document(s.defaultMenu, {s.conditionalMenus.at(0)});
    const LiveResult reviewed = pullApiMenus(&client);
    const PublishOutcome outcome = publish(&client, nullptr, reviewed.live, wanted);
    QCOMPARE(int(outcome.status), int(PublishOutcome::Status::Changed));
    QCOMPARE(outcome.live.conditionalMenus.size(), 2);           // what the account shows now
    QCOMPARE(f.calls(QStringLiteral("menu/addconditional")), 2); // ours once, the colleague's
}

void TestApiClient::goneMenuCountsAsDeleted()
{
    // 65301 for a menu that is no longer live: what the call was for is done.
    const DocumentData s = sample();
    SandboxFixture f(SandboxOptions(),
                     accountWith(document(s.defaultMenu, {s.conditionalMenus.at(0)})));
    LostReplyProxy proxy(f.base);
    ApiClient client(f.transport.get(), proxy.url(), f.tokens.get());
    const LiveResult reviewed = pullApiMenus(&client);
    const QString menuId = reviewed.live.conditionalMenus.first().menuId;
    proxy.beforeForward = [&f, menuId](const QString &endpoint) {
        if (endpoint == QLatin1String("menu/delconditional")) {
            JsonWriter writer;
            writer.value(QJsonObject{{QStringLiteral("menuid"), menuId}});
            colleagueCall(f.api, endpoint, writer.result());
        }
    };
    const DocumentData wanted = document(s.defaultMenu, {});
    const PublishOutcome outcome = publish(&client, nullptr, reviewed.live, wanted);
    QVERIFY2(outcome.status == PublishOutcome::Status::Done,
             qPrintable(ErrorPolicy::explain(outcome.failure)));
    QCOMPARE(outcome.stepsDone, 1);
    QCOMPARE(f.calls(QStringLiteral("menu/delconditional")), 2); // the colleague's, then ours
    QVERIFY(accountShows(f, wanted));
}

void TestApiClient::oversizedAnswerIsCutOff_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length over the limit") << true;
    QTest::newRow("endless, without a length") << false;
}

void TestApiClient::oversizedAnswerIsCutOff()
{
    QFETCH(bool, announced);
    // A server that answers with more than any menu: 9 MB, or data without end.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    qint64 sent = 0;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        const QByteArray chunk(64 * 1024, 'x');
        const auto more = [socket, chunk, &sent, announced] {
            const qint64 total = 9 * 1024 * 1024;
            if (socket->bytesToWrite() > 0 || (announced && sent >= total))
                return;
            socket->write(chunk);
            sent += chunk.size();
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, more, announced] {
            socket->readAll();
            socket->write(announced ? QByteArray("HTTP/1.1 200 OK\r\nContent-Type: "
                                                 "application/json\r\nContent-Length: 9437184"
                                                 "\r\n\r\n")
                                    : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: "
                                                 "application/json\r\nConnection: close\r\n\r\n"));
            more();
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ApiTransport transport(&network);
    transport.setDeadline(20000);
    transport.setTransferTimeout(20000);
    ApiResult result;
    QEventLoop loop;
    transport.get(
        QUrl(QStringLiteral("http://127.0.0.1:%1/cgi-bin/menu/get").arg(server.serverPort())),
        [&](const ApiResult &value) {
            result = value;
            loop.quit();
        });
    loop.exec();
    QCOMPARE(int(result.kind), int(ApiResult::Kind::TooLarge));
    QVERIFY(result.body.isEmpty());
    QVERIFY2(ErrorPolicy::explain(result).contains(QStringLiteral("8 MB")),
             qPrintable(ErrorPolicy::explain(result)));
    if (!announced)
        QVERIFY(sent < 64 * 1024 * 1024); // reading stopped soon after the limit
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
