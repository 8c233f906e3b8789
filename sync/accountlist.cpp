#include "accountlist.h"

#include <variablescope.h>

#include <QSettings>

namespace {

Account sandboxAccount()
{
    Account account;
    account.name = Account::sandboxName();
    account.appId = QStringLiteral("wxsandbox000000000");
    account.apiBase = QUrl();
    account.credential = Account::Credential::Sandbox;
    return account;
}

QString credentialName(Account::Credential credential)
{
    switch (credential) {
    case Account::Credential::AppSecret:
        return QStringLiteral("appsecret");
    case Account::Credential::TokenService:
        return QStringLiteral("token-service");
    case Account::Credential::GivenToken:
        return QStringLiteral("given-token");
    case Account::Credential::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

Account::Credential credentialFrom(const QString &name)
{
    if (name == QLatin1String("token-service"))
        return Account::Credential::TokenService;
    if (name == QLatin1String("given-token"))
        return Account::Credential::GivenToken;
    return Account::Credential::AppSecret;
}

QVariantMap toMap(const QMap<QString, QString> &variables)
{
    QVariantMap map;
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

QMap<QString, QString> fromMap(const QVariantMap &map)
{
    QMap<QString, QString> variables;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isEmpty())
            variables.insert(it.key(), it.value().toString());
    }
    return variables;
}

} // namespace

AccountList AccountList::load(QSettings &settings)
{
    AccountList list;
    list.m_accounts.append(sandboxAccount());
    const int count = settings.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.name = settings.value(QStringLiteral("name")).toString();
        account.appId = settings.value(QStringLiteral("appid")).toString();
        account.apiBase = settings.value(QStringLiteral("apiBase")).toUrl();
        account.credential =
            credentialFrom(settings.value(QStringLiteral("credential")).toString());
        account.ordinaryTokenEndpoint = settings.value(QStringLiteral("ordinaryToken")).toBool();
        account.tokenServiceUrl = settings.value(QStringLiteral("tokenService")).toUrl();
        if (!account.name.isEmpty() && account.name != Account::sandboxName())
            list.m_accounts.append(account);
    }
    settings.endArray();
    const int variableCount = settings.beginReadArray(QStringLiteral("accountVariables"));
    for (int i = 0; i < variableCount; ++i) {
        settings.setArrayIndex(i);
        list.setVariables(settings.value(QStringLiteral("account")).toString(),
                          fromMap(settings.value(QStringLiteral("variables")).toMap()));
    }
    settings.endArray();
    QList<AccountGroup> groups;
    const int groupCount = settings.beginReadArray(QStringLiteral("accountGroups"));
    for (int i = 0; i < groupCount; ++i) {
        settings.setArrayIndex(i);
        AccountGroup group;
        group.name = settings.value(QStringLiteral("name")).toString();
        group.accounts = settings.value(QStringLiteral("accounts")).toStringList();
        group.variables = fromMap(settings.value(QStringLiteral("variables")).toMap());
        groups.append(group);
    }
    settings.endArray();
    list.setGroups(groups);
    list.setSelected(
        settings.value(QStringLiteral("selectedAccount"), Account::sandboxName()).toString());
    return list;
}

void AccountList::save(QSettings &settings) const
{
    settings.remove(QStringLiteral("accounts"));
    settings.beginWriteArray(QStringLiteral("accounts"));
    int index = 0;
    for (const Account &account : m_accounts) {
        if (account.isSandbox())
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("name"), account.name);
        settings.setValue(QStringLiteral("appid"), account.appId);
        settings.setValue(QStringLiteral("apiBase"), account.apiBase);
        settings.setValue(QStringLiteral("credential"), credentialName(account.credential));
        settings.setValue(QStringLiteral("ordinaryToken"), account.ordinaryTokenEndpoint);
        settings.setValue(QStringLiteral("tokenService"), account.tokenServiceUrl);
    }
    settings.endArray();
    settings.remove(QStringLiteral("accountVariables"));
    settings.beginWriteArray(QStringLiteral("accountVariables"));
    index = 0;
    for (const Account &account : m_accounts) {
        const Variables variables = m_variables.value(account.name);
        if (variables.isEmpty())
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("account"), account.name);
        settings.setValue(QStringLiteral("variables"), toMap(variables));
    }
    settings.endArray();
    settings.remove(QStringLiteral("accountGroups"));
    settings.beginWriteArray(QStringLiteral("accountGroups"));
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        settings.setArrayIndex(int(i));
        settings.setValue(QStringLiteral("name"), m_groups.at(i).name);
        settings.setValue(QStringLiteral("accounts"), m_groups.at(i).accounts);
        settings.setValue(QStringLiteral("variables"), toMap(m_groups.at(i).variables));
    }
    settings.endArray();
    settings.setValue(QStringLiteral("selectedAccount"), m_selected);
}

const Account *AccountList::find(const QString &name) const
{
    for (const Account &account : m_accounts) {
        if (account.name == name)
            return &account;
    }
    return nullptr;
}

bool AccountList::put(const Account &account)
{
    if (account.name.isEmpty() || account.name == Account::sandboxName() || account.isSandbox())
        return false;
    for (Account &existing : m_accounts) {
        if (existing.name == account.name) {
            existing = account;
            return true;
        }
    }
    m_accounts.append(account);
    return true;
}

bool AccountList::remove(const QString &name)
{
    if (name == Account::sandboxName())
        return false;
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name == name) {
            m_accounts.removeAt(i);
            m_variables.remove(name);
            for (AccountGroup &group : m_groups)
                group.accounts.removeAll(name);
            if (m_selected == name)
                m_selected = Account::sandboxName();
            return true;
        }
    }
    return false;
}

void AccountList::setSelected(const QString &name)
{
    m_selected = find(name) ? name : Account::sandboxName();
}

const AccountGroup *AccountList::findGroup(const QString &name) const
{
    for (const AccountGroup &group : m_groups) {
        if (group.name == name)
            return &group;
    }
    return nullptr;
}

QList<AccountGroup> AccountList::groupsOf(const QString &account) const
{
    QList<AccountGroup> result;
    for (const AccountGroup &group : m_groups) {
        if (group.accounts.contains(account))
            result.append(group);
    }
    return result;
}

void AccountList::setGroups(const QList<AccountGroup> &groups)
{
    const QList<AccountGroup> wanted = groups; // may be groups() itself
    m_groups.clear();
    for (AccountGroup group : wanted) {
        group.name = group.name.trimmed();
        if (group.name.isEmpty() || findGroup(group.name))
            continue;
        QStringList members;
        for (const QString &account : std::as_const(group.accounts)) {
            if (find(account) && !members.contains(account))
                members.append(account);
        }
        group.accounts = members;
        group.variables.remove(QString());
        m_groups.append(group);
    }
}

void AccountList::setVariables(const QString &account, const Variables &variables)
{
    Variables kept = variables;
    kept.remove(QString());
    if (kept.isEmpty() || !find(account))
        m_variables.remove(account);
    else
        m_variables.insert(account, kept);
}

AccountList::Variables AccountList::resolvedVariables(const QString &group,
                                                      const QString &account) const
{
    const AccountGroup *found = findGroup(group);
    return VariableScope::resolve(found ? found->variables : Variables(), variables(account));
}
