#pragma once

#include <targetsfile.h>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QString>

#include <functional>
#include <memory>

class AccountClient;
class AccountSession;
class ApiClient;
class SandboxEndpoint;
class SecretStore;
class AccountList;

/**
 * The connection to one account of a targets file: its own network access, its own token
 * provider (stable_token or /cgi-bin/token with its AppSecret, its token service, or its given
 * token) and its own client. Nothing is shared between accounts but the keychain and the
 * built-in Sandbox; one account's refusal never reaches another's.
 */
class TargetConnection
{
    Q_DECLARE_TR_FUNCTIONS(TargetConnection)

public:
    /// The parts shared by the connections of one command: the saved accounts, the keychain
    /// and the built-in Sandbox (both may be null when no target is a saved account).
    struct Shared
    {
        const AccountList *accounts = nullptr;
        SecretStore *keychain = nullptr;
        SandboxEndpoint *sandbox = nullptr;
        std::function<QString(const QString &)> environment;
    };

    TargetConnection(const Target &target, const Shared &shared);
    ~TargetConnection();
    TargetConnection(const TargetConnection &) = delete;
    TargetConnection &operator=(const TargetConnection &) = delete;

    /// Builds the client (reading a saved account's secret first); `done` gets an empty error
    /// on success.
    void open(std::function<void(const QString &error)> done);

    ApiClient *client() const;
    /// The key of the account's publish history (PublishHistory::accountKey()).
    QString accountKey() const { return m_accountKey; }

private:
    void applyBackoff(ApiClient *client) const;

    Target m_target;
    Shared m_shared;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<AccountSession> m_session;
    QString m_accountKey;
};
