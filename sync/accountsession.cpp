#include "accountsession.h"

#include "accountclient.h"
#include "sandboxendpoint.h"
#include "secretstore.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

AccountSession::AccountSession(const Account &account, QNetworkAccessManager *network,
                               SecretStore *secrets, SandboxEndpoint *sandbox, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_network(network)
    , m_secrets(secrets)
    , m_sandbox(sandbox)
{}

AccountSession::~AccountSession() = default;

ApiClient *AccountSession::client() const
{
    return m_client ? m_client->client() : nullptr;
}

TokenProvider *AccountSession::tokens() const
{
    return m_client ? m_client->tokens() : nullptr;
}

ApiTransport *AccountSession::transport() const
{
    return m_client ? m_client->transport() : nullptr;
}

void AccountSession::build(const QUrl &base, const QString &secret)
{
    Account account = m_account;
    account.apiBase = base;
    m_client = std::make_unique<AccountClient>(account, m_network, secret);
}

void AccountSession::open(Callback done)
{
    if (m_client) {
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    if (m_account.isSandbox()) {
        QString error;
        if (!m_sandbox || !m_sandbox->ensureStarted(&error)) {
            QTimer::singleShot(0, this, [done, error] { done(error); });
            return;
        }
        build(m_sandbox->baseUrl(), m_sandbox->secret());
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    if (!m_account.needsSecret()) {
        build(m_account.apiBase, {});
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    m_secrets->read(m_account.secretKey(), [this, self = QPointer<AccountSession>(this),
                                            done](const QString &secret, const QString &error) {
        if (!self)
            return; // closed while the keychain was answering
        if (!error.isEmpty()) {
            done(error);
            return;
        }
        build(m_account.apiBase, secret);
        done({});
    });
}
