#include "accountclient.h"

#include "apiclient.h"
#include "apitransport.h"
#include "appsecrettokenprovider.h"
#include "giventokenprovider.h"
#include "servicetokenprovider.h"

AccountClient::AccountClient(const Account &account, QNetworkAccessManager *network,
                             const QString &secret)
    : m_transport(std::make_unique<ApiTransport>(network))
{
    switch (account.credential) {
    case Account::Credential::Sandbox:
    case Account::Credential::AppSecret:
        m_tokens = std::make_unique<AppSecretTokenProvider>(
            m_transport.get(), account.apiBase, account.appId, secret,
            account.ordinaryTokenEndpoint ? AppSecretTokenProvider::Endpoint::Token
                                          : AppSecretTokenProvider::Endpoint::StableToken);
        break;
    case Account::Credential::TokenService:
        m_tokens =
            std::make_unique<ServiceTokenProvider>(m_transport.get(), account.tokenServiceUrl);
        break;
    case Account::Credential::GivenToken:
        m_tokens = std::make_unique<GivenTokenProvider>(secret);
        break;
    }
    m_client = std::make_unique<ApiClient>(m_transport.get(), account.apiBase, m_tokens.get());
}

AccountClient::~AccountClient() = default;
