#pragma once

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QPointer>

struct Account;
class AccountDirectory;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class VariablesTable;

/**
 * Add, edit, test and remove accounts. Secrets go to the system keychain, never to a file.
 * Also the account groups (a group gets one menu filled in per account) and the `${variables}`
 * of each group and each account: a group's value applies to its accounts unless an account
 * sets its own.
 */
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(AccountDirectory *accounts, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *appIdEdit() const { return m_appId; }
    QLineEdit *apiBaseEdit() const { return m_apiBase; }
    QLineEdit *secretEdit() const { return m_secret; }
    QComboBox *credentialCombo() const { return m_credential; }
    QLabel *status() const { return m_status; }
    /// The variables the account shown sets itself.
    VariablesTable *accountVariables() const { return m_accountVariables; }
    QListWidget *groupList() const { return m_groups; }
    QLineEdit *groupNameEdit() const { return m_groupName; }
    /// The saved accounts, checked when they belong to the group shown.
    QListWidget *groupMembers() const { return m_members; }
    VariablesTable *groupVariables() const { return m_groupVariables; }

    /// Saves the form as an account; false (with the reason shown) when it is incomplete.
    bool saveForm();
    bool keepsSecret(const Account &account) const;
    /// Gets a token for the selected account, to check its settings.
    void testSelected();
    void removeSelected();
    /// Starts a new group in the form.
    void newGroup();
    /// Saves the group form (name, accounts, variables); false (with the reason shown) when
    /// it has no name or the name belongs to another group.
    bool saveGroupForm();
    void removeSelectedGroup();

signals:
    void testFinished(bool ok);

private:
    void refreshList();
    void showAccount(const QString &name);
    void updateFields();
    void refreshGroups();
    void showGroup(const QString &name);
    /// The variables every account sets, with `account`'s replaced by `variables`.
    QHash<QString, QMap<QString, QString>>
    variablesWith(const QString &account, const QMap<QString, QString> &variables) const;
    void updateGroupHint();

    QPointer<AccountDirectory> m_accounts;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_appId;
    QLineEdit *m_apiBase;
    QComboBox *m_credential;
    QLineEdit *m_secret;
    QCheckBox *m_ordinaryToken;
    QLineEdit *m_tokenService;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_test;
    QStackedWidget *m_pages;
    VariablesTable *m_accountVariables;
    QLabel *m_groupHint;
    QListWidget *m_groups;
    QPushButton *m_removeGroup;
    QLineEdit *m_groupName;
    QListWidget *m_members;
    VariablesTable *m_groupVariables;
    QString m_editingGroup; ///< the saved name of the group in the form, empty for a new one
};
