#pragma once

#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

/// Requests being answered across several LinkTestServers, and the most there ever were.
struct InFlight
{
    int now = 0;
    int peak = 0;
    void enter()
    {
        ++now;
        peak = qMax(peak, now);
    }
    void leave() { --now; }
};

/**
 * A small HTTP server on a loopback address for the link checks, answering by path:
 * /ok 200, /missing 404, /broken 500, /moved 302 to /ok, /loop 302 to itself, /hung never
 * answers, /slow sends a status line and nothing more, /nohead 405 to HEAD and 200 with a
 * large body to GET, /bigerror 405 to HEAD and 404 with a large body to GET (a page that never
 * ends), /hold waits until release(). With `tls`, it serves HTTPS with the
 * self-signed certificate of tests/data/tls. It counts requests and the most it answered at
 * once.
 */
class LinkTestServer : public QObject
{
public:
    explicit LinkTestServer(const QHostAddress &address = QHostAddress::LocalHost, bool tls = false,
                            InFlight *shared = nullptr)
        : m_shared(shared)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            QFile cert(QStringLiteral(WEMENU_TEST_DATA "/tls/selfsigned.crt"));
            QFile key(QStringLiteral(WEMENU_TEST_DATA "/tls/selfsigned.key"));
            cert.open(QIODevice::ReadOnly);
            key.open(QIODevice::ReadOnly);
            config.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
            config.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            server->setSslConfiguration(config);
            m_server = server;
            QObject::connect(server, &QSslServer::pendingConnectionAvailable, this,
                             [this] { acceptAll(); });
        } else {
            m_server = new QTcpServer(this);
            QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { acceptAll(); });
        }
        m_listening = m_server->listen(address, 0);
    }

    bool isListening() const { return m_listening; }
    QString url(const QString &path) const
    {
        return QStringLiteral("%1://%2:%3%4")
            .arg(m_server->inherits("QSslServer") ? QStringLiteral("https")
                                                  : QStringLiteral("http"),
                 m_server->serverAddress().toString())
            .arg(m_server->serverPort())
            .arg(path);
    }

    int requests = 0;              ///< every request received
    QHash<QString, int> byRequest; ///< "HEAD /ok" -> count
    QString lastUserAgent;
    int inFlight = 0;
    int peakInFlight = 0;

    /// Answers every held /hold request (200) and from now on answers /hold at once.
    void release()
    {
        m_holding = false;
        const auto held = m_held;
        m_held.clear();
        for (const QPointer<QTcpSocket> &socket : held) {
            if (socket)
                answer(socket, 200, {});
        }
    }
    int heldCount() const { return int(m_held.size()); }

private:
    void acceptAll()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            auto counted = std::make_shared<bool>(false);
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, counted] {
                buffer->append(socket->readAll());
                const int end = buffer->indexOf("\r\n\r\n");
                if (end < 0 || *counted)
                    return;
                *counted = true;
                socket->setProperty("inFlight", true);
                enter();
                handle(socket, buffer->left(end));
            });
            QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                leave(socket);
                socket->deleteLater();
            });
        }
    }

    void enter()
    {
        ++inFlight;
        peakInFlight = qMax(peakInFlight, inFlight);
        if (m_shared)
            m_shared->enter();
    }
    void leave(QTcpSocket *socket)
    {
        if (!socket->property("inFlight").toBool())
            return;
        socket->setProperty("inFlight", false);
        --inFlight;
        if (m_shared)
            m_shared->leave();
    }

    void handle(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QString method = QString::fromLatin1(requestLine.value(0));
        const QString target = QString::fromLatin1(requestLine.value(1));
        const QString path = target.section(QLatin1Char('?'), 0, 0);
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("user-agent:"))
                lastUserAgent = QString::fromUtf8(line.mid(11).trimmed());
        }
        ++requests;
        ++byRequest[method + QLatin1Char(' ') + target];
        const bool head_ = method == QLatin1String("HEAD");
        if (path == QLatin1String("/ok"))
            answer(socket, 200, {}, head_);
        else if (path == QLatin1String("/missing"))
            answer(socket, 404, {}, head_);
        else if (path == QLatin1String("/broken"))
            answer(socket, 500, {}, head_);
        else if (path == QLatin1String("/moved"))
            answer(socket, 302, "Location: /ok\r\n", head_);
        else if (path == QLatin1String("/loop"))
            answer(socket, 302, "Location: /loop\r\n", head_);
        else if (path == QLatin1String("/slow"))
            socket->write("HTTP/1.1 200 OK\r\n");
        else if (path == QLatin1String("/nohead") && head_)
            answer(socket, 405, {}, true);
        else if (path == QLatin1String("/nohead"))
            answerLarge(socket, 200);
        else if (path == QLatin1String("/bigerror") && head_)
            answer(socket, 405, {}, true);
        else if (path == QLatin1String("/bigerror"))
            answerLarge(socket, 404);
        else if (path == QLatin1String("/hold") && m_holding)
            m_held.append(socket);
        else if (path == QLatin1String("/hold"))
            answer(socket, 200, {}, head_);
        else if (path != QLatin1String("/hung"))
            answer(socket, 404, {}, head_);
    }

    void answer(QTcpSocket *socket, int status, const QByteArray &headers, bool headOnly = false)
    {
        const QByteArray body = headOnly ? QByteArray() : QByteArray("<html>answer</html>");
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n" +
                      headers + "Content-Length: " + QByteArray::number(19) +
                      "\r\nConnection: close\r\n\r\n" + body);
        leave(socket);
        socket->disconnectFromHost();
    }

    void answerLarge(QTcpSocket *socket, int status)
    {
        const qint64 size = 8 * 1024 * 1024;
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                      "\r\nContent-Length: " + QByteArray::number(size) +
                      "\r\nConnection: close\r\n\r\n");
        socket->write(QByteArray(64 * 1024, 'x'));
        leave(socket);
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 302:
            return "Found";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        default:
            return "Internal Server Error";
        }
    }

    QTcpServer *m_server = nullptr;
    InFlight *m_shared = nullptr;
    bool m_listening = false;
    bool m_holding = true;
    QList<QPointer<QTcpSocket>> m_held;
};
