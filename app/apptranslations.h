#pragma once

#include <QString>

class QCoreApplication;

/// The language chosen in Preferences ("zh_CN", "en"), empty to follow the system.
QString preferredLanguage();
void setPreferredLanguage(const QString &language);

/**
 * Loads WeMenu's and Qt's translations into `app`: for `language` ("zh_CN", "en"), or the
 * system locale when it is empty. `directory` holds wemenu_*.qm (embedded by default).
 */
void installTranslations(QCoreApplication &app, const QString &language = {},
                         const QString &directory = QStringLiteral(":/i18n"));
