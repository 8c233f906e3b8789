#pragma once

#include <QString>

/// The language chosen in Preferences ("zh_CN", "en"), empty to follow the system.
QString preferredLanguage();
/// Keeps the choice in the settings; empty removes it (follow the system).
void setPreferredLanguage(const QString &language);
