#include "lostreplyproxy.h"
#include "programrun.h"

#include <livemenus.h>
#include <matcher.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <sandboxstate.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <sys/stat.h>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
const QString kAppId = QStringLiteral("wxsandbox000000000");
const QString kSecret = QStringLiteral("sandbox-secret-e2e");

/// A server that answers every request with the same JSON body, over loopback.
class FixedAnswerServer : public QTcpServer
{
public:
    explicit FixedAnswerServer(const QByteArray &body)
        : m_body(body)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            socket->setProperty("request", request);
            const qsizetype end = request.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QRegularExpression length(QStringLiteral("content-length:\\s*(\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match =
                length.match(QString::fromLatin1(request.left(end)));
            const qsizetype bodySize = match.hasMatch() ? match.captured(1).toLongLong() : 0;
            if (request.size() < end + 4 + bodySize)
                return;
            socket->setProperty("request", QByteArray());
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
        });
    }

    QByteArray m_body;
};

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunChangesNothing();
    void pushThenPullGivesTheDocumentBack();
    void pushAddingAMenuVerifies();
    void pushNeedsConfirmation();
    void trymatchAgreesWithMatch();
    void failurePartWayIsReportedAndLosesNothing();
    void badInput();
    void builtInSandboxAccount();
    void noSecretAnywhere();
    void serverMessagesAreRedacted();
    void pullRefusesOutputsThatAreNotFiles();
    void historyFolderIsTheAppIdWhicheverWayNamed();
    void lostReplyDuringPushRunsEachCallOnce_data();
    void lostReplyDuringPushRunsEachCallOnce();

private:
    QString writeDocument(const QString &name, const DocumentData &data);
    int sandboxCalls(const QString &endpoint);
    void startSandbox(const QStringList &extra = {});
    ProgramRun wemenu(const QStringList &arguments, const QByteArray &stdinText = {},
                      const QProcessEnvironment &extra = {});
    QByteArray http(const QByteArray &method, const QString &path, const QByteArray &body = {});
    QString token();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_sandbox;
    QString m_base;
    QByteArray m_logs; ///< everything every process printed
};

void TestEndToEnd::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_logs.clear();
    startSandbox();
}

void TestEndToEnd::cleanup()
{
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished();
        m_logs += m_sandbox->readAllStandardOutput() + m_sandbox->readAllStandardError();
    }
    m_sandbox.reset();
    m_home.reset();
}

void TestEndToEnd::startSandbox(const QStringList &extra)
{
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished();
        m_logs += m_sandbox->readAllStandardOutput() + m_sandbox->readAllStandardError();
    }
    m_sandbox = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    m_sandbox->setProcessEnvironment(env);
    m_sandbox->start(QStringLiteral(WEMENU_SANDBOX_BINARY),
                     QStringList{QStringLiteral("--secret"), kSecret, QStringLiteral("--state"),
                                 m_home->filePath(QStringLiteral("sandbox-state.json"))} +
                         extra);
    QVERIFY(m_sandbox->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->canReadLine(), 20000);
    const QByteArray first = m_sandbox->readLine().trimmed();
    QVERIFY2(first.startsWith("listening on http://127.0.0.1:"), first.constData());
    m_base = QString::fromLatin1(first.mid(first.indexOf("http://")));
}

ProgramRun TestEndToEnd::wemenu(const QStringList &arguments, const QByteArray &stdinText,
                                const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    setThrowawayHome(env, m_home->path(), QStringLiteral("home"));
    env.insert(QStringLiteral("WEMENU_APP_SECRET"), kSecret);
    env.insert(QStringLiteral("WEMENU_BACKOFF_MS"), QStringLiteral("1,1,1"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.remove(QStringLiteral("WEMENU_ACCESS_TOKEN"));
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    // The event loop runs while the command does: a proxy in this process may be in its way.
    ProgramOptions options(env);
    options.input = stdinText;
    options.timeoutMs = 120000;
    const ProgramRun run = runWemenu(arguments, options);
    m_logs += run.out + run.err;
    return run;
}

void TestEndToEnd::serverMessagesAreRedacted()
{
    // A server (or something in between) that echoes the secret and the token in its errmsg.
    const QByteArray echoedSecret = "Echoed-AppSecret-5150";
    const QByteArray echoedToken = "Echoed-AccessToken-6160";
    FixedAnswerServer server(R"({"errcode":40013,"errmsg":"invalid appid, secret )" + echoedSecret +
                             " token " + echoedToken +
                             R"( access_token=Tok99Prefixed rid: 6a1b-2c3d"})");
    QVERIFY(server.isListening());
    const QStringList credentials = {QStringLiteral("--api-base"), server.baseUrl(),
                                     QStringLiteral("--appid"),
                                     QStringLiteral("wx0123456789abcdef")};

    QProcessEnvironment secret;
    secret.insert(QStringLiteral("WEMENU_APP_SECRET"), QString::fromLatin1(echoedSecret));
    ProgramRun run = wemenu(QStringList{QStringLiteral("pull")} + credentials, {}, secret);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("40013") && run.err.contains("rid: 6a1b-2c3d"), run.err.constData());
    QVERIFY2(!run.err.contains(echoedSecret), run.err.constData());
    QVERIFY2(!run.err.contains("Tok99Prefixed"), run.err.constData());

    QProcessEnvironment token;
    token.insert(QStringLiteral("WEMENU_ACCESS_TOKEN"), QString::fromLatin1(echoedToken));
    run =
        wemenu(QStringList{QStringLiteral("push"), kSample, QStringLiteral("--yes")} + credentials,
               {}, token);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("40013"), run.err.constData());
    QVERIFY2(!run.err.contains(echoedToken), run.err.constData());
    QVERIFY2(run.err.contains("***"), run.err.constData());
}

void TestEndToEnd::pullRefusesOutputsThatAreNotFiles()
{
    QTemporaryDir dir; // not under the home folder, whose files other tests read
    QVERIFY(dir.isValid());
    const QStringList credentials = {QStringLiteral("--api-base"), m_base,
                                     QStringLiteral("--appid"), kAppId};
    // A pipe nobody reads: opening it would block for good; replacing it would lose it.
    const QString pipe = dir.filePath(QStringLiteral("live.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    ProgramRun run =
        wemenu(QStringList{QStringLiteral("pull"), QStringLiteral("-o"), pipe} + credentials);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(pipe.toUtf8()) && run.err.contains("not a regular file"),
             run.err.constData());
    struct stat status = {};
    QCOMPARE(::lstat(QFile::encodeName(pipe).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));

    const QString folder = dir.filePath(QStringLiteral("folder.json"));
    QVERIFY(QDir().mkpath(folder));
    run = wemenu(QStringList{QStringLiteral("pull"), QStringLiteral("-o"), folder} + credentials);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(dir.path())
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList({QStringLiteral("folder.json"), QStringLiteral("live.json")}));
}

void TestEndToEnd::historyFolderIsTheAppIdWhicheverWayNamed()
{
    // The built-in Sandbox account by its name, then the same AppID by address.
    ProgramRun run = wemenu({QStringLiteral("push"), kSample, QStringLiteral("--yes"),
                             QStringLiteral("--account"), QStringLiteral("Sandbox")});
    QVERIFY2(run.exitCode == 0, run.err.right(800).constData());
    run = wemenu({QStringLiteral("push"), kSample, QStringLiteral("--yes"),
                  QStringLiteral("--api-base"), m_base, QStringLiteral("--appid"), kAppId});
    QVERIFY2(run.exitCode == 0, run.err.right(800).constData());
    const QDir history(m_home->filePath(QStringLiteral("data/WeMenu/wemenu/history")));
    QCOMPARE(history.entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{kAppId});
    QCOMPARE(
        QDir(history.filePath(kAppId)).entryList({QStringLiteral("*.json")}, QDir::Files).size(),
        2);
}

QByteArray TestEndToEnd::http(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = method == "POST" ? network.post(request, body) : network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        return {};
    reply->deleteLater();
    return reply->readAll();
}

QString TestEndToEnd::token()
{
    // stable_token hands out the same token while it is valid: the one the CLI used.
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("grant_type"),
                                                       QStringLiteral("client_credential")},
                                                      {QStringLiteral("appid"), kAppId},
                                                      {QStringLiteral("secret"), kSecret}})
                                .toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(http("POST", QStringLiteral("/cgi-bin/stable_token"), body))
        .object()
        .value(QStringLiteral("access_token"))
        .toString();
}

void TestEndToEnd::dryRunChangesNothing()
{
    const ProgramRun run =
        wemenu({QStringLiteral("push"), kSample, QStringLiteral("--api-base"), m_base,
                QStringLiteral("--appid"), kAppId, QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // From the oldest menu (the last) to the newest, each added one becoming the newest.
    QCOMPARE(run.out, QByteArray("menu/create menu\n"
                                 "menu/addconditional conditionalmenu[1]\n"
                                 "menu/addconditional conditionalmenu[0]\n"));
    const QJsonObject menu =
        QJsonDocument::fromJson(
            http("GET", QStringLiteral("/cgi-bin/menu/get?access_token=") + token()))
            .object();
    QCOMPARE(menu.value(QStringLiteral("errcode")).toInt(), 46003);
}

void TestEndToEnd::pushThenPullGivesTheDocumentBack()
{
    const QStringList credentials = {QStringLiteral("--api-base"), m_base,
                                     QStringLiteral("--appid"), kAppId};
    ProgramRun run =
        wemenu(QStringList{QStringLiteral("push"), kSample, QStringLiteral("--yes")} + credentials);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("verified"));
    const QString pulled = m_home->filePath(QStringLiteral("pulled.json"));
    run = wemenu(QStringList{QStringLiteral("pull"), QStringLiteral("-o"), pulled} + credentials);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const ReadResult back = MenuFile::readFile(pulled);
    QVERIFY2(back.ok, qPrintable(back.error.message));
    QCOMPARE(back.data, MenuFile::readFile(kSample).data);
    // A second push has nothing to do; the history kept the state before the first.
    run =
        wemenu(QStringList{QStringLiteral("push"), kSample, QStringLiteral("--yes")} + credentials);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    const QDir history(m_home->filePath(QStringLiteral("data/WeMenu/wemenu/history/") + kAppId));
    QCOMPARE(history.entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
    // The state survives a restart of the sandbox.
    startSandbox(); // on a new port
    run = wemenu({QStringLiteral("pull"), QStringLiteral("--api-base"), m_base,
                  QStringLiteral("--appid"), kAppId});
    QVERIFY2(run.exitCode == 0, run.err.right(600).constData());
    QCOMPARE(MenuFile::readBytes(run.out).data, MenuFile::readFile(kSample).data);
}

void TestEndToEnd::pushAddingAMenuVerifies()
{
    // An account that already has conditional menus gets one more: the plan is that one call,
    // and reading the account back (newest first) verifies it.
    const QStringList credentials = {QStringLiteral("--api-base"), m_base,
                                     QStringLiteral("--appid"), kAppId};
    ProgramRun run =
        wemenu(QStringList{QStringLiteral("push"), kSample, QStringLiteral("--yes")} + credentials);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    DocumentData more = MenuFile::readFile(kSample).data;
    Menu android = more.conditionalMenus.first();
    android.matchRule.tagId.clear();
    android.matchRule.clientPlatformType = QStringLiteral("2");
    more.conditionalMenus.prepend(android);
    const QString file = m_home->filePath(QStringLiteral("more.json"));
    QString error;
    QVERIFY2(MenuFile::writeFile(file, MenuJsonWriter::document(more), &error), qPrintable(error));

    run = wemenu(QStringList{QStringLiteral("push"), file, QStringLiteral("--yes")} + credentials);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("menu/addconditional conditionalmenu[0]\n"));
    QVERIFY2(run.err.contains("verified"), run.err.constData());

    const QJsonArray live =
        QJsonDocument::fromJson(
            http("GET", QStringLiteral("/cgi-bin/menu/get?access_token=") + token()))
            .object()
            .value(QStringLiteral("conditionalmenu"))
            .toArray();
    QCOMPARE(live.size(), 3);
    QCOMPARE(live.at(0)
                 .toObject()
                 .value(QStringLiteral("matchrule"))
                 .toObject()
                 .value(QStringLiteral("client_platform_type"))
                 .toVariant()
                 .toString(),
             QStringLiteral("2"));
    run = wemenu(QStringList{QStringLiteral("pull")} + credentials);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(MenuFile::readBytes(run.out).data, more);
}

void TestEndToEnd::pushNeedsConfirmation()
{
    const ProgramRun run = wemenu({QStringLiteral("push"), kSample, QStringLiteral("--api-base"),
                                   m_base, QStringLiteral("--appid"), kAppId},
                                  "y\n"); // not a terminal: the answer is not taken
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(QJsonDocument::fromJson(
                 http("GET", QStringLiteral("/cgi-bin/menu/get?access_token=") + token()))
                 .object()
                 .value(QStringLiteral("errcode"))
                 .toInt(),
             46003);
}

void TestEndToEnd::trymatchAgreesWithMatch()
{
    QCOMPARE(wemenu({QStringLiteral("push"), kSample, QStringLiteral("--api-base"), m_base,
                     QStringLiteral("--appid"), kAppId, QStringLiteral("--yes")})
                 .exitCode,
             0);
    const DocumentData document = MenuFile::readFile(kSample).data;
    SandboxState state;
    QString error;
    QVERIFY(SandboxState::fromJson(http("GET", QStringLiteral("/_sandbox/state")), &state, &error));
    QVERIFY(!state.followers.isEmpty());
    const QString accessToken = token();
    for (const SandboxFollower &follower : std::as_const(state.followers)) {
        QStringList arguments = {QStringLiteral("match"), kSample, QStringLiteral("--client"),
                                 follower.client};
        if (!follower.tags.isEmpty())
            arguments << QStringLiteral("--tags") << follower.tags.join(QLatin1Char(','));
        const ProgramRun match = wemenu(arguments);
        QCOMPARE(match.exitCode, 0);
        const QString predicted = QString::fromUtf8(match.out).trimmed();
        const QByteArray answer =
            http("POST", QStringLiteral("/cgi-bin/menu/trymatch?access_token=") + accessToken,
                 QJsonDocument(QJsonObject{{QStringLiteral("user_id"), follower.wechatId}})
                     .toJson(QJsonDocument::Compact));
        const ReadResult served = MenuFile::readBytes(answer);
        QVERIFY2(served.ok, answer.constData());
        const int index = predicted == QLatin1String("default")
                              ? -1
                              : predicted.mid(16, predicted.size() - 17).toInt();
        QVERIFY2(served.data.defaultMenu.buttons == document.menu(index).buttons,
                 qPrintable(follower.wechatId + QStringLiteral(" -> ") + predicted));
    }
}

void TestEndToEnd::failurePartWayIsReportedAndLosesNothing()
{
    startSandbox({QStringLiteral("--fail-on"), QStringLiteral("menu/addconditional:2"),
                  QStringLiteral("--fail-with"), QStringLiteral("45009")});
    QFile sample(kSample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray before = sample.readAll();
    const ProgramRun run =
        wemenu({QStringLiteral("push"), kSample, QStringLiteral("--api-base"), m_base,
                QStringLiteral("--appid"), kAppId, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Stopped at call 3 of 3"), run.err.constData());
    QVERIFY(run.err.contains("ran:     menu/create menu"));
    QVERIFY(run.err.contains("not run: menu/addconditional conditionalmenu[0]"));
    QVERIFY(run.err.contains("45009"));
    sample.seek(0);
    QCOMPARE(sample.readAll(), before);
}

void TestEndToEnd::badInput()
{
    const QStringList credentials = {QStringLiteral("--api-base"), m_base,
                                     QStringLiteral("--appid"), kAppId};
    QCOMPARE(wemenu(QStringList{QStringLiteral("push"),
                                QStringLiteral(WEMENU_TEST_DATA "/seed/create-5.2-request.json"),
                                QStringLiteral("--yes")} +
                    credentials)
                 .exitCode,
             2); // validation errors: nothing is sent
    // A single conditional menu is not a whole document: publishing it would remove the rest.
    const ProgramRun single =
        wemenu(QStringList{QStringLiteral("push"),
                           QStringLiteral(WEMENU_TEST_DATA "/seed/addconditional-5.1-request.json"),
                           QStringLiteral("--yes")} +
               credentials);
    QCOMPARE(single.exitCode, 2);
    QVERIFY(single.err.contains("conditional"));
    QCOMPARE(QJsonDocument::fromJson(
                 http("GET", QStringLiteral("/cgi-bin/menu/get?access_token=") + token()))
                 .object()
                 .value(QStringLiteral("errcode"))
                 .toInt(),
             46003); // nothing was sent
    QCOMPARE(wemenu({QStringLiteral("push"), kSample, QStringLiteral("--yes")}).exitCode, 2);
    QCOMPARE(wemenu({QStringLiteral("pull"), QStringLiteral("--api-base"),
                     QStringLiteral("http://192.0.2.1"), QStringLiteral("--appid"), kAppId})
                 .exitCode,
             2); // plain http to another host is refused before any traffic
    QCOMPARE(wemenu({QStringLiteral("push")}).exitCode, 64);
    QCOMPARE(wemenu({QStringLiteral("pull"), QStringLiteral("extra")}).exitCode, 64);
}

void TestEndToEnd::builtInSandboxAccount()
{
    // The editor's built-in account, from the command line: no setup at all.
    const QStringList account = {QStringLiteral("--account"), QStringLiteral("Sandbox")};
    ProgramRun run =
        wemenu(QStringList{QStringLiteral("push"), kSample, QStringLiteral("--yes")} + account);
    QVERIFY2(run.exitCode == 0, run.err.right(800).constData());
    run = wemenu(QStringList{QStringLiteral("pull")} + account);
    QVERIFY2(run.exitCode == 0, run.err.right(800).constData());
    QCOMPARE(MenuFile::readBytes(run.out).data, MenuFile::readFile(kSample).data);
    QVERIFY(
        QFile::exists(m_home->filePath(QStringLiteral("data/WeMenu/wemenu/sandbox/state.json"))));
    run = wemenu(
        QStringList{QStringLiteral("pull"), QStringLiteral("--account"), QStringLiteral("Nobody")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Nobody"));
}

void TestEndToEnd::noSecretAnywhere()
{
    const QStringList credentials = {QStringLiteral("--api-base"), m_base,
                                     QStringLiteral("--appid"), kAppId};
    QCOMPARE(
        wemenu(QStringList{QStringLiteral("push"), kSample, QStringLiteral("--yes")} + credentials)
            .exitCode,
        0);
    QCOMPARE(wemenu(QStringList{QStringLiteral("pull"), QStringLiteral("-o"),
                                m_home->filePath(QStringLiteral("data/pulled.json"))} +
                    credentials)
                 .exitCode,
             0);
    startSandbox({QStringLiteral("--fail-on"), QStringLiteral("menu/get"),
                  QStringLiteral("--fail-with"), QStringLiteral("40001")});
    QCOMPARE(wemenu({QStringLiteral("pull"), QStringLiteral("--api-base"), m_base,
                     QStringLiteral("--appid"), kAppId})
                 .exitCode,
             1);
    const QString accessToken = token();
    QVERIFY(!accessToken.isEmpty());
    m_sandbox->kill();
    m_sandbox->waitForFinished();
    m_logs += m_sandbox->readAllStandardOutput() + m_sandbox->readAllStandardError();
    m_sandbox.reset();

    QVERIFY(m_logs.contains("qt.network") || m_logs.contains("qt.httpserver")); // logging was on
    QVERIFY2(!m_logs.contains(kSecret.toUtf8()), "the AppSecret reached a log line");
    QVERIFY2(!m_logs.contains(accessToken.toUtf8()), "an access token reached a log line");
    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(kSecret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(accessToken.toUtf8()), qPrintable(file.fileName()));
        ++checked;
    }
    QVERIFY(checked >= 3); // the pulled file, the history entry, the sandbox state
}

QString TestEndToEnd::writeDocument(const QString &name, const DocumentData &data)
{
    const QString file = m_home->filePath(name);
    QString error;
    if (!MenuFile::writeFile(file, MenuJsonWriter::document(data), &error))
        qWarning("%s", qPrintable(error));
    return file;
}

int TestEndToEnd::sandboxCalls(const QString &endpoint)
{
    return QJsonDocument::fromJson(http("GET", QStringLiteral("/_sandbox/state")))
        .object()
        .value(QStringLiteral("calls"))
        .toObject()
        .value(endpoint)
        .toInt();
}

void TestEndToEnd::lostReplyDuringPushRunsEachCallOnce_data()
{
    LostReplyProxy::addChangingEndpointRows();
}

void TestEndToEnd::lostReplyDuringPushRunsEachCallOnce()
{
    // The connection to WeChat drops after the server applied a call, before its answer.
    QFETCH(QString, endpoint);
    QFETCH(bool, empty);
    const DocumentData sample = MenuFile::readFile(kSample).data;
    DocumentData live = sample;
    live.conditionalMenus = {sample.conditionalMenus.at(0)};
    DocumentData wanted = sample;
    wanted.defaultMenu.buttons[0].name = QStringLiteral(u"新品");
    wanted.conditionalMenus = {sample.conditionalMenus.at(1)};
    if (empty) {
        wanted = DocumentData();
        wanted.hasDefaultMenu = false;
    }
    const QStringList direct = {QStringLiteral("--api-base"), m_base, QStringLiteral("--appid"),
                                kAppId};
    ProgramRun run =
        wemenu(QStringList{QStringLiteral("push"), writeDocument(QStringLiteral("live.json"), live),
                           QStringLiteral("--yes")} +
               direct);
    QVERIFY2(run.exitCode == 0, run.err.constData());

    LostReplyProxy proxy{QUrl(m_base)};
    proxy.dropAnswerOf(endpoint);
    const int before = sandboxCalls(endpoint);
    run = wemenu({QStringLiteral("push"), writeDocument(QStringLiteral("wanted.json"), wanted),
                  QStringLiteral("--yes"), QStringLiteral("--api-base"), proxy.url().toString(),
                  QStringLiteral("--appid"), kAppId});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(proxy.dropped(), 1);
    QCOMPARE(proxy.count(endpoint), 1);
    QCOMPARE(sandboxCalls(endpoint) - before, 1); // exactly once
    QVERIFY2(run.err.contains("took effect"), run.err.constData());

    run = wemenu(QStringList{QStringLiteral("pull")} + direct);
    if (empty) {
        QVERIFY(QJsonDocument::fromJson(
                    http("GET", QStringLiteral("/cgi-bin/menu/get?access_token=") + token()))
                    .object()
                    .value(QStringLiteral("errcode"))
                    .toInt() == 46003);
        return;
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const ReadResult account = MenuFile::readBytes(run.out);
    QVERIFY(account.ok);
    QVERIFY(LiveMenus::sameContent(account.data, wanted)); // no duplicate, nothing missing
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
