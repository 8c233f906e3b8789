#include "servicetokenprovider.h"

#include "apitransport.h"

#include <QPointer>
#include <logredactor.h>

ServiceTokenProvider::ServiceTokenProvider(ApiTransport *transport, const QUrl &serviceUrl,
                                           QObject *parent)
    : TokenProvider(parent)
    , m_transport(transport)
    , m_url(serviceUrl)
{}

void ServiceTokenProvider::token(bool renew, Callback done)
{
    if (!renew && !m_token.isEmpty()) {
        done(m_token, {});
        return;
    }
    ++m_requests;
    m_transport->get(
        m_url, [this, self = QPointer<ServiceTokenProvider>(this), done](const ApiResult &result) {
            if (!self)
                return;
            const QString token = result.json.value(QStringLiteral("access_token")).toString();
            if (!result.ok() || token.isEmpty()) {
                ApiResult failure = result;
                if (failure.ok())
                    failure.kind = ApiResult::Kind::HttpError;
                done({}, failure);
                return;
            }
            LogRedactor::addSecret(token);
            m_token = token;
            done(m_token, {});
        });
}
