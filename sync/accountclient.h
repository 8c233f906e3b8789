#pragma once

#include <account.h>

#include <QString>

#include <memory>

class ApiClient;
class ApiTransport;
class QNetworkAccessManager;
class TokenProvider;

/**
 * The one place a client is built from an account: a transport on `network`, the token
 * provider the account's credential asks for, and an ApiClient on the account's API address.
 * `secret` is the AppSecret (AppSecret and Sandbox accounts) or the given token (GivenToken);
 * a token service account needs none. The editor's sessions and the command line both use it.
 */
class AccountClient
{
public:
    AccountClient(const Account &account, QNetworkAccessManager *network, const QString &secret);
    ~AccountClient();

    AccountClient(const AccountClient &) = delete;
    AccountClient &operator=(const AccountClient &) = delete;

    ApiClient *client() const { return m_client.get(); }
    TokenProvider *tokens() const { return m_tokens.get(); }
    ApiTransport *transport() const { return m_transport.get(); }

private:
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
};
