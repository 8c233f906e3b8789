#include "sandboxcontrol.h"

#include <jsonwriter.h>

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kControlPrefix = QStringLiteral("/_sandbox/");
/// The sandbox's clock never passes 9999-12-31T23:59:59Z, so no time sum can overflow.
constexpr qint64 kLatestClock = 253402300799;

/// The host name of a Host header ("127.0.0.1:8080", "[::1]:8080", "localhost").
QString hostName(const QByteArray &hostHeader)
{
    const QString host = QString::fromLatin1(hostHeader);
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype end = host.indexOf(QLatin1Char(']'));
        return end < 0 ? QString() : host.mid(1, end - 1);
    }
    const qsizetype colon = host.indexOf(QLatin1Char(':'));
    return colon < 0 ? host : host.left(colon);
}

bool isLoopbackName(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

SandboxReply advanceClock(SandboxContext &context, const SandboxRequest &request)
{
    bool ok = false;
    const qint64 seconds = request.query.queryItemValue(QStringLiteral("seconds")).toLongLong(&ok);
    const qint64 most = qMax<qint64>(0, kLatestClock - context.now());
    if (!ok || seconds < 0 || seconds > most) {
        return context.error(SandboxContext::DataFormatError,
                             QStringLiteral("seconds must be a whole number from 0 to %1 (the "
                                            "clock stops at the end of the year 9999)")
                                 .arg(most));
    }
    context.advanceClock(seconds);
    JsonWriter writer;
    writer.value(QJsonObject{{QStringLiteral("now"), context.now()}});
    return context.ok(writer.result());
}

} // namespace

namespace SandboxControl {

bool isControlPath(const QString &path)
{
    return path.startsWith(kControlPrefix);
}

bool isLocalRequest(const SandboxRequest &request)
{
    if (request.host.isEmpty() || !isLoopbackName(hostName(request.host)))
        return false;
    if (!request.origin.isEmpty() &&
        request.origin.compare("http://" + request.host, Qt::CaseInsensitive) != 0) {
        return false;
    }
    return request.fetchSite.isEmpty() || request.fetchSite == "same-origin" ||
           request.fetchSite == "none";
}

SandboxReply handle(SandboxContext &context, SandboxTokens &tokens, const SandboxRequest &request)
{
    if (!isLocalRequest(request)) {
        SandboxReply reply = context.error(403, QStringLiteral("the control routes answer only "
                                                               "requests to a loopback host name "
                                                               "without a foreign Origin"));
        reply.httpStatus = 403;
        return reply;
    }
    const QString route = request.path.mid(kControlPrefix.size());
    if (route == QLatin1String("clock/advance"))
        return advanceClock(context, request);
    if (route == QLatin1String("reset")) {
        context.reset();
        tokens.clear();
        context.changed();
        return context.ok();
    }
    if (route == QLatin1String("state"))
        return context.ok(stateReport(context));
    SandboxReply reply = context.error(404, QStringLiteral("no such control route"));
    reply.httpStatus = 404;
    return reply;
}

QByteArray stateReport(const SandboxContext &context)
{
    QJsonObject report = QJsonDocument::fromJson(context.state().toJson()).object();
    QJsonObject calls;
    for (auto it = context.calls().constBegin(); it != context.calls().constEnd(); ++it)
        calls.insert(it.key(), it.value());
    report.insert(QStringLiteral("calls"), calls);
    report.insert(QStringLiteral("now"), context.now());
    report.insert(QStringLiteral("in_flight"), context.inFlight());
    report.insert(QStringLiteral("in_flight_peak"), context.peakInFlight());
    JsonWriter writer;
    writer.value(report);
    return writer.result();
}

} // namespace SandboxControl
