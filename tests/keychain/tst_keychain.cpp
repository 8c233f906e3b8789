#include <keychainsecretstore.h>

#include <QUuid>
#include <QtTest>

namespace {

struct Reply
{
    bool done = false;
    QString secret;
    QString error;
};

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadReplaceDelete();

private:
    Reply read(const QString &key);
    QString write(const QString &key, const QString &secret);
    QString remove(const QString &key);

    KeychainSecretStore m_store{QStringLiteral("WeMenu-test")};
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // In CI the real keyring must be there: tools/run-tests.sh starts one.
        if (!qEnvironmentVariableIsEmpty("CI"))
            QFAIL("CI runs this test inside tools/run-tests.sh's D-Bus session, which it lacks");
        QSKIP("no D-Bus session: tools/run-tests.sh runs this test with a throwaway gnome-keyring");
    }
    m_store.setDeadline(20000);
}

Reply TestKeychain::read(const QString &key)
{
    Reply reply;
    m_store.read(key, [&reply](const QString &secret, const QString &error) {
        reply = {true, secret, error};
    });
    (void)QTest::qWaitFor([&reply] { return reply.done; }, 30000);
    return reply;
}

QString TestKeychain::write(const QString &key, const QString &secret)
{
    Reply reply;
    m_store.write(key, secret, [&reply](const QString &error) { reply = {true, {}, error}; });
    (void)QTest::qWaitFor([&reply] { return reply.done; }, 30000);
    return reply.done ? reply.error : QStringLiteral("no answer");
}

QString TestKeychain::remove(const QString &key)
{
    Reply reply;
    m_store.remove(key, [&reply](const QString &error) { reply = {true, {}, error}; });
    (void)QTest::qWaitFor([&reply] { return reply.done; }, 30000);
    return reply.done ? reply.error : QStringLiteral("no answer");
}

void TestKeychain::storeReadReplaceDelete()
{
    const QString key = QStringLiteral("account/test-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString error = write(key, QStringLiteral("first-secret"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Reply reply = read(key);
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.secret, QStringLiteral("first-secret"));

    QVERIFY(write(key, QStringLiteral("second-secret")).isEmpty());
    QCOMPARE(read(key).secret, QStringLiteral("second-secret"));

    QVERIFY(remove(key).isEmpty());
    reply = read(key);
    QVERIFY(reply.done);
    QVERIFY(reply.secret.isEmpty());
    QVERIFY(!reply.error.isEmpty()); // gone
    QVERIFY(remove(key).isEmpty()); // removing what is not there is fine
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
