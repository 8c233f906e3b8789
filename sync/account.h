#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/**
 * A WeChat account the editor talks to. Its secret (AppSecret or given token) is never part
 * of it: that lives in a SecretStore under secretKey().
 */
struct Account
{
    enum class Credential {
        AppSecret,    ///< AppID + AppSecret, tokens through stable_token (or /cgi-bin/token)
        TokenService, ///< a company token service URL
        GivenToken,   ///< an access token or authorizer_access_token pasted by the user
        Sandbox,      ///< the built-in local emulator
    };

    QString name;
    QString appId;
    QUrl apiBase = QUrl(QStringLiteral("https://api.weixin.qq.com"));
    Credential credential = Credential::AppSecret;
    bool ordinaryTokenEndpoint = false; ///< /cgi-bin/token instead of stable_token
    QUrl tokenServiceUrl;

    /// The built-in Sandbox's stored name (its id in settings, history and the keychain).
    static QString sandboxName() { return QStringLiteral("Sandbox"); }
    /// The name shown to people: the Sandbox's in the user's language ("练习账号"), any other
    /// account's as it was saved.
    QString displayName() const { return name == sandboxName() ? sandboxDisplayName() : name; }
    /// "Sandbox" in the user's language.
    static QString sandboxDisplayName()
    {
        return QCoreApplication::translate("Account", "Sandbox");
    }
    bool isSandbox() const { return credential == Credential::Sandbox; }
    bool needsSecret() const
    {
        return credential == Credential::AppSecret || credential == Credential::GivenToken;
    }
    /// The key of the account's secret in the keychain.
    QString secretKey() const { return QStringLiteral("account/") + name; }

    friend bool operator==(const Account &a, const Account &b)
    {
        return a.name == b.name && a.appId == b.appId && a.apiBase == b.apiBase &&
               a.credential == b.credential && a.ordinaryTokenEndpoint == b.ordinaryTokenEndpoint &&
               a.tokenServiceUrl == b.tokenServiceUrl;
    }
};
