#pragma once

#include "tokenprovider.h"

#include <QPointer>
#include <QUrl>

class ApiTransport;

/// Tokens from a company token service: a URL answering {"access_token":..,"expires_in":..}.
class ServiceTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    ServiceTokenProvider(ApiTransport *transport, const QUrl &serviceUrl,
                         QObject *parent = nullptr);

    void token(bool renew, Callback done) override;

private:
    QPointer<ApiTransport> m_transport;
    QUrl m_url;
    QString m_token;
};
