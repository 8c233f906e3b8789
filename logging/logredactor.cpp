#include "logredactor.h"

#include <QMutex>
#include <QRegularExpression>

namespace {

QMutex mutex;
QStringList secrets;
QtMessageHandler previous = nullptr;
const QString kBlank = QStringLiteral("***");

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = LogRedactor::redact(message);
    if (previous)
        previous(type, context, line);
}

} // namespace

namespace LogRedactor {

void install()
{
    const QMutexLocker lock(&mutex);
    if (!previous)
        previous = qInstallMessageHandler(handler);
}

void addSecret(const QString &value)
{
    if (value.size() < 4)
        return; // too short to be a secret, and blanking it would garble every line
    const QMutexLocker lock(&mutex);
    if (!secrets.contains(value))
        secrets.append(value);
}

QString redact(const QString &line)
{
    // Never destroyed: log lines still come while static objects are torn down at exit.
    static const auto *query = new QRegularExpression(
        QStringLiteral(R"re(((?:access_token|secret|appsecret)=)[^&\s"']+)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const auto *json = new QRegularExpression(
        QStringLiteral(R"re(("[a-z_]*(?:access_token|secret)"\s*:\s*")[^"]*")re"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = line;
    result.replace(*query, QStringLiteral("\\1") + kBlank);
    result.replace(*json, QStringLiteral("\\1") + kBlank + QLatin1Char('"'));
    const QMutexLocker lock(&mutex);
    for (const QString &secret : std::as_const(secrets))
        result.replace(secret, kBlank);
    return result;
}

} // namespace LogRedactor
