#include "accounts.h"

#include "hostedsandbox.h"

#include <accountsession.h>
#include <loopbackproxyfactory.h>
#include <memorysecretstore.h>
#include <sandboxhost.h>

#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <utility>

Accounts::Accounts(SecretStore *keychain, const QString &sandboxStateFile, QObject *parent)
    : AccountDirectory(parent)
    , m_keychain(keychain)
    , m_sessionSecrets(std::make_unique<MemorySecretStore>())
    , m_sandbox(std::make_unique<SandboxHost>(sandboxStateFile))
    , m_sandboxEndpoint(std::make_unique<HostedSandbox>(m_sandbox.get()))
{
    m_network.setProxyFactory(new LoopbackProxyFactory);
    QSettings settings;
    m_list = AccountList::load(settings);
}

Accounts::~Accounts() = default;

const Account &Accounts::current() const
{
    const Account *account = m_list.find(m_list.selected());
    Q_ASSERT(account); // the Sandbox account is always there
    return *account;
}

void Accounts::setCurrent(const QString &name)
{
    if (name == m_list.selected())
        return;
    m_list.setSelected(name);
    retireSession();
    persist();
    emit currentChanged(m_list.selected());
}

void Accounts::persist()
{
    QSettings settings;
    m_list.save(settings);
}

void Accounts::save(const Account &account, const QString &secret,
                    std::function<void(const QString &warning)> done)
{
    m_list.put(account);
    persist();
    if (m_list.selected() == account.name)
        retireSession(); // the next use picks up the new settings
    emit listChanged();
    if (secret.isEmpty() || !account.needsSecret()) {
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    const QString key = account.secretKey();
    m_keychain->write(
        key, secret,
        [this, self = QPointer<Accounts>(this), key, secret, done](const QString &error) {
            if (!self)
                return;
            if (error.isEmpty()) {
                m_sessionSecrets->remove(key, [](const QString &) {});
                done({});
                return;
            }
            // No keychain: kept in memory for this session, never written anywhere.
            m_sessionSecrets->write(key, secret, [](const QString &) {});
            done(tr("%1\nThe secret is kept only until WeMenu closes; enter it again next time.")
                     .arg(error));
        });
}

void Accounts::remove(const QString &name, Callback done)
{
    const Account *account = m_list.find(name);
    if (!account || account->isSandbox()) {
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    const QString key = account->secretKey();
    const bool wasCurrent = m_list.selected() == name;
    m_list.remove(name);
    persist();
    if (wasCurrent) {
        retireSession();
        emit currentChanged(m_list.selected());
    }
    emit listChanged();
    // Removing an account removes its secret.
    m_sessionSecrets->remove(key, [](const QString &) {});
    m_keychain->remove(key, done);
}

void Accounts::saveGroups(const QList<AccountGroup> &groups,
                          const QHash<QString, AccountList::Variables> &accountVariables)
{
    for (const Account &account : m_list.accounts())
        m_list.setVariables(account.name, accountVariables.value(account.name));
    m_list.setGroups(groups);
    persist();
    emit listChanged();
}

std::unique_ptr<AccountSession> Accounts::sessionFor(const QString &name)
{
    const Account *account = m_list.find(name);
    if (!account)
        return nullptr;
    SecretStore *store = m_sessionSecrets->contains(account->secretKey())
                             ? static_cast<SecretStore *>(m_sessionSecrets.get())
                             : m_keychain;
    return std::make_unique<AccountSession>(*account, &m_network, store, m_sandboxEndpoint.get());
}

void Accounts::retireSession()
{
    if (!m_session)
        return;
    // Callbacks of the old session may still be on the stack: it goes later.
    m_session.release()->deleteLater();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &done : waiting)
        done(nullptr, tr("The account was changed; try again."));
}

void Accounts::openSession(SessionCallback done)
{
    if (m_session && m_session->client()) {
        AccountSession *session = m_session.get();
        QTimer::singleShot(0, this, [done, session] { done(session, {}); });
        return;
    }
    m_waiting.append(done);
    if (m_session)
        return; // opening: it answers every caller
    const Account account = current();
    SecretStore *store = m_sessionSecrets->contains(account.secretKey())
                             ? static_cast<SecretStore *>(m_sessionSecrets.get())
                             : m_keychain;
    m_session =
        std::make_unique<AccountSession>(account, &m_network, store, m_sandboxEndpoint.get());
    AccountSession *session = m_session.get();
    session->open([this, self = QPointer<Accounts>(this), session](const QString &error) {
        if (!self || m_session.get() != session)
            return; // retired meanwhile: its callers were answered then
        const auto waiting = std::exchange(m_waiting, {});
        if (!error.isEmpty())
            m_session.release()->deleteLater(); // it is still running this callback
        for (const auto &callback : waiting)
            callback(error.isEmpty() ? session : nullptr, error);
    });
}
