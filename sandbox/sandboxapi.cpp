#include "sandboxapi.h"

#include "sandboxcontrol.h"
#include "sandboxfollowers.h"
#include "sandboxmenus.h"

#include <errcodes.h>
#include <menufile.h>

#include <QStringList>

namespace {

const QString kApiPrefix = QStringLiteral("/cgi-bin/");

} // namespace

SandboxApi::SandboxApi(const SandboxOptions &options, const SandboxState &state)
    : m_context(options, state)
    , m_limits(options.seed)
{}

SandboxReply SandboxApi::handle(const SandboxRequest &request)
{
    SandboxReply reply;
    if (SandboxControl::isControlPath(request.path)) {
        reply = SandboxControl::handle(m_context, m_tokens, request);
    } else if (request.path.startsWith(kApiPrefix)) {
        const QString endpoint = request.path.mid(kApiPrefix.size());
        m_context.calls()[endpoint] += 1;
        if (endpoint == m_context.options().stall) {
            reply.stall = true;
            return reply;
        }
        if (const auto fault = m_limits.injectedFault(m_context, endpoint))
            reply = *fault;
        else
            reply = api(endpoint, request);
    } else {
        reply.httpStatus = 404;
        reply.body = "{\"errcode\":404,\"errmsg\":\"not found\"}\n";
    }
    reply.delayMs = m_context.options().latencyMs;
    return reply;
}

QByteArray SandboxApi::stateReport() const
{
    return SandboxControl::stateReport(m_context);
}

std::optional<SandboxReply> SandboxApi::checkBody(const QByteArray &body) const
{
    if (MenuFile::firstInvalidUtf8(body) >= 0)
        return m_context.error(ErrCode::NotUtf8,
                               QStringLiteral("invalid charset, the body is not UTF-8"));
    if (MenuFile::firstUnicodeEscape(body) >= 0) {
        return m_context.error(ErrCode::InvalidCharset,
                               QStringLiteral("invalid charset. please check your request, if "
                                              "include \\uxxxx will create fail!"));
    }
    return std::nullopt;
}

SandboxReply SandboxApi::api(const QString &endpoint, const SandboxRequest &request)
{
    if (endpoint == QLatin1String("token"))
        return m_tokens.token(m_context, request);
    if (endpoint == QLatin1String("stable_token")) {
        if (const auto bad = checkBody(request.body))
            return *bad;
        return m_tokens.stableToken(m_context, request);
    }

    static const QStringList known = {
        QStringLiteral("menu/create"),
        QStringLiteral("menu/get"),
        QStringLiteral("menu/delete"),
        QStringLiteral("menu/addconditional"),
        QStringLiteral("menu/delconditional"),
        QStringLiteral("menu/trymatch"),
        QStringLiteral("get_current_selfmenu_info"),
        QStringLiteral("tags/get"),
    };
    if (!known.contains(endpoint)) {
        SandboxReply reply =
            m_context.error(404, QStringLiteral("the sandbox has no %1").arg(endpoint));
        reply.httpStatus = 404;
        return reply;
    }
    if (const auto bad = m_tokens.check(m_context, request.query))
        return *bad;
    if (request.method == "POST") {
        if (const auto bad = checkBody(request.body))
            return *bad;
    }
    if (const auto over = m_limits.checkQuota(m_context, endpoint))
        return *over;

    if (endpoint == QLatin1String("menu/create"))
        return SandboxMenus::create(m_context, request.body);
    if (endpoint == QLatin1String("menu/get"))
        return SandboxMenus::get(m_context);
    if (endpoint == QLatin1String("menu/delete"))
        return SandboxMenus::remove(m_context);
    if (endpoint == QLatin1String("menu/addconditional"))
        return SandboxMenus::addConditional(m_context, request.body);
    if (endpoint == QLatin1String("menu/delconditional"))
        return SandboxMenus::delConditional(m_context, request.body);
    if (endpoint == QLatin1String("menu/trymatch"))
        return SandboxFollowers::tryMatch(m_context, request.body);
    if (endpoint == QLatin1String("get_current_selfmenu_info"))
        return SandboxMenus::selfMenuInfo(m_context);
    return SandboxFollowers::tags(m_context);
}
