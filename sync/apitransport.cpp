#include "apitransport.h"

#include "apirequests.h"

#include <logredactor.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

ApiTransport::ApiTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void ApiTransport::get(const QUrl &url, Callback done)
{
    send(url, "GET", {}, std::move(done));
}

void ApiTransport::post(const QUrl &url, const QByteArray &body, Callback done)
{
    send(url, "POST", body, std::move(done));
}

void ApiTransport::send(const QUrl &url, const QByteArray &method, const QByteArray &body,
                        Callback done)
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
    QNetworkReply *reply =
        method == "POST" ? m_network->post(request, body) : m_network->get(request);

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    reply->setProperty("wemenuTimedOut", false);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("wemenuTimedOut", true);
        reply->abort();
    });
    deadline->start(m_deadlineMs);

    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const bool timedOut = reply->property("wemenuTimedOut").toBool() ||
                              reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        ApiResult result;
        if (timedOut) {
            result.kind = ApiResult::Kind::Timeout;
        } else if (status.isValid()) {
            result = ApiRequests::parseReply(status.toInt(), reply->readAll());
        } else {
            result.kind = ApiResult::Kind::NetworkError;
        }
        if (!result.ok() && result.detail.isEmpty() && reply->error() != QNetworkReply::NoError)
            result.detail = LogRedactor::redact(reply->errorString()); // it names the URL
        done(result);
    });
}
