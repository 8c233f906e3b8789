#include "sandboxfixture.h"

#include <accountclient.h>
#include <accountqueries.h>
#include <accountsession.h>
#include <memorysecretstore.h>
#include <menufile.h>
#include <sandboxendpoint.h>
#include <tokenprovider.h>

#include <QtTest>

/**
 * The one client factory and the account reads built on it, against the sandbox on loopback:
 * every kind of credential gets a client that works, a session opens the Sandbox account
 * through its SandboxEndpoint, and tags/get and menu/trymatch read what the account holds.
 */

namespace {

/// The fixture's server as the Sandbox account's endpoint; `fails` stands for a port in use.
class FixtureEndpoint : public SandboxEndpoint
{
public:
    FixtureEndpoint(SandboxFixture *fixture, bool fails)
        : m_fixture(fixture)
        , m_fails(fails)
    {}

    bool ensureStarted(QString *error) override
    {
        ++starts;
        if (m_fails)
            *error = QStringLiteral("no free port");
        return !m_fails;
    }
    QUrl baseUrl() const override { return m_fixture->base; }
    QString secret() const override { return SandboxOptions().secret; }

    int starts = 0;

private:
    SandboxFixture *m_fixture;
    bool m_fails;
};

SandboxState stateWithMenu()
{
    SandboxState state = SandboxState::initial();
    state.hasMenu = true;
    state.menus.defaultMenu =
        MenuFile::readFile(QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json"))
            .data.defaultMenu;
    state.menus.defaultMenu.menuId = QStringLiteral("208379532");
    return state;
}

QList<AccountQueries::Tag> fetchTags(ApiClient *client, bool *ok)
{
    QList<AccountQueries::Tag> result;
    QEventLoop loop;
    AccountQueries::fetchTags(client, [&](const QList<AccountQueries::Tag> &tags, bool success) {
        result = tags;
        *ok = success;
        loop.quit();
    });
    loop.exec();
    return result;
}

QList<Button> tryMatch(ApiClient *client, const QString &userId, QString *error,
                       QString *technical = nullptr)
{
    QList<Button> result;
    QEventLoop loop;
    AccountQueries::tryMatch(
        client, userId,
        [&](const QList<Button> &buttons, const QString &why, const QString &detail) {
            result = buttons;
            *error = why;
            if (technical)
                *technical = detail;
            loop.quit();
        });
    loop.exec();
    return result;
}

QString openSession(AccountSession *session)
{
    QString error;
    bool answered = false;
    QEventLoop loop;
    session->open([&](const QString &why) {
        error = why;
        answered = true;
        loop.quit();
    });
    if (!answered) // a store may answer at once
        loop.exec();
    return error;
}

} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private slots:
    void appSecretAccountReadsTags();
    void givenTokenAccountUsesTheToken();
    void sandboxAccountOpensThroughItsEndpoint();
    void sandboxThatCannotStartSaysWhy();
    void savedAccountReadsItsSecret();
    void tryMatchShowsTheFollowersMenu();
};

void TestAccountSession::appSecretAccountReadsTags()
{
    SandboxFixture fixture;
    Account account;
    account.appId = SandboxOptions().appId;
    account.apiBase = fixture.base;
    AccountClient built(account, &fixture.network, SandboxOptions().secret);
    QCOMPARE(built.client()->base(), fixture.base);
    bool ok = false;
    const QList<AccountQueries::Tag> tags = fetchTags(built.client(), &ok);
    QVERIFY(ok);
    const QList<SandboxTag> expected = SandboxState::initial().tags;
    QCOMPARE(tags.size(), expected.size());
    QVERIFY(!tags.isEmpty());
    QCOMPARE(tags.first().first, QString::number(expected.first().id));
    QCOMPARE(tags.first().second, expected.first().name);
}

void TestAccountSession::givenTokenAccountUsesTheToken()
{
    SandboxFixture fixture;
    QString token;
    QEventLoop loop;
    fixture.tokens->token(false, [&](const QString &value, const ApiResult &) {
        token = value;
        loop.quit();
    });
    loop.exec();
    QVERIFY(!token.isEmpty());

    Account account;
    account.apiBase = fixture.base;
    account.credential = Account::Credential::GivenToken;
    AccountClient given(account, &fixture.network, token);
    bool ok = false;
    fetchTags(given.client(), &ok);
    QVERIFY(ok);
    QCOMPARE(given.tokens()->requests(), 0); // used as is, never fetched

    AccountClient wrong(account, &fixture.network, QStringLiteral("not-a-token"));
    QVERIFY(!fetchTags(wrong.client(), &ok).size());
    QVERIFY(!ok);
}

void TestAccountSession::sandboxAccountOpensThroughItsEndpoint()
{
    SandboxFixture fixture;
    FixtureEndpoint endpoint(&fixture, false);
    Account account;
    account.name = Account::sandboxName();
    account.appId = SandboxOptions().appId;
    account.credential = Account::Credential::Sandbox;
    AccountSession session(account, &fixture.network, nullptr, &endpoint);
    QVERIFY(!session.client()); // nothing starts before open()
    QCOMPARE(endpoint.starts, 0);
    QCOMPARE(openSession(&session), QString());
    QCOMPARE(endpoint.starts, 1);
    QVERIFY(session.client());
    QCOMPARE(session.client()->base(), fixture.base);
    QCOMPARE(session.account().apiBase, account.apiBase); // the account itself is unchanged
    bool ok = false;
    fetchTags(session.client(), &ok);
    QVERIFY(ok);
}

void TestAccountSession::sandboxThatCannotStartSaysWhy()
{
    SandboxFixture fixture;
    FixtureEndpoint endpoint(&fixture, true);
    Account account;
    account.name = Account::sandboxName();
    account.credential = Account::Credential::Sandbox;
    AccountSession session(account, &fixture.network, nullptr, &endpoint);
    QCOMPARE(openSession(&session), QStringLiteral("no free port"));
    QVERIFY(!session.client());
}

void TestAccountSession::savedAccountReadsItsSecret()
{
    SandboxFixture fixture;
    Account account;
    account.name = QStringLiteral("Coffee");
    account.appId = SandboxOptions().appId;
    account.apiBase = fixture.base;
    MemorySecretStore secrets;
    secrets.write(account.secretKey(), SandboxOptions().secret, [](const QString &) {});
    AccountSession session(account, &fixture.network, &secrets, nullptr);
    QCOMPARE(openSession(&session), QString());
    bool ok = false;
    fetchTags(session.client(), &ok);
    QVERIFY(ok);
}

void TestAccountSession::tryMatchShowsTheFollowersMenu()
{
    const SandboxState state = stateWithMenu();
    SandboxFixture fixture(SandboxOptions(), state);
    QVERIFY(!state.followers.isEmpty());
    QString error;
    const QList<Button> buttons =
        tryMatch(fixture.client.get(), state.followers.first().openId, &error);
    QCOMPARE(error, QString());
    QCOMPARE(buttons.size(), state.menus.defaultMenu.buttons.size());
    QCOMPARE(buttons.first().name, state.menus.defaultMenu.buttons.first().name);

    QString technical;
    QVERIFY(tryMatch(fixture.client.get(), QStringLiteral("nobody"), &error, &technical).isEmpty());
    // The refusal in words, what to do about it; the code only in the technical detail.
    QVERIFY2(error.contains(QStringLiteral("does not know this follower")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("OpenID or WeChat ID")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("40003")), qPrintable(error));
    QVERIFY2(technical.contains(QStringLiteral("40003")), qPrintable(technical));
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
