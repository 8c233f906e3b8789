#pragma once

#include "account.h"

#include <QList>

class QSettings;

/// The saved accounts, in the settings (never their secrets), with the built-in Sandbox first.
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

private:
    QList<Account> m_accounts;
    QString m_selected;
};
