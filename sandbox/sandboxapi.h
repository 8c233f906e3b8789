#pragma once

#include "sandboxoptions.h"
#include "sandboxstate.h"

#include <QByteArray>
#include <QHash>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <functional>

/// One HTTP request as the sandbox sees it.
struct SandboxRequest
{
    QByteArray method; ///< "GET" or "POST"
    QString path;      ///< "/cgi-bin/menu/create"
    QUrlQuery query;
    QByteArray body;
    /// Request headers the control routes check (empty when absent): a web page in the
    /// user's browser can reach loopback too, and these give it away.
    QByteArray host;
    QByteArray origin;
    QByteArray fetchSite; ///< Sec-Fetch-Site
};

/// The answer, or an instruction to delay it or never give it.
struct SandboxReply
{
    int httpStatus = 200;
    QByteArray body;
    int delayMs = 0;
    bool stall = false;
};

/**
 * The emulated menu API of one account, without any networking: each request in, each
 * reply out. The HTTP server (SandboxServer) is a thin layer over it, so the rules can be
 * tested directly as well as over loopback.
 *
 * It checks requests with the core's validator and answers with WeChat's error codes; errmsg
 * carries a " rid: ..." suffix as the real server's does.
 */
class SandboxApi
{
public:
    SandboxApi(const SandboxOptions &options, const SandboxState &state);

    SandboxReply handle(const SandboxRequest &request);

    const SandboxState &state() const { return m_state; }
    /// Called with the new state after every change, to persist it.
    void setPersist(std::function<void(const SandboxState &)> persist)
    {
        m_persist = std::move(persist);
    }
    /// Seconds since the epoch, on the sandbox's own clock.
    qint64 now() const;
    void advanceClock(qint64 seconds) { m_clockOffset += seconds; }
    /// Calls per endpoint since the start or the last reset.
    const QHash<QString, int> &calls() const { return m_calls; }

    /// The state with the call counts, as `/_sandbox/state` answers it.
    QByteArray stateReport() const;

private:
    struct Token
    {
        qint64 expiresAt = 0;
        qint64 validUntil = 0; ///< after a replacement: the end of its grace time
        bool stable = false;
    };

    SandboxReply api(const QString &endpoint, const SandboxRequest &request);
    SandboxReply control(const SandboxRequest &request);
    SandboxReply error(int errcode, const QString &message) const;
    SandboxReply ok(const QByteArray &body = {}) const;
    std::optional<SandboxReply> checkToken(const QUrlQuery &query) const;
    std::optional<SandboxReply> checkBody(const QByteArray &body) const;
    std::optional<SandboxReply> checkQuota(const QString &endpoint);
    std::optional<SandboxReply> injectedFault(const QString &endpoint);

    SandboxReply issueToken(const QString &appId, const QString &secret, bool stable,
                            bool forceRefresh);
    SandboxReply menuCreate(const QByteArray &body);
    SandboxReply menuGet() const;
    SandboxReply menuDelete();
    SandboxReply addConditional(const QByteArray &body);
    SandboxReply delConditional(const QByteArray &body);
    SandboxReply tryMatch(const QByteArray &body);
    SandboxReply selfMenuInfo() const;
    SandboxReply tagsGet() const;
    void changed();

    SandboxOptions m_options;
    SandboxState m_state;
    SandboxState m_initialState;
    std::function<void(const SandboxState &)> m_persist;
    QHash<QString, Token> m_tokens;
    QString m_latestToken;
    QString m_latestStableToken;
    QHash<QString, int> m_calls;
    QRandomGenerator m_random;
    qint64 m_clockOffset = 0;
    mutable quint64 m_requestCount = 0;
};
