#include "sandboxtokens.h"

#include <errcodes.h>
#include <jsonwriter.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

constexpr int kAccessTokenMissing = 41001;
constexpr int kInvalidGrantType = 40002;

} // namespace

SandboxReply SandboxTokens::token(SandboxContext &context, const SandboxRequest &request)
{
    if (request.query.queryItemValue(QStringLiteral("grant_type")) !=
        QLatin1String("client_credential")) {
        return context.error(kInvalidGrantType, QStringLiteral("invalid grant_type"));
    }
    return issue(context, request.query.queryItemValue(QStringLiteral("appid")),
                 request.query.queryItemValue(QStringLiteral("secret")), false, false);
}

SandboxReply SandboxTokens::stableToken(SandboxContext &context, const SandboxRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.value(QStringLiteral("grant_type")).toString() != QLatin1String("client_credential"))
        return context.error(kInvalidGrantType, QStringLiteral("invalid grant_type"));
    return issue(context, body.value(QStringLiteral("appid")).toString(),
                 body.value(QStringLiteral("secret")).toString(), true,
                 body.value(QStringLiteral("force_refresh")).toBool());
}

std::optional<SandboxReply> SandboxTokens::check(const SandboxContext &context,
                                                 const QUrlQuery &query) const
{
    const QString token = query.queryItemValue(QStringLiteral("access_token"));
    if (token.isEmpty())
        return context.error(kAccessTokenMissing, QStringLiteral("access_token missing"));
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return context.error(
            ErrCode::InvalidCredential,
            QStringLiteral("invalid credential, access_token is invalid or not latest"));
    if (context.now() >= it->expiresAt)
        return context.error(ErrCode::TokenExpired, QStringLiteral("access_token expired"));
    if (it->validUntil > 0 && context.now() >= it->validUntil)
        return context.error(
            ErrCode::InvalidCredential,
            QStringLiteral("invalid credential, access_token is invalid or not latest"));
    return std::nullopt;
}

void SandboxTokens::clear()
{
    m_tokens.clear();
    m_latestToken.clear();
    m_latestStableToken.clear();
}

SandboxReply SandboxTokens::issue(SandboxContext &context, const QString &appId,
                                  const QString &secret, bool stable, bool forceRefresh)
{
    const SandboxOptions &options = context.options();
    if (appId != options.appId)
        return context.error(ErrCode::InvalidAppId, QStringLiteral("invalid appid"));
    if (secret != options.secret)
        return context.error(ErrCode::InvalidAppSecret, QStringLiteral("invalid appsecret"));

    QString &latest = stable ? m_latestStableToken : m_latestToken;
    const auto current = m_tokens.constFind(latest);
    const bool reusable = stable && !forceRefresh && current != m_tokens.constEnd() &&
                          context.now() < current->expiresAt && current->validUntil == 0;
    if (!reusable) {
        // The previous token keeps working for a short grace time, then stops.
        if (m_tokens.contains(latest))
            m_tokens[latest].validUntil = context.now() + options.tokenGraceSeconds;
        QByteArray random(24, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::global()->bounded(256));
        latest = QString::fromLatin1(
            random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        Token token;
        token.expiresAt = context.now() + options.tokenTtlSeconds;
        token.stable = stable;
        m_tokens.insert(latest, token);
    }
    const QJsonObject body{
        {QStringLiteral("access_token"), latest},
        {QStringLiteral("expires_in"), m_tokens.value(latest).expiresAt - context.now()}};
    JsonWriter writer;
    writer.value(body);
    return context.ok(writer.result());
}
