#include "sandboxcontext.h"

#include <jsonwriter.h>

#include <QDateTime>
#include <QJsonObject>

SandboxContext::SandboxContext(const SandboxOptions &options, const SandboxState &state)
    : m_options(options)
    , m_state(state)
    , m_initialState(state)
{}

void SandboxContext::changed()
{
    if (m_persist)
        m_persist(m_state);
}

qint64 SandboxContext::now() const
{
    return QDateTime::currentSecsSinceEpoch() + m_clockOffset;
}

void SandboxContext::reset()
{
    m_state = m_initialState;
    m_calls.clear();
    m_clockOffset = 0;
    m_peakInFlight = m_inFlight;
}

SandboxReply SandboxContext::error(int errcode, const QString &message) const
{
    // Real servers append a request id to every errmsg.
    const QString rid =
        QStringLiteral("%1-%2").arg(now(), 0, 16).arg(++m_requestCount, 8, 16, QLatin1Char('0'));
    const QJsonObject object{{QStringLiteral("errcode"), errcode},
                             {QStringLiteral("errmsg"), message + QStringLiteral(" rid: ") + rid}};
    JsonWriter writer;
    writer.value(object);
    SandboxReply reply;
    reply.body = writer.result();
    return reply;
}

SandboxReply SandboxContext::ok(const QByteArray &body) const
{
    SandboxReply reply;
    if (body.isEmpty()) {
        JsonWriter writer;
        writer.value(QJsonObject{{QStringLiteral("errcode"), 0},
                                 {QStringLiteral("errmsg"), QStringLiteral("ok")}});
        reply.body = writer.result();
    } else {
        reply.body = body;
    }
    return reply;
}
