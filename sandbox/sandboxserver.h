#pragma once

#include "sandboxapi.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <memory>

class QHttpServerResponder;

/**
 * The sandbox over HTTP, on loopback only. It refuses at start to listen on any other
 * address, and answers every request through SandboxApi: with its delay, or never (a stall).
 */
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxApi *api, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// True for 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopback(const QString &host);

    /// Listens on `host` (loopback only) and `port` (0: any free port). Returns the port, or 0
    /// with `error` set.
    quint16 start(const QString &host, quint16 port, QString *error);
    /// "http://127.0.0.1:PORT", once started.
    QString baseUrl() const { return m_baseUrl; }

signals:
    /// An API call arrived, and was answered (or its connection closed first). Control routes
    /// are not counted.
    void callStarted();
    void callEnded();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxApi *m_api;
    QString m_baseUrl;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_stalled;
};
