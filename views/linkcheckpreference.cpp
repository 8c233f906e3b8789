#include "linkcheckpreference.h"

#include <QSettings>

namespace {
const QString kCheckLinksKey = QStringLiteral("checkLinks");
}

bool linkChecksPreferred()
{
    return QSettings().value(kCheckLinksKey, true).toBool();
}

void setLinkChecksPreferred(bool check)
{
    if (check)
        QSettings().remove(kCheckLinksKey);
    else
        QSettings().setValue(kCheckLinksKey, false);
}

bool linkChecksAllowed()
{
    const QByteArray value = qgetenv("WEMENU_LINK_CHECKS").trimmed().toLower();
    return value != "off" && value != "0" && value != "no" && value != "false";
}

bool linkChecksEnabled()
{
    return linkChecksAllowed() && linkChecksPreferred();
}
