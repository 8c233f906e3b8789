#pragma once

#include "account.h"
#include "accountgroup.h"

#include <QHash>
#include <QList>
#include <QMap>

class QSettings;

/**
 * The saved accounts, in the settings (never their secrets), with the built-in Sandbox first;
 * their groups and the `${variables}` set on each group and each account.
 */
class AccountList
{
public:
    /// Reads the accounts; a fresh install has only the Sandbox account, selected.
    static AccountList load(QSettings &settings);
    void save(QSettings &settings) const;

    const QList<Account> &accounts() const { return m_accounts; }
    const Account *find(const QString &name) const;
    /// Adds or replaces the account with the same name; the Sandbox account cannot change.
    bool put(const Account &account);
    bool remove(const QString &name);

    QString selected() const { return m_selected; }
    void setSelected(const QString &name);

    using Variables = QMap<QString, QString>;
    const QList<AccountGroup> &groups() const { return m_groups; }
    const AccountGroup *findGroup(const QString &name) const;
    /// The groups `account` belongs to, in order.
    QList<AccountGroup> groupsOf(const QString &account) const;
    /// Replaces the groups; accounts that are not saved are left out of them.
    void setGroups(const QList<AccountGroup> &groups);
    /// The variables `account` sets itself (not its group's).
    Variables variables(const QString &account) const { return m_variables.value(account); }
    void setVariables(const QString &account, const Variables &variables);
    /// The variables `account` uses as a member of `group` (VariableScope::resolve()).
    Variables resolvedVariables(const QString &group, const QString &account) const;

private:
    QList<Account> m_accounts;
    QString m_selected;
    QList<AccountGroup> m_groups;
    QHash<QString, Variables> m_variables; ///< account -> the variables it sets itself
};
