#pragma once

#include "apiresult.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

/// The small pure pieces of talking to the API: URLs, bodies, parsing, and what may be sent.
namespace ApiRequests {

/// `base` + "/cgi-bin/" + endpoint, with the access token as a query item when given.
QUrl endpointUrl(const QUrl &base, const QString &endpoint, const QString &accessToken = {});
/// The stable_token request body.
QByteArray stableTokenBody(const QString &appId, const QString &secret, bool forceRefresh);
/// The /cgi-bin/token URL (a GET with the secret in the query, as WeChat defines it).
QUrl tokenUrl(const QUrl &base, const QString &appId, const QString &secret);
/// True for the calls that change the account: menu/create, menu/delete, menu/addconditional,
/// menu/delconditional. They go out exactly once (design.md, "Exactly once").
bool changesAccount(const QString &endpoint);
/// A reply turned into a result: errcode 0 or absent is success.
ApiResult parseReply(int httpStatus, const QByteArray &body);
/// True when the host is loopback: 127.0.0.0/8, ::1 or localhost.
bool isLoopbackHost(const QString &host);
/// Only https, or http to loopback, may be used; otherwise false with `why` set.
bool isAllowedUrl(const QUrl &url, QString *why);
/// The IP address in a 40164 errmsg ("invalid ip 203.0.113.9 ipv6 ::ffff..., not in whitelist").
QString ipFromErrmsg(const QString &errmsg);

} // namespace ApiRequests
