#pragma once

#include "sandboxcontext.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"

#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <optional>

/**
 * The access tokens of the emulated account: the token and stable_token endpoints that issue
 * them, and the check of the access_token every other call carries.
 */
class SandboxTokens
{
public:
    /// GET /cgi-bin/token: a new token each time; the one it replaces keeps a grace time.
    SandboxReply token(SandboxContext &context, const SandboxRequest &request);
    /// POST /cgi-bin/stable_token: the current stable token, or a new one on force_refresh.
    /// The body's charset is checked by the caller.
    SandboxReply stableToken(SandboxContext &context, const SandboxRequest &request);
    /// The error answer for a missing, unknown, expired or replaced access_token; none when
    /// it is good.
    std::optional<SandboxReply> check(const SandboxContext &context, const QUrlQuery &query) const;
    /// Forgets every token issued.
    void clear();

private:
    struct Token
    {
        qint64 expiresAt = 0;
        qint64 validUntil = 0; ///< after a replacement: the end of its grace time
        bool stable = false;
    };

    SandboxReply issue(SandboxContext &context, const QString &appId, const QString &secret,
                       bool stable, bool forceRefresh);

    QHash<QString, Token> m_tokens;
    QString m_latestToken;
    QString m_latestStableToken;
};
