#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

/**
 * Tells the desktop that a campaign step ran: an org.freedesktop.Notifications `Notify` call on
 * the session bus, sent without blocking. Where no notification service answers (no session
 * bus, no service, an error) the fallback runs instead; the editor sets it to a tray message.
 * Qt Core and D-Bus only, so the command line can use it too.
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    using Fallback = std::function<void(const QString &summary, const QString &body)>;

    /// Notifies on the session bus.
    explicit DesktopNotifier(QObject *parent = nullptr);
    /// Notifies on `bus` (a private bus in tests).
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    /// What to do when no notification service answers; without one nothing is shown.
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }

    /// Sends the notification and returns at once; delivered() tells how it went.
    void notify(const QString &summary, const QString &body);
    /// Sends the notification and waits for the service's answer (at most `timeoutMs`); the
    /// fallback runs when none answers. For the command line, which exits right after.
    bool notifyAndWait(const QString &summary, const QString &body, int timeoutMs = 3000);

signals:
    /// The service took the notification (`viaService`) or the fallback ran instead.
    void delivered(bool viaService);

private:
    QDBusMessage message(const QString &summary, const QString &body) const;
    void fallBack(const QString &summary, const QString &body);

    /// The bus, connected on first use.
    QDBusConnection bus();

    std::optional<QDBusConnection> m_bus;
    Fallback m_fallback;
};
