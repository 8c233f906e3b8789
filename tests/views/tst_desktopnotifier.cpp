#include <desktopnotifier.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

/// A notification server as desktops have one: it records what it is asked to show.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QString appName;
    QStringList summaries;
    QStringList bodies;

public slots:
    uint Notify(const QString &app, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &, int)
    {
        appName = app;
        summaries.append(summary);
        bodies.append(body);
        return uint(summaries.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theNotificationServiceReceivesTheStep();
    void withoutAServiceTheFallbackShows();
    void withoutABusTheFallbackShows();

private:
    /// A private session bus of its own (dbus-daemon), never the user's.
    QString m_address;
    std::unique_ptr<QProcess> m_daemon;
};

void TestDesktopNotifier::init()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed (Debian: dbus)");
    m_daemon = std::make_unique<QProcess>();
    m_daemon->start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                             QStringLiteral("--print-address=1")});
    QVERIFY(m_daemon->waitForStarted());
    while (!m_daemon->canReadLine())
        QVERIFY2(m_daemon->waitForReadyRead(10000), "dbus-daemon printed no address");
    m_address = QString::fromUtf8(m_daemon->readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
}

void TestDesktopNotifier::cleanup()
{
    for (const QString &name : {QStringLiteral("fake-service"), QStringLiteral("client")})
        QDBusConnection::disconnectFromBus(name);
    if (m_daemon) {
        m_daemon->kill();
        m_daemon->waitForFinished();
        m_daemon.reset();
    }
}

void TestDesktopNotifier::theNotificationServiceReceivesTheStep()
{
    QDBusConnection service =
        QDBusConnection::connectToBus(m_address, QStringLiteral("fake-service"));
    QVERIFY(service.isConnected());
    FakeNotifications fake;
    QVERIFY(service.registerObject(kPath, &fake, QDBusConnection::ExportAllSlots));
    QVERIFY(service.registerService(kService));

    QDBusConnection client = QDBusConnection::connectToBus(m_address, QStringLiteral("client"));
    QVERIFY(client.isConnected());
    DesktopNotifier notifier(client);
    QStringList fallbacks;
    notifier.setFallback(
        [&fallbacks](const QString &summary, const QString &) { fallbacks.append(summary); });
    QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
    notifier.notify(QStringLiteral("Double 11 is live on Shop A"),
                    QStringLiteral("The campaign menu was published at 00:00."));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().first().toBool(), true);
    QCOMPARE(fake.summaries, QStringList{QStringLiteral("Double 11 is live on Shop A")});
    QCOMPARE(fake.bodies, QStringList{QStringLiteral("The campaign menu was published at 00:00.")});
    QCOMPARE(fake.appName, QCoreApplication::applicationName());
    QVERIFY(fallbacks.isEmpty());
}

void TestDesktopNotifier::withoutAServiceTheFallbackShows()
{
    QDBusConnection client = QDBusConnection::connectToBus(m_address, QStringLiteral("client"));
    QVERIFY(client.isConnected());
    DesktopNotifier notifier(client);
    QStringList fallbacks;
    notifier.setFallback([&fallbacks](const QString &summary, const QString &body) {
        fallbacks.append(summary + QLatin1Char('|') + body);
    });
    QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
    notifier.notify(QStringLiteral("Campaign ended"), QStringLiteral("The menus are back."));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().first().toBool(), false);
    QCOMPARE(fallbacks, QStringList{QStringLiteral("Campaign ended|The menus are back.")});
}

void TestDesktopNotifier::withoutABusTheFallbackShows()
{
    DesktopNotifier notifier(QDBusConnection(QStringLiteral("not-connected")));
    QStringList fallbacks;
    notifier.setFallback(
        [&fallbacks](const QString &summary, const QString &) { fallbacks.append(summary); });
    QVERIFY(!notifier.notifyAndWait(QStringLiteral("Campaign failed"), QString()));
    QCOMPARE(fallbacks, QStringList{QStringLiteral("Campaign failed")});
}

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
