#pragma once

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QString>

#include <memory>

class AccountClient;
class AccountSession;
class ApiClient;
class HostedSandbox;
class KeychainSecretStore;
class QCommandLineParser;
class SandboxHost;
class TokenProvider;

/**
 * The credentials of `pull` and `push` and the client built from them: `--account NAME` (a
 * saved account, its secret from the keychain), or `--api-base URL --appid ID` with
 * WEMENU_ACCESS_TOKEN (used as is) or WEMENU_APP_SECRET (through stable_token, or
 * /cgi-bin/token with `--token-endpoint token`), or `--token-service URL`. `--account` wins
 * over `--api-base`.
 */
class ApiConnection
{
    Q_DECLARE_TR_FUNCTIONS(ApiConnection)

public:
    ApiConnection();
    ~ApiConnection();

    /// The options that name an account and its credentials, and --timeout.
    static void addOptions(QCommandLineParser &parser);
    /// The options that name an account and its credentials alone (a campaign's: its calls
    /// are made later, by `campaign run-due`).
    static void addAccountOptions(QCommandLineParser &parser);
    /// Builds the client; false with `error` set when the options do not make one.
    bool open(const QCommandLineParser &parser, QString *error);

    ApiClient *client() const;
    TokenProvider *tokens() const;
    /// The key of the account's publish history: its AppID, whichever way it was named
    /// (PublishHistory::accountKey()).
    QString account() const { return m_account; }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountClient> m_client; ///< built from `--api-base` and the environment
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<HostedSandbox> m_sandboxEndpoint;
    std::unique_ptr<AccountSession> m_session; ///< a saved account's (`--account`)
    QString m_account;
};
