#include "oneshotbody.h"

#include <cstring>

OneShotBody::OneShotBody(const QByteArray &body, QObject *parent)
    : QIODevice(parent)
    , m_body(body)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_body.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_position);
    if (count <= 0)
        return -1; // the end of the body
    std::memcpy(data, m_body.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}
