#include "registrabledomain.h"

#include <QStringList>
#include <QUrl>

QString registrableDomain(const QString &url)
{
    const QString host = QUrl(url.trimmed()).host().toLower();
    if (host.isEmpty())
        return {};
    if (host.contains(QLatin1Char(':')))
        return host; // an IPv6 address
    const QStringList labels = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    bool numeric = true;
    for (const QString &label : labels) {
        bool ok = false;
        label.toUInt(&ok);
        numeric = numeric && ok;
    }
    if (numeric || labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    static const QStringList secondLevel = {
        QStringLiteral("com.cn"), QStringLiteral("net.cn"), QStringLiteral("org.cn"),
        QStringLiteral("gov.cn"), QStringLiteral("edu.cn"), QStringLiteral("com.hk"),
    };
    const QString lastTwo = labels.mid(labels.size() - 2).join(QLatin1Char('.'));
    const int keep = secondLevel.contains(lastTwo) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}
