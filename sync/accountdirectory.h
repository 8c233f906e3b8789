#pragma once

#include <accountlist.h>

#include <QObject>

#include <functional>

class AccountSession;

/**
 * What the editor's dialogs need of the accounts: the saved list, the current account, saving
 * and removing one (its secret included), and a session with the current account. The editor
 * implements it with the system keychain and the built-in Sandbox; tests may with fakes.
 */
class AccountDirectory : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QString &error)>;
    using SessionCallback = std::function<void(AccountSession *session, const QString &error)>;

    using QObject::QObject;

    virtual const AccountList &list() const = 0;
    /// The account in use; there is always one (the built-in Sandbox at least).
    virtual const Account &current() const = 0;
    virtual void setCurrent(const QString &name) = 0;

    /// Saves `account` and its `secret` (empty: keep the stored one); `done` gets a warning
    /// when the secret could not be stored for good.
    virtual void save(const Account &account, const QString &secret,
                      std::function<void(const QString &warning)> done) = 0;
    /// Removes the account and its secret.
    virtual void remove(const QString &name, Callback done) = 0;
    /// Saves the account groups and the `${variables}` each account sets itself, by account
    /// name (an account left out sets none). Settings only: never a secret.
    virtual void saveGroups(const QList<AccountGroup> &groups,
                            const QHash<QString, AccountList::Variables> &accountVariables) = 0;

    /// The current account's session, opened on first use; null with `error` set when it
    /// cannot be. The session belongs to the directory and may go when the account changes.
    virtual void openSession(SessionCallback done) = 0;

signals:
    void currentChanged(const QString &name);
    void listChanged();
};
