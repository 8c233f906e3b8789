#pragma once

// A small HTTP client for the sandbox tests: real requests over loopback, no proxy, no
// redirects followed, each one waited for with a QSignalSpy (never a sleep).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace SandboxTest {

/// The defaults of design.md ("The sandbox").
inline QString defaultAppId()
{
    return QStringLiteral("wxsandbox000000000");
}
inline QString defaultSecret()
{
    return QStringLiteral("sandbox-secret");
}

/// What one request left behind.
struct HttpReply
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0; ///< HTTP status, 0 when no answer came
    QByteArray contentType;
    QByteArray body;
    QJsonObject json;
    bool isJson = false;

    /// An answer came: HTTP 200 with a JSON object.
    bool answered() const { return finished && status == 200 && isJson; }
    /// A success: an answer with no errcode, or errcode 0.
    bool succeeded() const
    {
        return answered() && error == QNetworkReply::NoError && errcode() == 0;
    }

    /// The errcode, or 0 for a reply without one (a success).
    int errcode() const { return json.value(QStringLiteral("errcode")).toInt(0); }
    bool hasErrcode() const { return json.contains(QStringLiteral("errcode")); }
    QString errmsg() const { return json.value(QStringLiteral("errmsg")).toString(); }

    QString describe() const
    {
        return QStringLiteral("finished %1, status %2, error %3 (%4), body: %5")
            .arg(finished ? QStringLiteral("yes") : QStringLiteral("no"))
            .arg(status)
            .arg(int(error))
            .arg(errorString, QString::fromUtf8(body.left(1500)));
    }
};

/// True when `message` ends with a request id as real servers append it (" rid: ...").
inline bool hasRequestId(const QString &message)
{
    static const QRegularExpression rid(QStringLiteral("^.+ rid: \\S+$"));
    return rid.match(message).hasMatch();
}

/// A reply that is an error with `code`, its errmsg ending in " rid: ...".
#define VERIFY_ERRCODE(reply, code)                                                                \
    do {                                                                                           \
        const SandboxTest::HttpReply &r_ = (reply);                                                \
        QVERIFY2(r_.answered() && r_.hasErrcode(), qPrintable(r_.describe()));                     \
        QCOMPARE(r_.errcode(), (code));                                                            \
        QVERIFY2(SandboxTest::hasRequestId(r_.errmsg()), qPrintable(r_.errmsg()));                 \
    } while (false)

/// A successful reply: HTTP 200, JSON, and errcode 0 when there is one.
#define VERIFY_OK(reply)                                                                           \
    do {                                                                                           \
        const SandboxTest::HttpReply &r_ = (reply);                                                \
        QVERIFY2(r_.succeeded(), qPrintable(r_.describe()));                                       \
    } while (false)

/// Talks HTTP to one sandbox at `baseUrl`.
class Client
{
public:
    Client() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    void setBaseUrl(const QUrl &baseUrl) { m_base = baseUrl; }
    QUrl baseUrl() const { return m_base; }
    QNetworkAccessManager *nam() { return &m_nam; }

    /// Sends one request and waits for its end (at most `waitMs`). A transfer timeout, when
    /// set, ends a request that gets no answer with an error.
    HttpReply send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                   const QByteArray &body = {}, int transferTimeoutMs = 0, int waitMs = 15000)
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        QNetworkReply *reply = nullptr;
        if (method == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/json; charset=utf-8"));
            reply = m_nam.post(request, body);
        } else {
            reply = m_nam.get(request);
        }
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(waitMs);

        HttpReply result;
        result.finished = reply->isFinished();
        if (!result.finished)
            reply->abort();
        result.error = reply->error();
        result.errorString = reply->errorString();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->rawHeader("Content-Type");
        if (reply->isOpen())
            result.body = reply->readAll();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
        result.isJson = parseError.error == QJsonParseError::NoError && document.isObject();
        result.json = document.object();
        delete reply;
        return result;
    }

    HttpReply get(const QString &path, const QUrlQuery &query = {})
    {
        return send("GET", path, query);
    }

    /// An API call: GET without a body, POST with one.
    HttpReply call(const QString &endpoint, const QString &token, const QByteArray &body = {})
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), token);
        const QString path = QStringLiteral("/cgi-bin/") + endpoint;
        return body.isNull() ? send("GET", path, query) : send("POST", path, query, body);
    }

    HttpReply token(const QString &appId = defaultAppId(), const QString &secret = defaultSecret())
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credential"));
        query.addQueryItem(QStringLiteral("appid"), appId);
        query.addQueryItem(QStringLiteral("secret"), secret);
        return send("GET", QStringLiteral("/cgi-bin/token"), query);
    }

    HttpReply stableToken(bool forceRefresh = false, const QString &appId = defaultAppId(),
                          const QString &secret = defaultSecret())
    {
        const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("client_credential")},
                               {QStringLiteral("appid"), appId},
                               {QStringLiteral("secret"), secret},
                               {QStringLiteral("force_refresh"), forceRefresh}};
        return send("POST", QStringLiteral("/cgi-bin/stable_token"), {},
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    /// A fresh /cgi-bin/token token with the default credentials; empty on failure.
    QString newToken() { return token().json.value(QStringLiteral("access_token")).toString(); }

    HttpReply advanceClock(qint64 seconds)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("seconds"), QString::number(seconds));
        return get(QStringLiteral("/_sandbox/clock/advance"), query);
    }

    QJsonObject state() { return get(QStringLiteral("/_sandbox/state")).json; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
};

// Builders for request bodies, so that each test shows only what it is about.

inline QJsonObject click(const QString &name, const QString &key = QStringLiteral("KEY"))
{
    return {{QStringLiteral("type"), QStringLiteral("click")},
            {QStringLiteral("name"), name},
            {QStringLiteral("key"), key}};
}

inline QJsonObject view(const QString &name, const QString &url)
{
    return {{QStringLiteral("type"), QStringLiteral("view")},
            {QStringLiteral("name"), name},
            {QStringLiteral("url"), url}};
}

inline QJsonObject subMenu(const QString &name, const QJsonArray &subButtons)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("sub_button"), subButtons}};
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray createBody(const QJsonArray &buttons)
{
    return compact({{QStringLiteral("button"), buttons}});
}

inline QJsonObject rule(const QString &tagId, const QString &platform = {})
{
    QJsonObject object;
    if (!tagId.isEmpty())
        object.insert(QStringLiteral("tag_id"), tagId);
    if (!platform.isEmpty())
        object.insert(QStringLiteral("client_platform_type"), platform);
    return object;
}

inline QByteArray conditionalBody(const QJsonArray &buttons, const QJsonObject &matchRule)
{
    return compact({{QStringLiteral("button"), buttons}, {QStringLiteral("matchrule"), matchRule}});
}

inline QByteArray menuIdBody(const QString &menuId)
{
    return compact({{QStringLiteral("menuid"), menuId}});
}

inline QByteArray userBody(const QString &userId)
{
    return compact({{QStringLiteral("user_id"), userId}});
}

} // namespace SandboxTest
