#pragma once

#include <languagepreference.h>

#include <QString>

class QCoreApplication;

/**
 * Loads WeMenu's and Qt's translations into `app`: for `language` ("zh_CN", "en"), or the
 * system locale when it is empty. `directory` holds wemenu_*.qm (embedded by default).
 */
void installTranslations(QCoreApplication &app, const QString &language = {},
                         const QString &directory = QStringLiteral(":/i18n"));
