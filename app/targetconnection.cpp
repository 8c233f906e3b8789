#include "targetconnection.h"

#include <accountclient.h>
#include <accountlist.h>
#include <accountsession.h>
#include <apiclient.h>
#include <loopbackproxyfactory.h>
#include <publishhistory.h>

TargetConnection::TargetConnection(const Target &target, const Shared &shared)
    : m_target(target)
    , m_shared(shared)
{
    m_network.setProxyFactory(new LoopbackProxyFactory);
}

TargetConnection::~TargetConnection() = default;

ApiClient *TargetConnection::client() const
{
    if (m_session)
        return m_session->client();
    return m_client ? m_client->client() : nullptr;
}

void TargetConnection::applyBackoff(ApiClient *client) const
{
    // Delays between retries after a busy server, in milliseconds (tests shorten them).
    const QString backoff = m_shared.environment(QStringLiteral("WEMENU_BACKOFF_MS"));
    if (backoff.isEmpty() || !client)
        return;
    QList<int> delays;
    for (const QString &part : backoff.split(QLatin1Char(',')))
        delays.append(qMax(0, part.toInt()));
    client->setBackoff(delays);
}

void TargetConnection::open(std::function<void(const QString &error)> done)
{
    if (m_target.isSavedAccount()) {
        const Account *account =
            m_shared.accounts ? m_shared.accounts->find(m_target.account) : nullptr;
        if (!account) {
            done(tr("there is no saved account named \"%1\".").arg(m_target.account));
            return;
        }
        m_accountKey = PublishHistory::accountKey(*account);
        m_session = std::make_unique<AccountSession>(*account, &m_network, m_shared.keychain,
                                                     m_shared.sandbox);
        m_session->open([this, done](const QString &error) {
            if (error.isEmpty())
                applyBackoff(m_session->client());
            done(error);
        });
        return;
    }
    Account account;
    account.name = m_target.name;
    account.appId = m_target.appId;
    account.apiBase = m_target.apiBase;
    QString secret;
    if (!m_target.tokenEnv.isEmpty()) {
        account.credential = Account::Credential::GivenToken;
        secret = m_shared.environment(m_target.tokenEnv);
    } else if (!m_target.tokenService.isEmpty()) {
        account.credential = Account::Credential::TokenService;
        account.tokenServiceUrl = m_target.tokenService;
    } else {
        account.credential = Account::Credential::AppSecret;
        account.ordinaryTokenEndpoint = m_target.ordinaryTokenEndpoint;
        secret = m_shared.environment(m_target.secretEnv);
    }
    m_accountKey = PublishHistory::accountKey(m_target.appId, m_target.apiBase.host());
    m_client = std::make_unique<AccountClient>(account, &m_network, secret);
    applyBackoff(m_client->client());
    done(QString());
}
