#include "apiconnection.h"

#include "cli.h"
#include "hostedsandbox.h"
#include "sandboxpaths.h"

#include <accountclient.h>
#include <accountsession.h>
#include <apiclient.h>
#include <apirequests.h>
#include <apitransport.h>
#include <loopbackproxyfactory.h>
#include <publishhistory.h>

#include <accountlist.h>
#include <keychainsecretstore.h>
#include <sandboxhost.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>

ApiConnection::ApiConnection()
{
    m_network.setProxyFactory(new LoopbackProxyFactory);
}

ApiConnection::~ApiConnection() = default;

void ApiConnection::addOptions(QCommandLineParser &parser)
{
    addAccountOptions(parser);
    parser.addOption({QStringLiteral("timeout"), Cli::tr("Seconds to wait for each call."),
                      QStringLiteral("seconds")});
}

void ApiConnection::addAccountOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("account"), Cli::tr("A saved account."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("api-base"),
                      Cli::tr("The API's address, e.g. https://api.weixin.qq.com."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("appid"), Cli::tr("The account's AppID."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("token-endpoint"), Cli::tr("stable_token (default) or token."),
                      QStringLiteral("endpoint")});
    parser.addOption({QStringLiteral("token-service"),
                      Cli::tr("A company token service that answers {\"access_token\",...}."),
                      QStringLiteral("url")});
}

ApiClient *ApiConnection::client() const
{
    if (m_session)
        return m_session->client();
    return m_client ? m_client->client() : nullptr;
}

TokenProvider *ApiConnection::tokens() const
{
    if (m_session)
        return m_session->tokens();
    return m_client ? m_client->tokens() : nullptr;
}

bool ApiConnection::open(const QCommandLineParser &parser, QString *error)
{
    int timeoutMs = 0;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds <= 0) {
            *error = Cli::tr("--timeout takes a number of seconds.");
            return false;
        }
        timeoutMs = seconds * 1000;
    }
    if (parser.isSet(QStringLiteral("account"))) {
        const QString name = parser.value(QStringLiteral("account"));
        QSettings settings;
        const AccountList accounts = AccountList::load(settings);
        const Account *account = accounts.find(name);
        if (!account) {
            *error = Cli::tr("there is no saved account named \"%1\".").arg(name);
            return false;
        }
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("WeMenu"));
        m_sandbox = std::make_unique<SandboxHost>(SandboxPaths::stateFile());
        m_sandboxEndpoint = std::make_unique<HostedSandbox>(m_sandbox.get());
        m_session = std::make_unique<AccountSession>(*account, &m_network, m_keychain.get(),
                                                     m_sandboxEndpoint.get());
        QString failure;
        QEventLoop loop;
        m_session->open([&](const QString &why) {
            failure = why;
            loop.quit();
        });
        loop.exec();
        if (!failure.isEmpty()) {
            *error = failure;
            return false;
        }
        if (timeoutMs > 0) {
            m_session->transport()->setDeadline(timeoutMs);
            m_session->transport()->setTransferTimeout(timeoutMs);
        }
        m_account = PublishHistory::accountKey(*account);
        return true;
    }
    const QUrl base(parser.value(QStringLiteral("api-base")));
    const QString appId = parser.value(QStringLiteral("appid"));
    if (!parser.isSet(QStringLiteral("api-base")) || base.isEmpty()) {
        *error = Cli::tr("--api-base URL is required.");
        return false;
    }
    QString why;
    if (!ApiRequests::isAllowedUrl(base, &why)) {
        *error = why;
        return false;
    }
    const QString givenToken = qEnvironmentVariable("WEMENU_ACCESS_TOKEN");
    const QString secret = qEnvironmentVariable("WEMENU_APP_SECRET");
    const QString endpoint = parser.value(QStringLiteral("token-endpoint"));
    if (!endpoint.isEmpty() && endpoint != QLatin1String("stable_token") &&
        endpoint != QLatin1String("token")) {
        *error = Cli::tr("--token-endpoint is stable_token or token.");
        return false;
    }
    // The options as an account, so the client is built the way the editor builds it.
    Account account;
    account.appId = appId;
    account.apiBase = base;
    if (!givenToken.isEmpty()) {
        account.credential = Account::Credential::GivenToken;
    } else if (parser.isSet(QStringLiteral("token-service"))) {
        account.credential = Account::Credential::TokenService;
        account.tokenServiceUrl = QUrl(parser.value(QStringLiteral("token-service")));
        if (!ApiRequests::isAllowedUrl(account.tokenServiceUrl, &why)) {
            *error = why;
            return false;
        }
    } else if (!secret.isEmpty()) {
        if (appId.isEmpty()) {
            *error = Cli::tr("--appid ID is required with WEMENU_APP_SECRET.");
            return false;
        }
        account.credential = Account::Credential::AppSecret;
        account.ordinaryTokenEndpoint = endpoint == QLatin1String("token");
    } else {
        *error = Cli::tr("no credentials: set WEMENU_ACCESS_TOKEN, or WEMENU_APP_SECRET with "
                         "--appid, or give --token-service.");
        return false;
    }
    m_client = std::make_unique<AccountClient>(
        account, &m_network,
        account.credential == Account::Credential::GivenToken ? givenToken : secret);
    if (timeoutMs > 0) {
        m_client->transport()->setDeadline(timeoutMs);
        m_client->transport()->setTransferTimeout(timeoutMs);
    }
    // Delays between retries after a busy server, in milliseconds (tests shorten them).
    const QString backoff = qEnvironmentVariable("WEMENU_BACKOFF_MS");
    if (!backoff.isEmpty()) {
        QList<int> delays;
        for (const QString &part : backoff.split(QLatin1Char(',')))
            delays.append(qMax(0, part.toInt()));
        m_client->client()->setBackoff(delays);
    }
    m_account = PublishHistory::accountKey(appId, base.host());
    return true;
}
