#pragma once

#include "sandboxcontext.h"
#include "sandboxlimits.h"
#include "sandboxoptions.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxstate.h"
#include "sandboxtokens.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

/**
 * The emulated menu API of one account, without any networking: each request in, each
 * reply out. The HTTP server (SandboxServer) is a thin layer over it, so the rules can be
 * tested directly as well as over loopback.
 *
 * It routes each request: /_sandbox/ to SandboxControl; /cgi-bin/ through the injected
 * faults, the token, charset and quota checks to SandboxTokens, SandboxMenus or
 * SandboxFollowers. It checks requests with the core's validator and answers with WeChat's
 * error codes; errmsg carries a " rid: ..." suffix as the real server's does.
 */
class SandboxApi
{
public:
    SandboxApi(const SandboxOptions &options, const SandboxState &state);

    SandboxReply handle(const SandboxRequest &request);

    const SandboxState &state() const { return m_context.state(); }
    /// Called with the new state after every change, to persist it.
    void setPersist(std::function<void(const SandboxState &)> persist)
    {
        m_context.setPersist(std::move(persist));
    }
    /// Seconds since the epoch, on the sandbox's own clock.
    qint64 now() const { return m_context.now(); }
    void advanceClock(qint64 seconds) { m_context.advanceClock(seconds); }
    /// Calls per endpoint since the start or the last reset.
    const QHash<QString, int> &calls() const { return m_context.calls(); }

    /// An API call (not a control route) arrived, and was answered or dropped: counted as in
    /// flight between the two, for the peak `/_sandbox/state` reports as `in_flight_peak`.
    void callStarted() { m_context.callStarted(); }
    void callEnded() { m_context.callEnded(); }
    int peakInFlight() const { return m_context.peakInFlight(); }

    /// The state with the call counts, as `/_sandbox/state` answers it.
    QByteArray stateReport() const;

private:
    SandboxReply api(const QString &endpoint, const SandboxRequest &request);
    std::optional<SandboxReply> checkBody(const QByteArray &body) const;

    SandboxContext m_context;
    SandboxTokens m_tokens;
    SandboxLimits m_limits;
};
