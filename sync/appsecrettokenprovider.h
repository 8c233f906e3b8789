#pragma once

#include "tokenprovider.h"

#include <QPointer>
#include <QUrl>

#include <functional>

class ApiTransport;

/**
 * Tokens from the AppID and AppSecret. By default through /cgi-bin/stable_token with
 * force_refresh false, which hands out the token that is already valid: a new ordinary token
 * from /cgi-bin/token would break the company's own server about five minutes later, so that
 * endpoint is used only when the user chooses it.
 */
class AppSecretTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    enum class Endpoint { StableToken, Token };

    AppSecretTokenProvider(ApiTransport *transport, const QUrl &base, const QString &appId,
                           const QString &secret, Endpoint endpoint = Endpoint::StableToken,
                           QObject *parent = nullptr);

    /// The clock tokens expire by, in milliseconds since the epoch (tests pass their own).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    void token(bool renew, Callback done) override;
    /// stable_token without force_refresh only reads; /cgi-bin/token makes a new token each time.
    bool fetchIsSafeToRepeat() const override { return m_endpoint == Endpoint::StableToken; }

private:
    QPointer<ApiTransport> m_transport;
    QUrl m_base;
    QString m_appId;
    QString m_secret;
    Endpoint m_endpoint;
    QString m_token;
    qint64 m_expiresAt = 0;
    std::function<qint64()> m_clock;
};
