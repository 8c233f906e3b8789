#include "apitransport.h"

#include "apirequests.h"
#include "oneshotbody.h"

#include <logredactor.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

ApiTransport::ApiTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

namespace {

/// True when the request may have reached the server before the connection failed.
bool mayHaveBeenSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return false;
    default:
        return true;
    }
}

} // namespace

void ApiTransport::get(const QUrl &url, Callback done)
{
    send(url, "GET", {}, false, std::move(done));
}

void ApiTransport::post(const QUrl &url, const QByteArray &body, Callback done)
{
    send(url, "POST", body, false, std::move(done));
}

void ApiTransport::getOnce(const QUrl &url, Callback done)
{
    send(url, "GET", {}, true, std::move(done));
}

void ApiTransport::postOnce(const QUrl &url, const QByteArray &body, Callback done)
{
    send(url, "POST", body, true, std::move(done));
}

void ApiTransport::send(const QUrl &url, const QByteArray &method, const QByteArray &body,
                        bool once, Callback done)
{
    QString why;
    if (!m_network || !ApiRequests::isAllowedUrl(url, &why)) {
        const ApiResult refused = ApiResult::refused(why);
        QTimer::singleShot(0, this, [done, refused] { done(refused); });
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
    QNetworkReply *reply = nullptr;
    if (once) {
        // Qt resends a request after an unexpected end of connection when it can rewind the
        // body; this body cannot be rewound, so the call goes out exactly once.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(body.size()));
        auto *device = new OneShotBody(body);
        reply = m_network->sendCustomRequest(request, method, device);
        device->setParent(reply);
    } else {
        reply = method == "POST" ? m_network->post(request, body) : m_network->get(request);
    }

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    reply->setProperty("wemenuTimedOut", false);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("wemenuTimedOut", true);
        reply->abort();
    });
    deadline->start(m_deadlineMs);

    // The answer is read as it arrives, never past the limit: memory stays bounded.
    const qint64 limit = m_maxReplyBytes;
    auto received = std::make_shared<QByteArray>();
    reply->setReadBufferSize(qMin<qint64>(limit + 1, 256 * 1024));
    const auto cutOff = [reply, received] {
        reply->setProperty("wemenuTooLarge", true);
        received->clear();
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, limit, cutOff] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit)
            cutOff();
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, limit, received, cutOff] {
        if (reply->property("wemenuTooLarge").toBool())
            return;
        received->append(reply->read(limit + 1 - received->size()));
        if (received->size() > limit)
            cutOff();
    });

    connect(reply, &QNetworkReply::finished, this, [reply, done, limit, received] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();
        const bool tooLarge = reply->property("wemenuTooLarge").toBool();
        const bool timedOut = !tooLarge && (reply->property("wemenuTimedOut").toBool() ||
                                            error == QNetworkReply::OperationCanceledError ||
                                            error == QNetworkReply::TimeoutError);
        if (!tooLarge && !timedOut)
            received->append(reply->read(limit + 1 - received->size()));
        ApiResult result;
        if (tooLarge || received->size() > limit) {
            result.kind = ApiResult::Kind::TooLarge;
            result.detail =
                tr("The server's answer is larger than %1 MB, far more than any menu; WeMenu "
                   "stopped reading it. Check the account's API address.")
                    .arg(limit / (1024 * 1024));
            if (status.isValid())
                result.httpStatus = status.toInt();
        } else if (timedOut) {
            result.kind = ApiResult::Kind::Timeout;
        } else if (error == QNetworkReply::RemoteHostClosedError ||
                   error == QNetworkReply::ContentReSendError) {
            result.kind = ApiResult::Kind::LostReply; // it may have run: nobody knows
        } else if (status.isValid()) {
            result = ApiRequests::parseReply(status.toInt(), *received);
        } else {
            result.kind =
                mayHaveBeenSent(error) ? ApiResult::Kind::LostReply : ApiResult::Kind::NetworkError;
        }
        if (!result.ok() && result.detail.isEmpty() && error != QNetworkReply::NoError)
            result.detail = LogRedactor::redact(reply->errorString()); // it names the URL
        done(result);
    });
}
