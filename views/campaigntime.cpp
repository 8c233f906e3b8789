#include "campaigntime.h"

#include <QLocale>

QTimeZone CampaignTime::beijing()
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    // Without the time zone database: China has kept UTC+8 all year since 1991.
    return zone.isValid() ? zone : QTimeZone(8 * 3600);
}

QString CampaignTime::local(const QDateTime &when)
{
    if (!when.isValid())
        return tr("none");
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString CampaignTime::beijingText(const QDateTime &when)
{
    if (!when.isValid())
        return tr("none");
    return QLocale().toString(when.toTimeZone(beijing()), QLocale::ShortFormat);
}

QString CampaignTime::both(const QDateTime &when)
{
    if (!when.isValid())
        return tr("none");
    return tr("%1 · Beijing %2").arg(local(when), beijingText(when));
}
