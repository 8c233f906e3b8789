#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest>

#include <functional>
#include <memory>

/**
 * A loopback TCP forwarder in front of an HTTP server (the sandbox). Every request goes
 * through unchanged; for the chosen endpoint, the next request reaches the server (which
 * applies it) and then the client's connection closes without the answer: a reply lost after
 * WeChat applied the call. Requests are read whole (headers and Content-Length body) before
 * they are forwarded, so the endpoint is known before the server sees the call.
 */
class LostReplyProxy
{
public:
    explicit LostReplyProxy(const QUrl &target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                link(client);
        });
    }

    /// The sockets' signals go first: a socket being destroyed must not reach its partner's
    /// handlers, which would see a half-destroyed object.
    ~LostReplyProxy()
    {
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            QObject::disconnect(socket, nullptr, nullptr, nullptr);
    }

    LostReplyProxy(const LostReplyProxy &) = delete;
    LostReplyProxy &operator=(const LostReplyProxy &) = delete;

    /**
     * Data rows for a test run once per call that changes an account: `endpoint` (whose
     * answer is lost) and `empty` (the wanted document is empty, so the plan is menu/delete).
     */
    static void addChangingEndpointRows()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("empty");
        QTest::newRow("create") << QStringLiteral("menu/create") << false;
        QTest::newRow("delconditional") << QStringLiteral("menu/delconditional") << false;
        QTest::newRow("addconditional") << QStringLiteral("menu/addconditional") << false;
        QTest::newRow("delete") << QStringLiteral("menu/delete") << true;
    }

    /// "http://127.0.0.1:PORT", to be used as the API base.
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    /// The answers of the next `times` calls to `endpoint` ("menu/create") are dropped.
    void dropAnswerOf(const QString &endpoint, int times = 1)
    {
        m_endpoint = endpoint;
        m_left = times;
    }

    int dropped() const { return m_dropped; }
    /// Called when an answer has been dropped (the server applied the call).
    std::function<void()> onDrop;
    /// Called with the endpoint of each request just before it is forwarded.
    std::function<void(const QString &endpoint)> beforeForward;
    /// Every request forwarded, as "METHOD ENDPOINT", in order.
    const QStringList &requests() const { return m_requests; }
    /// How many requests to `endpoint` were forwarded.
    int count(const QString &endpoint) const
    {
        int n = 0;
        for (const QString &request : m_requests)
            n += request.endsWith(QLatin1Char(' ') + endpoint) ? 1 : 0;
        return n;
    }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray pending; ///< client bytes not yet forwarded (an incomplete request)
        bool drop = false;  ///< the answer to the request under way is dropped
    };

    void link(QTcpSocket *client)
    {
        auto state = std::make_shared<Link>();
        state->client = client;
        auto *server = new QTcpSocket(client);
        state->server = server;
        server->connectToHost(QHostAddress(m_target.host()), quint16(m_target.port()));
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, state] {
            state->pending += state->client->readAll();
            forwardRequests(*state);
        });
        QObject::connect(server, &QTcpSocket::readyRead, server, [this, state] {
            const QByteArray answer = state->server->readAll();
            if (!state->drop) {
                state->client->write(answer);
                return;
            }
            // The server has applied the call and answered: the answer never arrives.
            ++m_dropped;
            state->drop = false;
            state->server->abort();
            state->client->disconnectFromHost();
            if (onDrop)
                onDrop();
        });
        QObject::connect(server, &QTcpSocket::disconnected, client, [state] {
            if (state->client)
                state->client->disconnectFromHost();
        });
        QObject::connect(client, &QTcpSocket::disconnected, client, [state] {
            if (state->server)
                state->server->abort();
            if (state->client)
                state->client->deleteLater();
        });
    }

    void forwardRequests(Link &state)
    {
        for (;;) {
            const qsizetype end = state.pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = state.pending.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                const QByteArray trimmed = line.trimmed();
                if (trimmed.toLower().startsWith("content-length:"))
                    length = trimmed.mid(15).trimmed().toLongLong();
            }
            const qsizetype total = end + 4 + length;
            if (state.pending.size() < total)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            QString path =
                requestLine.size() > 1 ? QString::fromLatin1(requestLine.at(1)) : QString();
            path = path.left(path.indexOf(QLatin1Char('?')));
            const qsizetype api = path.indexOf(QLatin1String("/cgi-bin/"));
            const QString endpoint = api < 0 ? path : path.mid(api + 9);
            m_requests.append(QString::fromLatin1(requestLine.value(0)) + QLatin1Char(' ') +
                              endpoint);
            if (m_left > 0 && endpoint == m_endpoint) {
                --m_left;
                state.drop = true;
            }
            if (beforeForward)
                beforeForward(endpoint);
            state.server->write(state.pending.left(total));
            state.pending.remove(0, total);
        }
    }

    QUrl m_target;
    QTcpServer m_server;
    QString m_endpoint;
    int m_left = 0;
    int m_dropped = 0;
    QStringList m_requests;
};
