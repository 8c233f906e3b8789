#include "accountlist.h"

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
