#pragma once

#include <accountdirectory.h>

#include <QNetworkAccessManager>

#include <functional>
#include <memory>

class AccountSession;
class HostedSandbox;
class MemorySecretStore;
class SandboxHost;
class SecretStore;

/**
 * The editor's accounts: the saved list, their secrets (in the system keychain, or for this
 * session only when there is none), the built-in Sandbox, and the session of the current
 * account. Nothing starts (keychain, sandbox, network) until an account is first used.
 */
class Accounts : public AccountDirectory
{
    Q_OBJECT

public:
    /// `keychain` is the system keychain (not owned); `sandboxStateFile` the Sandbox's state.
    Accounts(SecretStore *keychain, const QString &sandboxStateFile, QObject *parent = nullptr);
    ~Accounts() override;

    const AccountList &list() const override { return m_list; }
    const Account &current() const override;
    void setCurrent(const QString &name) override;

    /// Saves `account` and its `secret` (empty: keep the stored one). When the keychain is not
    /// available the secret is kept for this session only, and `warning` says so.
    void save(const Account &account, const QString &secret,
              std::function<void(const QString &warning)> done) override;
    void remove(const QString &name, Callback done) override;
    void saveGroups(const QList<AccountGroup> &groups,
                    const QHash<QString, AccountList::Variables> &accountVariables) override;
    /// A new, unopened session with the saved account `name` (null when there is none), apart
    /// from the current account's: each account of a group publishes with its own token.
    std::unique_ptr<AccountSession> sessionFor(const QString &name);

    /// The current account's session, opened (secret read, sandbox started) on first use.
    void openSession(SessionCallback done) override;
    SandboxHost *sandbox() const { return m_sandbox.get(); }
    QNetworkAccessManager *network() { return &m_network; }

private:
    void persist();
    void retireSession();

    AccountList m_list;
    SecretStore *m_keychain;
    std::unique_ptr<MemorySecretStore> m_sessionSecrets;
    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<HostedSandbox> m_sandboxEndpoint;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountSession> m_session;
    QList<SessionCallback> m_waiting;
};
