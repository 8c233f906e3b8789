#pragma once

#include "sandboxcontext.h"
#include "sandboxreply.h"

#include <QRandomGenerator>
#include <QString>

#include <optional>

/**
 * What stops a call before its endpoint runs: the daily quotas of menu-rules.md (or the
 * options' own), and the faults the options switch on (a failing endpoint, its Nth call, or
 * a failure rate drawn from a fixed seed).
 */
class SandboxLimits
{
public:
    explicit SandboxLimits(quint32 seed);

    /// The answer of an injected fault for this call to `endpoint`, or none. Counts on the
    /// context's calls, this one included.
    std::optional<SandboxReply> injectedFault(const SandboxContext &context,
                                              const QString &endpoint);
    /// The "daily quota reached" answer, or none after counting this call for today.
    std::optional<SandboxReply> checkQuota(SandboxContext &context, const QString &endpoint);

private:
    QRandomGenerator m_random;
};
