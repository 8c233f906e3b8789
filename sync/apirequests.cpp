#include "apirequests.h"

#include <jsonwriter.h>
#include <logredactor.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ApiRequests {

QUrl endpointUrl(const QUrl &base, const QString &endpoint, const QString &accessToken)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/cgi-bin/") + endpoint);
    if (!accessToken.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), accessToken);
        url.setQuery(query);
    }
    return url;
}

QByteArray stableTokenBody(const QString &appId, const QString &secret, bool forceRefresh)
{
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("grant_type"));
    writer.value(QStringLiteral("client_credential"));
    writer.key(QStringLiteral("appid"));
    writer.value(appId);
    writer.key(QStringLiteral("secret"));
    writer.value(secret);
    writer.key(QStringLiteral("force_refresh"));
    writer.value(QJsonValue(forceRefresh));
    writer.endObject();
    return writer.result();
}

QUrl tokenUrl(const QUrl &base, const QString &appId, const QString &secret)
{
    QUrl url = endpointUrl(base, QStringLiteral("token"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credential"));
    query.addQueryItem(QStringLiteral("appid"), appId);
    query.addQueryItem(QStringLiteral("secret"), secret);
    url.setQuery(query);
    return url;
}

bool changesAccount(const QString &endpoint)
{
    return endpoint == QLatin1String("menu/create") || endpoint == QLatin1String("menu/delete") ||
           endpoint == QLatin1String("menu/addconditional") ||
           endpoint == QLatin1String("menu/delconditional");
}

ApiResult parseReply(int httpStatus, const QByteArray &body)
{
    ApiResult result;
    result.httpStatus = httpStatus;
    result.body = body;
    if (httpStatus != 200) {
        result.kind = ApiResult::Kind::HttpError;
        return result;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (!json.isObject()) {
        result.kind = ApiResult::Kind::HttpError;
        result.detail =
            QCoreApplication::translate("ApiRequests", "the server's answer is not JSON");
        return result;
    }
    result.json = json.object();
    result.errcode = result.json.value(QStringLiteral("errcode")).toInt(0);
    // A server may echo the request (the token, the secret) in its message; every place that
    // shows it, dialogs and the command line included, gets it redacted.
    result.errmsg = LogRedactor::redact(result.json.value(QStringLiteral("errmsg")).toString());
    result.kind = result.errcode == 0 ? ApiResult::Kind::Ok : ApiResult::Kind::WeChatError;
    return result;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedUrl(const QUrl &url, QString *why)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *why = QCoreApplication::translate("ApiRequests", "%1 is not a valid address.")
                   .arg(url.toDisplayString(QUrl::RemoveQuery));
        return false;
    }
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    *why = QCoreApplication::translate("ApiRequests",
                                       "%1 is not secure: only https is allowed, and plain http "
                                       "only to this computer (loopback).")
               .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemovePath));
    return false;
}

QString ipFromErrmsg(const QString &errmsg)
{
    static const QRegularExpression ip(QStringLiteral(R"(invalid ip ([0-9a-fA-F:.]+))"));
    const QRegularExpressionMatch match = ip.match(errmsg);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace ApiRequests
