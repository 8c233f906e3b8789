#include "languagepreference.h"

#include <QSettings>

namespace {
const QString kLanguageKey = QStringLiteral("language");
}

QString preferredLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void setPreferredLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, language);
}
