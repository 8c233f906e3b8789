#include "desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStringList>
#include <QVariantMap>

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int kExpireDefault = -1; ///< the server's default display time

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    // The session bus is connected on the first notification, not at the editor's start.
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{}

QDBusMessage DesktopNotifier::message(const QString &summary, const QString &body) const
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("wemenu"));
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("wemenu") << summary
         << body << QStringList() << hints << kExpireDefault;
    return call;
}

void DesktopNotifier::fallBack(const QString &summary, const QString &body)
{
    if (m_fallback)
        m_fallback(summary, body);
    emit delivered(false);
}

QDBusConnection DesktopNotifier::bus()
{
    if (!m_bus)
        m_bus = QDBusConnection::sessionBus();
    return *m_bus;
}

void DesktopNotifier::notify(const QString &summary, const QString &body)
{
    const QDBusConnection connection = bus();
    if (!connection.isConnected()) {
        fallBack(summary, body);
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(connection.asyncCall(message(summary, body)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                if (call->isError())
                    fallBack(summary, body);
                else
                    emit delivered(true);
            });
}

bool DesktopNotifier::notifyAndWait(const QString &summary, const QString &body, int timeoutMs)
{
    if (QDBusConnection connection = bus(); connection.isConnected()) {
        const QDBusMessage reply = connection.call(message(summary, body), QDBus::Block, timeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage) {
            emit delivered(true);
            return true;
        }
    }
    fallBack(summary, body);
    return false;
}
