#pragma once

#include <QString>
#include <QStringList>

/**
 * Keeps secrets out of every log line, Qt's own included (qt.network and qt.httpserver log
 * request URLs). Installed once per executable as the Qt message handler; it blanks
 * `access_token=...`, `secret=...`, their JSON forms, and every secret value it was told of,
 * then passes the line on to the handler that was there before.
 */
namespace LogRedactor {

void install();
/// Adds a value to blank wherever it appears (an AppSecret, a token).
void addSecret(const QString &value);
/// The line as the handler writes it.
QString redact(const QString &line);

} // namespace LogRedactor
