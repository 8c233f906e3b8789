#include "sandboxserver.h"

#include "sandboxcontrol.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTimer>

SandboxServer::SandboxServer(SandboxApi *api, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
{}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

quint16 SandboxServer::start(const QString &host, quint16 port, QString *error)
{
    if (!isLoopback(host)) {
        *error = QStringLiteral("refusing to listen on %1: the sandbox serves loopback only "
                                "(127.0.0.1, ::1, localhost)")
                     .arg(host);
        return 0;
    }
    const QHostAddress address = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(host);
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        *error = QStringLiteral("cannot listen on %1 port %2").arg(host).arg(port);
        return 0;
    }
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QStringLiteral("[%1]").arg(address.toString())
                                  : address.toString();
    m_baseUrl = QStringLiteral("http://%1:%2").arg(shownHost).arg(bound);
    return bound;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest in;
    in.method = request.method() == QHttpServerRequest::Method::Post ? QByteArray("POST")
                                                                     : QByteArray("GET");
    in.path = request.url().path();
    in.query = request.query();
    in.body = request.body();
    for (const auto &[name, value] : request.headers()) {
        QByteArray *field = nullptr;
        if (name.compare("Host", Qt::CaseInsensitive) == 0)
            field = &in.host;
        else if (name.compare("Origin", Qt::CaseInsensitive) == 0)
            field = &in.origin;
        else if (name.compare("Sec-Fetch-Site", Qt::CaseInsensitive) == 0)
            field = &in.fetchSite;
        if (field && field->isEmpty())
            *field = value.trimmed();
    }
    // An API call stays in flight until it is answered, or dropped with its connection.
    std::shared_ptr<void> inFlight;
    if (!SandboxControl::isControlPath(in.path)) {
        m_api->callStarted();
        emit callStarted();
        inFlight = std::shared_ptr<void>(nullptr, [api = m_api, server = QPointer(this)](void *) {
            api->callEnded();
            if (server)
                emit server->callEnded();
        });
    }
    const SandboxReply reply = m_api->handle(in);

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (reply.stall) {
        m_stalled.push_back(responder); // accepted, and never answered
        return true;
    }
    const auto send = [responder, reply, inFlight] {
        responder->write(reply.body, "application/json; charset=utf-8",
                         QHttpServerResponder::StatusCode(reply.httpStatus));
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket, send); // dropped with a closed connection
    else
        send();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
