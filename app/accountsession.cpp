#include "accountsession.h"

#include <apiclient.h>
#include <apitransport.h>
#include <appsecrettokenprovider.h>
#include <giventokenprovider.h>
#include <sandboxhost.h>
#include <secretstore.h>
#include <servicetokenprovider.h>

#include <QPointer>
#include <QTimer>

AccountSession::AccountSession(const Account &account, QNetworkAccessManager *network,
                               SecretStore *secrets, SandboxHost *sandbox, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_network(network)
    , m_secrets(secrets)
    , m_sandbox(sandbox)
{}

AccountSession::~AccountSession() = default;

void AccountSession::build(const QUrl &base, const QString &secret)
{
    m_transport = std::make_unique<ApiTransport>(m_network);
    switch (m_account.credential) {
    case Account::Credential::Sandbox:
    case Account::Credential::AppSecret:
        m_tokens = std::make_unique<AppSecretTokenProvider>(
            m_transport.get(), base, m_account.appId, secret,
            m_account.ordinaryTokenEndpoint ? AppSecretTokenProvider::Endpoint::Token
                                            : AppSecretTokenProvider::Endpoint::StableToken);
        break;
    case Account::Credential::TokenService:
        m_tokens =
            std::make_unique<ServiceTokenProvider>(m_transport.get(), m_account.tokenServiceUrl);
        break;
    case Account::Credential::GivenToken:
        m_tokens = std::make_unique<GivenTokenProvider>(secret);
        break;
    }
    m_client = std::make_unique<ApiClient>(m_transport.get(), base, m_tokens.get());
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
        build(m_sandbox->baseUrl(), SandboxHost::defaultOptions().secret);
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
