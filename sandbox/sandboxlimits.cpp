#include "sandboxlimits.h"

#include <errcodes.h>

#include <QDateTime>

namespace {

/// The default daily quotas of menu-rules.md.
int defaultQuota(const QString &endpoint)
{
    if (endpoint == QLatin1String("menu/addconditional") ||
        endpoint == QLatin1String("menu/delconditional")) {
        return 2000;
    }
    if (endpoint == QLatin1String("menu/trymatch"))
        return 20000;
    return -1;
}

} // namespace

SandboxLimits::SandboxLimits(quint32 seed)
    : m_random(seed)
{}

std::optional<SandboxReply> SandboxLimits::injectedFault(const SandboxContext &context,
                                                         const QString &endpoint)
{
    const SandboxOptions &options = context.options();
    bool fail = false;
    if (!options.failOn.isEmpty() && endpoint == options.failOn)
        fail = options.failOnCall == 0 || context.calls().value(endpoint) == options.failOnCall;
    if (!fail && options.failRate > 0)
        fail = m_random.generateDouble() < options.failRate;
    if (!fail)
        return std::nullopt;
    if (options.failWith == QLatin1String("http500")) {
        SandboxReply reply;
        reply.httpStatus = 500;
        reply.body = "Internal Server Error\n";
        return reply;
    }
    const int code = options.failWith.toInt();
    return context.error(code, code == ErrCode::SystemBusy
                                   ? QStringLiteral("system error")
                                   : QStringLiteral("injected fault %1").arg(code));
}

std::optional<SandboxReply> SandboxLimits::checkQuota(SandboxContext &context,
                                                      const QString &endpoint)
{
    const int limit = context.options().quotas.value(endpoint, defaultQuota(endpoint));
    if (limit < 0)
        return std::nullopt;
    SandboxState &state = context.state();
    const QDate today = QDateTime::fromSecsSinceEpoch(context.now()).date();
    if (state.quotaDate != today) {
        state.quotaDate = today;
        state.quotaUsed.clear();
    }
    if (state.quotaUsed.value(endpoint) >= limit)
        return context.error(ErrCode::DailyQuotaReached,
                             QStringLiteral("reach max api daily quota limit"));
    state.quotaUsed[endpoint] += 1;
    context.changed();
    return std::nullopt;
}
