#pragma once

#include <QByteArray>
#include <QIODevice>

/**
 * A request body that can be read once and never rewound. Sent with
 * QNetworkRequest::DoNotBufferUploadDataAttribute and an explicit Content-Length, it stops
 * Qt's network layer from sending the request again on a new connection when the first one
 * ends before the answer (it reports QNetworkReply::ContentReSendError instead).
 */
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    /// Always false: the body cannot be sent a second time.
    bool reset() override { return false; }
    bool atEnd() const override { return m_position >= m_body.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_position = 0;
};
