#pragma once

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

    static QString sandboxName() { return QStringLiteral("Sandbox"); }
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
