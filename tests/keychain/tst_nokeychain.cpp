#include <accounts.h>
#include <accountsession.h>
#include <keychainsecretstore.h>
#include <sandboxhost.h>
#include <tokenprovider.h>

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kSecret = QStringLiteral("no-keychain-secret-42");
}

class TestNoKeychain : public QObject
{
    Q_OBJECT

public:
    /// Before any application object: with no display and no session bus there is no keychain
    /// (and nothing may autolaunch one).
    static void initMain()
    {
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

private slots:
    void initTestCase();
    void keychainAnswersWithAnError();
    void secretKeptForTheSessionOnly();
};

void TestNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNoKeychain::keychainAnswersWithAnError()
{
    KeychainSecretStore store(QStringLiteral("WeMenu-test"));
    store.setDeadline(30000); // far longer than an error takes: the answer must be an error
    QString error;
    bool done = false;
    store.write(QStringLiteral("account/x"), kSecret, [&](const QString &why) {
        error = why;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 40000);
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QStringLiteral("did not answer")), qPrintable(error)); // no hang
    QVERIFY(!error.contains(kSecret));
}

void TestNoKeychain::secretKeptForTheSessionOnly()
{
    QTemporaryDir dir;
    QSettings().clear();
    SandboxHost other(dir.filePath(QStringLiteral("other.json")));
    SandboxOptions options;
    options.secret = kSecret;
    other.setOptions(options);
    QString error;
    QVERIFY2(other.ensureStarted(&error), qPrintable(error));

    KeychainSecretStore keychain(QStringLiteral("WeMenu-test"));
    Accounts accounts(&keychain, dir.filePath(QStringLiteral("sandbox.json")));
    Account account;
    account.name = QStringLiteral("Coffee");
    account.appId = options.appId;
    account.apiBase = other.baseUrl();
    QString warning;
    bool saved = false;
    accounts.save(account, kSecret, [&](const QString &why) {
        warning = why;
        saved = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 40000);
    QVERIFY2(warning.contains(QStringLiteral("only until WeMenu closes")), qPrintable(warning));

    // The session still works with it ...
    accounts.setCurrent(QStringLiteral("Coffee"));
    QString token;
    bool got = false;
    accounts.openSession([&](AccountSession *session, const QString &why) {
        QVERIFY2(session, qPrintable(why));
        session->tokens()->token(false, [&](const QString &value, const ApiResult &) {
            token = value;
            got = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(got, 20000);
    QVERIFY(!token.isEmpty());

    // ... and it was written nowhere.
    QSettings().sync();
    for (const QString &root : {dir.path(), QFileInfo(QSettings().fileName()).absolutePath(),
                                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kSecret.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
