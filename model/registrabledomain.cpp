#include "registrabledomain.h"

#include "publicsuffixlist.h"

#include <QByteArray>
#include <QUrl>

namespace {

/// An IPv4 address, or anything whose last label is a number, which no top-level domain is.
bool isNumericHost(const QByteArray &host)
{
    const qsizetype dot = host.lastIndexOf('.');
    const QByteArray last = host.mid(dot + 1);
    if (last.isEmpty())
        return false;
    for (const char c : last) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

QByteArray linkHost(const QString &url)
{
    QByteArray host = QUrl(url.trimmed()).host(QUrl::EncodeUnicode).toLatin1().toLower();
    while (host.endsWith('.'))
        host.chop(1); // "example.com." is example.com
    return host;
}

QString registrableDomain(const QString &url)
{
    return registrableDomainOfHost(linkHost(url));
}

QString registrableDomainOfHost(const QByteArray &host)
{
    if (host.isEmpty())
        return {};
    if (host.contains(':') || isNumericHost(host))
        return QString::fromLatin1(host); // an IP address counts as itself

    // Walk from the whole host towards its last label: the first suffix the list calls public
    // is the longest one, and the registrable domain is that suffix with one label more.
    qsizetype candidate = -1; // where the domain one label longer than `start` begins
    qsizetype start = 0;
    while (true) {
        if (PublicSuffixList::isIcannSuffix(host.mid(start)))
            return QString::fromLatin1(candidate < 0 ? host : host.mid(candidate));
        const qsizetype dot = host.indexOf('.', start);
        if (dot < 0)
            return QString::fromLatin1(host); // only with no list: the whole host
        candidate = start;
        start = dot + 1;
    }
}
