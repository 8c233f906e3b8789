#include "campaigntime.h"

#include <campaignretry.h>

#include <QLocale>

QTimeZone CampaignTime::beijing()
{
    return CampaignRetry::beijing(); // the clock the quotas reset by, too
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
