#pragma once

#include <QDialog>
#include <QPointer>

struct Account;
class AccountDirectory;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// Add, edit, test and remove accounts. Secrets go to the system keychain, never to a file.
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

    /// Saves the form as an account; false (with the reason shown) when it is incomplete.
    bool saveForm();
    bool keepsSecret(const Account &account) const;
    /// Gets a token for the selected account, to check its settings.
    void testSelected();
    void removeSelected();

signals:
    void testFinished(bool ok);

private:
    void refreshList();
    void showAccount(const QString &name);
    void updateFields();

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
};
