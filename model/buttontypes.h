#pragma once

#include "button.h"

#include <QList>
#include <QString>

/// What WeChat knows about each button type: which fields it needs and which it uses.
namespace ButtonTypes {

/// The types the API can publish, in WeChat's documented order.
const QStringList &apiTypes();
/// Types only the web console makes (text, img, voice, video, news): readable, not publishable.
const QStringList &consoleOnlyTypes();

bool isApiType(const QString &type);
bool isConsoleOnly(const QString &type);

/// Fields the type requires (besides name and type).
QList<ButtonField> requiredFields(const QString &type);
/// Fields the type uses (required and optional, besides name and type).
QList<ButtonField> usedFields(const QString &type);

} // namespace ButtonTypes
