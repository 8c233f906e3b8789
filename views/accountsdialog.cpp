#include "accountsdialog.h"

#include "variablestable.h"

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
#include <QStackedWidget>
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
    auto *groupsLabel = new QLabel(tr("&Groups"));
    m_groups = new QListWidget;
    m_groups->setObjectName(QStringLiteral("groupList"));
    m_groups->setAccessibleName(tr("Account groups"));
    groupsLabel->setBuddy(m_groups);
    auto *addGroup = new QPushButton(tr("New &Group"));
    m_removeGroup = new QPushButton(tr("Remove Gro&up"));
    left->addWidget(groupsLabel);
    left->addWidget(m_groups);
    left->addWidget(addGroup);
    left->addWidget(m_removeGroup);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    m_pages = new QStackedWidget;
    auto *accountPage = new QWidget;
    auto *accountLayout = new QVBoxLayout(accountPage);
    accountLayout->setContentsMargins(0, 0, 0, 0);
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
    accountLayout->addLayout(form);
    m_accountVariables = new VariablesTable;
    m_accountVariables->setObjectName(QStringLiteral("accountVariables"));
    m_accountVariables->setAccessibleName(tr("Variables of this account"));
    auto *accountVariablesLabel = new QLabel(tr("&Variables of this account (they win over its "
                                                "group's):"));
    accountVariablesLabel->setWordWrap(true);
    accountVariablesLabel->setBuddy(m_accountVariables);
    accountLayout->addWidget(accountVariablesLabel);
    accountLayout->addWidget(m_accountVariables, 1);
    m_groupHint = new QLabel;
    m_groupHint->setObjectName(QStringLiteral("groupHint"));
    m_groupHint->setWordWrap(true);
    accountLayout->addWidget(m_groupHint);
    m_pages->addWidget(accountPage);

    auto *groupPage = new QWidget;
    auto *groupLayout = new QVBoxLayout(groupPage);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupForm = new QFormLayout;
    m_groupName = new QLineEdit;
    m_groupName->setObjectName(QStringLiteral("groupName"));
    groupForm->addRow(tr("Group &name:"), m_groupName);
    groupLayout->addLayout(groupForm);
    m_members = new QListWidget;
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_members->setAccessibleName(tr("Accounts of the group"));
    auto *membersLabel = new QLabel(tr("A&ccounts of the group (one menu, filled in for each):"));
    membersLabel->setWordWrap(true);
    membersLabel->setBuddy(m_members);
    groupLayout->addWidget(membersLabel);
    groupLayout->addWidget(m_members, 1);
    m_groupVariables = new VariablesTable;
    m_groupVariables->setObjectName(QStringLiteral("groupVariables"));
    m_groupVariables->setAccessibleName(tr("Variables of the group"));
    auto *groupVariablesLabel = new QLabel(tr("V&ariables of the group (for each of its accounts "
                                              "that does not set its own):"));
    groupVariablesLabel->setWordWrap(true);
    groupVariablesLabel->setBuddy(m_groupVariables);
    groupLayout->addWidget(groupVariablesLabel);
    groupLayout->addWidget(m_groupVariables, 1);
    m_pages->addWidget(groupPage);
    right->addWidget(m_pages, 1);
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
    layout->addLayout(right, 2);

    connect(add, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        showAccount(QString());
        m_name->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_pages->currentIndex() == 1)
            saveGroupForm();
        else
            saveForm();
    });
    connect(addGroup, &QPushButton::clicked, this, &AccountsDialog::newGroup);
    connect(m_removeGroup, &QPushButton::clicked, this, &AccountsDialog::removeSelectedGroup);
    connect(m_groups, &QListWidget::currentItemChanged, this, [this](const QListWidgetItem *item) {
        if (item)
            showGroup(item->text());
    });
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_credential, &QComboBox::currentIndexChanged, this, &AccountsDialog::updateFields);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](const QListWidgetItem *item) {
        showAccount(item ? item->data(Qt::UserRole).toString() : QString());
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](const QListWidgetItem *item) {
        if (m_pages->currentIndex() != 0)
            showAccount(item->data(Qt::UserRole).toString());
    });
    refreshList();
    refreshGroups();
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
    m_test->setEnabled(account != nullptr);
    m_pages->setCurrentIndex(0);
    m_save->setText(tr("&Save"));
    {
        const QSignalBlocker blocker(m_groups);
        m_groups->setCurrentRow(-1);
        m_groups->clearSelection();
    }
    // The Sandbox may be in a group too: its variables are kept like any account's.
    m_accountVariables->setVariables(account ? m_accounts->list().variables(shown.name)
                                             : QMap<QString, QString>());
    m_accountVariables->setEnabled(account != nullptr || !sandbox);
    updateGroupHint();
    m_save->setEnabled(!sandbox || account != nullptr);
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
    const Account *shownAccount =
        m_list->currentItem()
            ? m_accounts->list().find(m_list->currentItem()->data(Qt::UserRole).toString())
            : nullptr;
    if (shownAccount && shownAccount->isSandbox() &&
        m_name->text().trimmed() == shownAccount->displayName()) {
        // Only its variables change.
        m_accounts->saveGroups(m_accounts->list().groups(),
                               variablesWith(shownAccount->name, m_accountVariables->variables()));
        m_status->setText(tr("Saved."));
        return true;
    }
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
    const QMap<QString, QString> variables = m_accountVariables->variables();
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
    // The account is in the list now: its variables go with it.
    m_accounts->saveGroups(m_accounts->list().groups(), variablesWith(account.name, variables));
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

QHash<QString, QMap<QString, QString>>
AccountsDialog::variablesWith(const QString &account, const QMap<QString, QString> &variables) const
{
    QHash<QString, QMap<QString, QString>> all;
    for (const Account &saved : m_accounts->list().accounts())
        all.insert(saved.name, m_accounts->list().variables(saved.name));
    all.insert(account, variables);
    return all;
}

void AccountsDialog::updateGroupHint()
{
    const QString account =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    QStringList lines;
    for (const AccountGroup &group : m_accounts->list().groupsOf(account)) {
        QStringList values;
        for (auto it = group.variables.constBegin(); it != group.variables.constEnd(); ++it)
            values.append(QStringLiteral("%1 = %2").arg(it.key(), it.value()));
        lines.append(values.isEmpty() ? tr("In group %1, which sets no variables.").arg(group.name)
                                      : tr("In group %1, which sets: %2")
                                            .arg(group.name, values.join(QStringLiteral("; "))));
    }
    m_groupHint->setText(lines.join(QLatin1Char('\n')));
}

void AccountsDialog::refreshGroups()
{
    const QString current = m_groups->currentItem() ? m_groups->currentItem()->text() : QString();
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (const AccountGroup &group : m_accounts->list().groups()) {
        auto *item = new QListWidgetItem(group.name, m_groups);
        if (group.name == current && m_pages->currentIndex() == 1)
            m_groups->setCurrentItem(item);
    }
    m_removeGroup->setEnabled(m_groups->currentItem() != nullptr);
}

void AccountsDialog::newGroup()
{
    {
        const QSignalBlocker blocker(m_groups);
        m_groups->setCurrentRow(-1);
        m_groups->clearSelection();
    }
    showGroup(QString());
    m_groupName->setFocus();
}

void AccountsDialog::showGroup(const QString &name)
{
    const AccountGroup *group = name.isEmpty() ? nullptr : m_accounts->list().findGroup(name);
    m_editingGroup = group ? group->name : QString();
    m_pages->setCurrentIndex(1);
    m_save->setText(tr("&Save Group"));
    m_save->setEnabled(true);
    m_test->setEnabled(false);
    m_remove->setEnabled(false);
    m_removeGroup->setEnabled(group != nullptr);
    m_groupName->setText(m_editingGroup);
    m_members->clear();
    for (const Account &account : m_accounts->list().accounts()) {
        auto *item = new QListWidgetItem(account.displayName(), m_members);
        item->setData(Qt::UserRole, account.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(group && group->accounts.contains(account.name) ? Qt::Checked
                                                                            : Qt::Unchecked);
    }
    m_groupVariables->setVariables(group ? group->variables : QMap<QString, QString>());
    m_status->setText(group ? QString()
                            : tr("Name the group, tick its accounts and set the variables they "
                                 "share."));
}

bool AccountsDialog::saveGroupForm()
{
    AccountGroup group;
    group.name = m_groupName->text().trimmed();
    for (int row = 0; row < m_members->count(); ++row) {
        if (m_members->item(row)->checkState() == Qt::Checked)
            group.accounts.append(m_members->item(row)->data(Qt::UserRole).toString());
    }
    group.variables = m_groupVariables->variables();
    QList<AccountGroup> groups = m_accounts->list().groups();
    if (group.name.isEmpty()) {
        m_status->setText(tr("Give the group a name."));
        return false;
    }
    int at = -1;
    for (int i = 0; i < groups.size(); ++i) {
        if (groups.at(i).name == group.name && group.name != m_editingGroup) {
            m_status->setText(tr("There is a group called \"%1\" already.").arg(group.name));
            return false;
        }
        if (groups.at(i).name == m_editingGroup)
            at = i;
    }
    if (at >= 0)
        groups[at] = group;
    else
        groups.append(group);
    m_accounts->saveGroups(groups, variablesWith(QString(), {}));
    m_editingGroup = group.name;
    refreshGroups();
    for (int row = 0; row < m_groups->count(); ++row) {
        if (m_groups->item(row)->text() == group.name) {
            const QSignalBlocker blocker(m_groups);
            m_groups->setCurrentRow(row);
        }
    }
    m_removeGroup->setEnabled(true);
    m_status->setText(
        tr("Saved group %1 (%n account(s)).", nullptr, int(group.accounts.size())).arg(group.name));
    return true;
}

void AccountsDialog::removeSelectedGroup()
{
    if (!m_groups->currentItem())
        return;
    const QString name = m_groups->currentItem()->text();
    QList<AccountGroup> groups = m_accounts->list().groups();
    groups.removeIf([&name](const AccountGroup &group) { return group.name == name; });
    m_accounts->saveGroups(groups, variablesWith(QString(), {}));
    refreshGroups();
    if (m_list->currentItem())
        showAccount(m_list->currentItem()->data(Qt::UserRole).toString());
    m_status->setText(tr("Removed group %1; its accounts stay.").arg(name));
}
