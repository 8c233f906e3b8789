#include "campaignsessions.h"

#include <accountlist.h>
#include <accountsession.h>
#include <campaign.h>
#include <memorysecretstore.h>

#include <QSettings>

CampaignSessions::CampaignSessions(QNetworkAccessManager *network, SecretStore *keychain,
                                   SandboxEndpoint *sandbox)
    : m_network(network)
    , m_keychain(keychain)
    , m_sandbox(sandbox)
{}

std::unique_ptr<AccountSession> CampaignSessions::create(const Campaign &campaign,
                                                         QString *error) const
{
    if (campaign.savedAccount) {
        QSettings settings;
        const AccountList accounts = AccountList::load(settings);
        const Account *account = accounts.find(campaign.account.name);
        if (!account) {
            *error =
                tr("there is no saved account named \"%1\" any more.").arg(campaign.account.name);
            return nullptr;
        }
        return std::make_unique<AccountSession>(*account, m_network, m_keychain, m_sandbox);
    }
    // An --api-base account: its credentials come from this process's environment.
    Account account = campaign.account;
    if (account.name.isEmpty())
        account.name = account.appId.isEmpty() ? campaign.id : account.appId;
    QString secret;
    const QString givenToken = qEnvironmentVariable("WEMENU_ACCESS_TOKEN");
    const QString appSecret = qEnvironmentVariable("WEMENU_APP_SECRET");
    if (!givenToken.isEmpty()) {
        account.credential = Account::Credential::GivenToken;
        secret = givenToken;
    } else if (!account.tokenServiceUrl.isEmpty()) {
        account.credential = Account::Credential::TokenService;
    } else if (!appSecret.isEmpty()) {
        account.credential = Account::Credential::AppSecret;
        secret = appSecret;
    } else {
        *error = tr("the account %1 at %2 needs WEMENU_APP_SECRET (or WEMENU_ACCESS_TOKEN) in the "
                    "environment of \"wemenu campaign run-due\"; the secret is never stored with "
                    "a campaign.")
                     .arg(campaign.account.appId, campaign.account.apiBase.toString());
        return nullptr;
    }
    auto *store = new MemorySecretStore;
    store->write(account.secretKey(), secret, [](const QString &) {});
    auto session = std::make_unique<AccountSession>(account, m_network, store, m_sandbox);
    store->setParent(session.get());
    return session;
}
