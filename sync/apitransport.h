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
 *
 * getOnce() and postOnce() are for calls that change the account: the request goes out at
 * most once (design.md, "Exactly once"). Its body is a sequential device that cannot be
 * rewound, sent unbuffered with an explicit Content-Length over HTTP/1.1, so Qt cannot resend
 * it after the connection ends; an end of connection after it went out is reported as
 * ApiResult::Kind::LostReply.
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
    /// A GET that is never sent a second time (menu/delete).
    void getOnce(const QUrl &url, Callback done);
    /// A POST that is never sent a second time (menu/create, addconditional, delconditional).
    void postOnce(const QUrl &url, const QByteArray &body, Callback done);

    static constexpr qint64 kDefaultMaxReplyBytes = 8 * 1024 * 1024;

private:
    void send(const QUrl &url, const QByteArray &method, const QByteArray &body, bool once,
              Callback done);

    QPointer<QNetworkAccessManager> m_network;
    int m_deadlineMs = 30000;
    int m_transferTimeoutMs = 15000;
    qint64 m_maxReplyBytes = kDefaultMaxReplyBytes;
};
