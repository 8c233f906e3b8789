#pragma once

#include <QNetworkProxyFactory>

/// The system proxy for every host but loopback, which never goes through a proxy.
class LoopbackProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};
