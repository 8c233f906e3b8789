#include "appsecrettokenprovider.h"

#include "apirequests.h"
#include "apitransport.h"

#include <QPointer>
#include <logredactor.h>

#include <QDateTime>

namespace {
constexpr qint64 kRenewEarlyMs = 5 * 60 * 1000; // a token is not used in its last minutes
}

AppSecretTokenProvider::AppSecretTokenProvider(ApiTransport *transport, const QUrl &base,
                                               const QString &appId, const QString &secret,
                                               Endpoint endpoint, QObject *parent)
    : TokenProvider(parent)
    , m_transport(transport)
    , m_base(base)
    , m_appId(appId)
    , m_secret(secret)
    , m_endpoint(endpoint)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    LogRedactor::addSecret(secret);
}

void AppSecretTokenProvider::token(bool renew, Callback done)
{
    if (renew)
        m_token.clear();
    if (!m_token.isEmpty() && m_clock() < m_expiresAt) {
        done(m_token, {});
        return;
    }
    ++m_requests;
    const auto received = [this, self = QPointer<AppSecretTokenProvider>(this),
                           done](const ApiResult &result) {
        if (!self)
            return;
        const QString token = result.json.value(QStringLiteral("access_token")).toString();
        if (!result.ok() || token.isEmpty()) {
            ApiResult failure = result;
            if (failure.ok())
                failure.kind = ApiResult::Kind::HttpError; // 200 without a token
            done({}, failure);
            return;
        }
        LogRedactor::addSecret(token);
        const qint64 lifetime =
            result.json.value(QStringLiteral("expires_in")).toInteger(7200) * 1000;
        m_token = token;
        m_expiresAt = m_clock() + qMax<qint64>(lifetime - kRenewEarlyMs, lifetime / 2);
        done(m_token, {});
    };
    // Never force_refresh on our own: that would cut off every other user of the token.
    if (m_endpoint == Endpoint::StableToken) {
        m_transport->post(ApiRequests::endpointUrl(m_base, QStringLiteral("stable_token")),
                          ApiRequests::stableTokenBody(m_appId, m_secret, false), received);
    } else {
        m_transport->get(ApiRequests::tokenUrl(m_base, m_appId, m_secret), received);
    }
}
