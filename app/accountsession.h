#pragma once

#include <account.h>

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ApiClient;
class ApiTransport;
#include <QNetworkAccessManager>
class SandboxHost;
class SecretStore;
class TokenProvider;

/**
 * A connection to one account: reads its secret from the store (or starts the built-in
 * sandbox), then offers an ApiClient. Opening is asynchronous; nothing starts before it.
 */
class AccountSession : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QString &error)>;

    AccountSession(const Account &account, QNetworkAccessManager *network, SecretStore *secrets,
                   SandboxHost *sandbox, QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    /// Reads the secret and builds the client; `done` gets an empty error on success.
    void open(Callback done);
    ApiClient *client() const { return m_client.get(); }
    TokenProvider *tokens() const { return m_tokens.get(); }
    ApiTransport *transport() const { return m_transport.get(); }

private:
    void build(const QUrl &base, const QString &secret);

    Account m_account;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<SecretStore> m_secrets;
    QPointer<SandboxHost> m_sandbox;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
};
