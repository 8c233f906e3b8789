#pragma once

#include <accountdirectory.h>

#include <QPointer>

class AccountSession;

/**
 * One account of a group as an AccountDirectory, for the full Compare and Publish review of
 * that account from "Publish to Several Accounts": it offers that account's own session (not
 * the editor's current account) and changes nothing in the saved accounts.
 */
class OneAccountDirectory : public AccountDirectory
{
    Q_OBJECT

public:
    /// `session` (not owned) is the account's, opened or not.
    explicit OneAccountDirectory(AccountSession *session, QObject *parent = nullptr);

    const AccountList &list() const override { return m_list; }
    const Account &current() const override { return m_account; }
    void setCurrent(const QString &) override {}
    void save(const Account &, const QString &,
              std::function<void(const QString &warning)> done) override;
    void remove(const QString &, Callback done) override;
    void saveGroups(const QList<AccountGroup> &,
                    const QHash<QString, AccountList::Variables> &) override
    {}
    void openSession(SessionCallback done) override;

private:
    QPointer<AccountSession> m_session;
    Account m_account;
    AccountList m_list;
};
