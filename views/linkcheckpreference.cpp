#include "linkcheckpreference.h"

#include <QSettings>
#include <QStandardPaths>

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
    if (value == "off" || value == "0" || value == "no" || value == "false")
        return false;
    // A test run directly, without ctest's environment, stays on this computer all the same;
    // a link test that asks loopback servers says "on".
    return !QStandardPaths::isTestModeEnabled() || value == "on";
}

bool linkChecksEnabled()
{
    return linkChecksAllowed() && linkChecksPreferred();
}
