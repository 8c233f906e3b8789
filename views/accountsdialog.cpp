#include "accountsdialog.h"

#include <accountdirectory.h>
#include <accountsession.h>
#include <apirequests.h>
#include <errorpolicy.h>
#include <tokenprovider.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AccountsDialog::AccountsDialog(AccountDirectory *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    left->addWidget(m_list);
    auto *add = new QPushButton(tr("&New Account"));
    m_remove = new QPushButton(tr("&Remove"));
    left->addWidget(add);
    left->addWidget(m_remove);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_appId = new QLineEdit;
    m_appId->setPlaceholderText(tr("wx followed by 16 characters"));
    m_apiBase = new QLineEdit;
    m_credential = new QComboBox;
    m_credential->addItem(tr("AppID and AppSecret"), int(Account::Credential::AppSecret));
    m_credential->addItem(tr("Company token service"), int(Account::Credential::TokenService));
    m_credential->addItem(tr("Access token I paste"), int(Account::Credential::GivenToken));
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Stored in the system keychain; leave empty to keep it"));
    m_ordinaryToken = new QCheckBox(tr("Use /cgi-bin/token instead of stable_token"));
    m_ordinaryToken->setToolTip(tr("Not recommended: each new ordinary token stops your company "
                                   "server's token about 5 minutes later."));
    m_tokenService = new QLineEdit;
    m_tokenService->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&AppID:"), m_appId);
    form->addRow(tr("API &address:"), m_apiBase);
    form->addRow(tr("&Credentials:"), m_credential);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(QString(), m_ordinaryToken);
    form->addRow(tr("Token &service:"), m_tokenService);
    right->addLayout(form);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_test = buttons->addButton(tr("&Get a Token Now"), QDialogButtonBox::ActionRole);
    m_test->setToolTip(tr("Checks the settings by asking for a token."));
    buttons->addButton(QDialogButtonBox::Close);
    right->addWidget(buttons);
    right->addStretch();
    layout->addLayout(right, 2);

    connect(add, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        showAccount(QString());
        m_name->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &AccountsDialog::saveForm);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_credential, &QComboBox::currentIndexChanged, this, &AccountsDialog::updateFields);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](const QListWidgetItem *item) {
        showAccount(item ? item->data(Qt::UserRole).toString() : QString());
    });
    refreshList();
}

void AccountsDialog::refreshList()
{
    // Items show the name in the user's language and carry the stored name.
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    const QString wanted = current.isEmpty() ? m_accounts->current().name : current;
    m_list->clear();
    for (const Account &account : m_accounts->list().accounts()) {
        auto *item = new QListWidgetItem(account.displayName(), m_list);
        item->setData(Qt::UserRole, account.name);
        if (account.name == wanted)
            m_list->setCurrentItem(item);
    }
}

void AccountsDialog::showAccount(const QString &name)
{
    const Account *account = name.isEmpty() ? nullptr : m_accounts->list().find(name);
    const Account shown = account ? *account : Account();
    const bool sandbox = shown.isSandbox();
    m_name->setText(shown.displayName());
    m_appId->setText(shown.appId);
    m_apiBase->setText(sandbox ? tr("(on this computer)") : shown.apiBase.toString());
    const int index = m_credential->findData(int(shown.credential));
    m_credential->setCurrentIndex(qMax(0, index));
    m_secret->clear();
    m_ordinaryToken->setChecked(shown.ordinaryTokenEndpoint);
    m_tokenService->setText(shown.tokenServiceUrl.toString());
    for (QWidget *field :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_appId),
          static_cast<QWidget *>(m_apiBase), static_cast<QWidget *>(m_credential),
          static_cast<QWidget *>(m_secret), static_cast<QWidget *>(m_ordinaryToken),
          static_cast<QWidget *>(m_tokenService)}) {
        field->setEnabled(!sandbox);
    }
    m_remove->setEnabled(account && !sandbox);
    m_save->setEnabled(!sandbox);
    m_test->setEnabled(account != nullptr);
    m_status->setText(sandbox ? tr("The built-in Sandbox: a practice account on this computer, "
                                   "with a few tags and followers. Nothing leaves this computer.")
                              : QString());
    updateFields();
}

void AccountsDialog::updateFields()
{
    const auto credential = Account::Credential(m_credential->currentData().toInt());
    const bool editable = m_name->isEnabled();
    m_secret->setEnabled(editable && credential != Account::Credential::TokenService);
    m_ordinaryToken->setEnabled(editable && credential == Account::Credential::AppSecret);
    m_tokenService->setEnabled(editable && credential == Account::Credential::TokenService);
}

bool AccountsDialog::keepsSecret(const Account &account) const
{
    // The stored secret belongs to the saved AppID and kind of credential only.
    const Account *saved = m_accounts->list().find(account.name);
    return saved && saved->credential == account.credential && saved->appId == account.appId;
}

bool AccountsDialog::saveForm()
{
    Account account;
    account.name = m_name->text().trimmed();
    account.appId = m_appId->text().trimmed();
    account.apiBase = QUrl(m_apiBase->text().trimmed());
    account.credential = Account::Credential(m_credential->currentData().toInt());
    account.ordinaryTokenEndpoint = m_ordinaryToken->isChecked();
    account.tokenServiceUrl = QUrl(m_tokenService->text().trimmed());
    QString why;
    if (account.name.isEmpty() || account.name == Account::sandboxName() ||
        account.name == Account::sandboxDisplayName())
        why = tr("Give the account a name (other than \"%1\").").arg(Account::sandboxDisplayName());
    else if (account.credential != Account::Credential::GivenToken && account.appId.isEmpty())
        why = tr("Enter the account's AppID.");
    else if (!ApiRequests::isAllowedUrl(account.apiBase, &why))
        ;
    else if (account.credential == Account::Credential::TokenService &&
             !ApiRequests::isAllowedUrl(account.tokenServiceUrl, &why))
        ;
    else if (account.needsSecret() && m_secret->text().isEmpty() && !keepsSecret(account))
        why = m_accounts->list().find(account.name)
                  ? tr("Enter the secret again: the stored one belongs to the previous AppID "
                       "or kind of credential.")
                  : tr("Enter the secret.");
    if (!why.isEmpty()) {
        m_status->setText(why);
        return false;
    }
    const QString secret = m_secret->text();
    m_secret->clear();
    m_accounts->save(
        account, secret,
        [this, self = QPointer<AccountsDialog>(this), name = account.name](const QString &warning) {
            if (!self)
                return;
            m_status->setText(warning.isEmpty() ? tr("Saved.") : warning);
            refreshList();
            for (int row = 0; row < m_list->count(); ++row) {
                if (m_list->item(row)->data(Qt::UserRole).toString() == name)
                    m_list->setCurrentRow(row);
            }
        });
    return true;
}

void AccountsDialog::testSelected()
{
    if (!m_list->currentItem())
        return;
    m_accounts->setCurrent(m_list->currentItem()->data(Qt::UserRole).toString());
    m_status->setText(tr("Asking for a token…"));
    m_accounts->openSession([this, self = QPointer<AccountsDialog>(this)](AccountSession *session,
                                                                          const QString &error) {
        if (!self)
            return;
        if (!session) {
            m_status->setText(error);
            emit testFinished(false);
            return;
        }
        session->tokens()->token(false, [this, self = QPointer<AccountsDialog>(this)](
                                            const QString &token, const ApiResult &failure) {
            if (!self)
                return;
            // The token itself is never shown.
            m_status->setText(token.isEmpty() ? ErrorPolicy::explain(failure)
                                              : tr("It works: WeChat handed out a token."));
            emit testFinished(!token.isEmpty());
        });
    });
}

void AccountsDialog::removeSelected()
{
    if (!m_list->currentItem())
        return;
    const QString name = m_list->currentItem()->data(Qt::UserRole).toString();
    m_accounts->remove(
        name, [this, self = QPointer<AccountsDialog>(this), name](const QString &error) {
            if (!self)
                return;
            m_status->setText(error.isEmpty() ? tr("Removed %1 and its secret.").arg(name) : error);
            refreshList();
        });
}
