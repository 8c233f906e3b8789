#pragma once

#include <account.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class AccountClient;
class ApiClient;
class ApiTransport;
class QNetworkAccessManager;
class SandboxEndpoint;
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

    /// `sandbox` (not owned, may be null) serves the built-in Sandbox account.
    AccountSession(const Account &account, QNetworkAccessManager *network, SecretStore *secrets,
                   SandboxEndpoint *sandbox, QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    /// Reads the secret and builds the client; `done` gets an empty error on success.
    void open(Callback done);
    ApiClient *client() const;
    TokenProvider *tokens() const;
    ApiTransport *transport() const;

private:
    void build(const QUrl &base, const QString &secret);

    Account m_account;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<SecretStore> m_secrets;
    SandboxEndpoint *m_sandbox;
    std::unique_ptr<AccountClient> m_client;
};
