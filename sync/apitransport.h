#pragma once

#include "apiresult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

/**
 * Sends one request and reports one result. Every call has an overall deadline and a transfer
 * timeout; redirects are not followed; TLS errors are never ignored; plain http is refused
 * unless it goes to loopback; an answer larger than maxReplyBytes() is cut off while it is
 * read. Nothing it reports carries the access token or a secret.
 */
class ApiTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;

    explicit ApiTransport(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int deadline() const { return m_deadlineMs; }
    /// The largest answer read (8 MB by default, far more than any menu).
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    qint64 maxReplyBytes() const { return m_maxReplyBytes; }

    void get(const QUrl &url, Callback done);
    void post(const QUrl &url, const QByteArray &body, Callback done);

    static constexpr qint64 kDefaultMaxReplyBytes = 8 * 1024 * 1024;

private:
    void send(const QUrl &url, const QByteArray &method, const QByteArray &body, Callback done);

    QPointer<QNetworkAccessManager> m_network;
    int m_deadlineMs = 30000;
    int m_transferTimeoutMs = 15000;
    qint64 m_maxReplyBytes = kDefaultMaxReplyBytes;
};
