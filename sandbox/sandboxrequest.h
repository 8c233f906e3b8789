#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

/// One HTTP request as the sandbox sees it.
struct SandboxRequest
{
    QByteArray method; ///< "GET" or "POST"
    QString path;      ///< "/cgi-bin/menu/create"
    QUrlQuery query;
    QByteArray body;
    /// Request headers the control routes check (empty when absent): a web page in the
    /// user's browser can reach loopback too, and these give it away.
    QByteArray host;
    QByteArray origin;
    QByteArray fetchSite; ///< Sec-Fetch-Site
};
