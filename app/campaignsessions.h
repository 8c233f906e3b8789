#pragma once

#include <QCoreApplication>

#include <memory>

class AccountSession;
class QNetworkAccessManager;
class SandboxEndpoint;
class SecretStore;
struct Campaign;

/**
 * The sessions campaigns run with (CampaignRunner::SessionFactory): a saved account is looked
 * up by name in the settings, its secret read from `keychain`; an `--api-base` account takes
 * WEMENU_ACCESS_TOKEN, WEMENU_APP_SECRET or its token service from the environment of the
 * process that runs the step. The secret is never stored with a campaign.
 */
class CampaignSessions
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSessions)

public:
    /// Nothing is owned; each must outlive the sessions made.
    CampaignSessions(QNetworkAccessManager *network, SecretStore *keychain,
                     SandboxEndpoint *sandbox);

    /// An unopened session for `campaign`'s account, or null with `error` set.
    std::unique_ptr<AccountSession> create(const Campaign &campaign, QString *error) const;

private:
    QNetworkAccessManager *m_network;
    SecretStore *m_keychain;
    SandboxEndpoint *m_sandbox;
};
