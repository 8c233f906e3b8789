#pragma once

#include "sandboxoptions.h"
#include "sandboxreply.h"
#include "sandboxstate.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

/**
 * What every part of the emulated API shares: the options, the account's state, its clock,
 * the call counts, and the way an answer is written (errmsg carries a " rid: ..." suffix as
 * the real server's does).
 */
class SandboxContext
{
public:
    /// WeChat's "data format error", for bodies that are not what the endpoint takes.
    static constexpr int DataFormatError = 47001;

    SandboxContext(const SandboxOptions &options, const SandboxState &state);

    const SandboxOptions &options() const { return m_options; }
    SandboxState &state() { return m_state; }
    const SandboxState &state() const { return m_state; }

    /// Called with the new state after every change, to persist it.
    void setPersist(std::function<void(const SandboxState &)> persist)
    {
        m_persist = std::move(persist);
    }
    /// Hands the state to the persist function; called after every change.
    void changed();

    /// Seconds since the epoch, on the sandbox's own clock.
    qint64 now() const;
    void advanceClock(qint64 seconds) { m_clockOffset += seconds; }

    /// Calls per endpoint since the start or the last reset.
    QHash<QString, int> &calls() { return m_calls; }
    const QHash<QString, int> &calls() const { return m_calls; }

    /// An API call arrived (callStarted) or was answered or dropped (callEnded): the calls in
    /// flight at once, and the most there were since the start or the last reset.
    void callStarted()
    {
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    }
    void callEnded() { m_inFlight = qMax(0, m_inFlight - 1); }
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }

    /// Back to the state it started with: no calls counted, the clock at the real time.
    /// Does not persist; the caller calls changed() once everything else is reset too.
    void reset();

    /// A WeChat error answer, with a request id appended to `message`.
    SandboxReply error(int errcode, const QString &message) const;
    /// A success answer: `body`, or {"errcode":0,"errmsg":"ok"} when it is empty.
    SandboxReply ok(const QByteArray &body = {}) const;

private:
    SandboxOptions m_options;
    SandboxState m_state;
    SandboxState m_initialState;
    std::function<void(const SandboxState &)> m_persist;
    QHash<QString, int> m_calls;
    qint64 m_clockOffset = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    mutable quint64 m_requestCount = 0;
};
