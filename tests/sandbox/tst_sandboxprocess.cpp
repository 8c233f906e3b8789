// The wemenu-sandbox executable, end to end: the real binary is run with QProcess, its first
// stdout line read, and then it is talked to over HTTP on loopback. Expected values come from
// design.md ("The sandbox") and menu-rules.md, worked out by hand.

#include "sandboxclient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace SandboxTest;

namespace {

constexpr int kTimeoutMs = 30000;

const QString kAliceOpenId = QStringLiteral("o6_bmjrPTlm6_2sgVt7hMZOPfL2M"); // tag 2, iOS

QString dataFile(const QString &relative)
{
    return QStringLiteral(WEMENU_TEST_DATA "/sandbox/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataFile(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString firstName(const QJsonObject &menu)
{
    return menu.value(QStringLiteral("button"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

} // namespace

/// Starts the sandbox with `arguments` and points `client` at it.
#define START_SANDBOX(client, ...)                                                                 \
    do {                                                                                           \
        QString line_;                                                                             \
        QProcess *process_ = startSandbox({__VA_ARGS__}, &line_);                                  \
        QVERIFY2(process_, qPrintable(m_lastFailure));                                             \
        const QUrl url_ = listeningUrl(line_);                                                     \
        QVERIFY2(url_.isValid(), qPrintable(line_));                                               \
        (client).setBaseUrl(url_);                                                                 \
    } while (false)

#define NEW_TOKEN(client, name)                                                                    \
    const QString name = (client).newToken();                                                      \
    QVERIFY(!name.isEmpty())

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private:
    /// Starts the binary and reads its first stdout line; nullptr when there is none.
    QProcess *startSandbox(const QStringList &arguments, QString *firstLine)
    {
        auto *process = new QProcess(this);
        m_processes.append(process);
        process->setProgram(QStringLiteral(WEMENU_SANDBOX_BINARY));
        process->setArguments(arguments);
        process->start();
        if (!process->waitForStarted(kTimeoutMs)) {
            m_lastFailure = process->errorString();
            return nullptr;
        }
        const QDeadlineTimer deadline(kTimeoutMs);
        while (!process->canReadLine() && !deadline.hasExpired()) {
            if (!process->waitForReadyRead(int(deadline.remainingTime())))
                break;
        }
        if (!process->canReadLine()) {
            m_lastFailure = QStringLiteral("no first line; stderr: %1")
                                .arg(QString::fromUtf8(process->readAllStandardError()));
            return nullptr;
        }
        *firstLine = QString::fromUtf8(process->readLine());
        if (firstLine->endsWith(QLatin1Char('\n')))
            firstLine->chop(1);
        return process;
    }

    /// The base URL of a "listening on http://127.0.0.1:PORT" line, or an invalid URL.
    static QUrl listeningUrl(const QString &line)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:([0-9]+))$"));
        const QRegularExpressionMatch match = pattern.match(line);
        if (!match.hasMatch())
            return {};
        const int port = match.captured(2).toInt();
        if (port <= 0 || port > 65535)
            return {};
        return QUrl(match.captured(1));
    }

    /// Runs the binary to its end.
    struct Finished
    {
        bool finished = false;
        QProcess::ExitStatus status = QProcess::CrashExit;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        QString describe() const
        {
            return QStringLiteral("exit %1 (%2)\n--- stdout:\n%3\n--- stderr:\n%4")
                .arg(exitCode)
                .arg(finished ? QStringLiteral("finished") : QStringLiteral("still running"))
                .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
        }
    };

    Finished runToEnd(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        m_processes.append(process);
        process->setProgram(QStringLiteral(WEMENU_SANDBOX_BINARY));
        process->setArguments(arguments);
        process->start();
        Finished result;
        result.finished =
            process->waitForStarted(kTimeoutMs) && process->waitForFinished(kTimeoutMs);
        result.status = process->exitStatus();
        result.exitCode = process->exitCode();
        result.out = process->readAllStandardOutput();
        result.err = process->readAllStandardError();
        return result;
    }

    /// Stops every sandbox started so far.
    void stopAll()
    {
        for (QProcess *process : std::as_const(m_processes)) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(kTimeoutMs)) {
                    process->kill();
                    process->waitForFinished(kTimeoutMs);
                }
            }
            delete process;
        }
        m_processes.clear();
    }

    QList<QProcess *> m_processes;
    QString m_lastFailure;

private slots:
    void cleanup() { stopAll(); }

    void firstLineAndHttp();
    void hostRefused_data();
    void hostRefused();
    void otherLoopbackHosts_data();
    void otherLoopbackHosts();
    void stateSurvivesRestart();
    void stateFileFixtures();
    void quotaSurvivesRestart();
    void appIdAndSecretHonoured();
    void commandLineFaults();
    void commandLineStallAndLatency();
    void createClearsConditionalOption();
    void usageErrors_data();
    void usageErrors();
    void help();
};

void TestSandboxProcess::firstLineAndHttp()
{
    Client client;
    QString line;
    QProcess *process = startSandbox({}, &line);
    QVERIFY2(process, qPrintable(m_lastFailure));
    const QUrl url = listeningUrl(line);
    QVERIFY2(url.isValid(), qPrintable(line));
    QCOMPARE(process->state(), QProcess::Running); // the line came while it runs: flushed
    client.setBaseUrl(url);

    const HttpReply token = client.token();
    VERIFY_OK(token);
    QCOMPARE(token.json.value(QStringLiteral("expires_in")).toInt(), 7200);
    VERIFY_OK(client.call(QStringLiteral("tags/get"),
                          token.json.value(QStringLiteral("access_token")).toString()));
    const QJsonObject calls = client.state().value(QStringLiteral("calls")).toObject();
    QCOMPARE(calls, (QJsonObject{{QStringLiteral("token"), 1}, {QStringLiteral("tags/get"), 1}}));

    // An explicit loopback host and port: the one just released. Another program on this
    // machine may take it meanwhile; then a port free now, a few times at most.
    int port = url.port();
    stopAll();
    Client again;
    QString againLine;
    QProcess *restarted = nullptr;
    for (int attempt = 0; attempt < 3 && !restarted; ++attempt) {
        restarted = startSandbox({QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("--port"), QString::number(port)},
                                 &againLine);
        if (restarted || !m_lastFailure.contains(QLatin1String("cannot listen")))
            break;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QVERIFY2(restarted, qPrintable(m_lastFailure));
    again.setBaseUrl(listeningUrl(againLine));
    QCOMPARE(again.baseUrl().port(), port);
    VERIFY_OK(again.token());
}

void TestSandboxProcess::hostRefused_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0");
    QTest::newRow("192.168.1.10") << QStringLiteral("192.168.1.10");
    QTest::newRow("::") << QStringLiteral("::");
    QTest::newRow("example.com") << QStringLiteral("example.com");
}

void TestSandboxProcess::hostRefused()
{
    QFETCH(QString, host);
    const Finished run = runToEnd({QStringLiteral("--host"), host});
    QVERIFY2(run.finished && run.status == QProcess::NormalExit, qPrintable(run.describe()));
    QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(!run.out.contains("listening"), qPrintable(run.describe()));
    QVERIFY2(run.err.contains("loopback"), qPrintable(run.describe()));
}

void TestSandboxProcess::otherLoopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("shown"); // the host in the first line
    QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("127.0.0.1");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("::1") << QStringLiteral("::1") << QStringLiteral("[::1]");
}

void TestSandboxProcess::otherLoopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(QString, shown);
    QString line;
    QProcess *process = startSandbox({QStringLiteral("--host"), host}, &line);
    if (!process && host.contains(QLatin1Char(':')) &&
        m_lastFailure.contains(QLatin1String("cannot listen")))
        QSKIP("no IPv6 loopback here");
    QVERIFY2(process, qPrintable(m_lastFailure));
    static const QRegularExpression pattern(
        QStringLiteral("^listening on (http://(.+):([0-9]+))$"));
    const QRegularExpressionMatch match = pattern.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QCOMPARE(match.captured(2), shown);
    Client client;
    client.setBaseUrl(QUrl(match.captured(1)));
    NEW_TOKEN(client, token);
    VERIFY_OK(client.call(QStringLiteral("tags/get"), token));
}

void TestSandboxProcess::stateSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateFile = dir.filePath(QStringLiteral("account.json"));

    QString menuId;
    const QJsonArray buttons = {
        click(QStringLiteral("今日歌曲"), QStringLiteral("V1001_TODAY_MUSIC")),
        subMenu(QStringLiteral("菜单"),
                {view(QStringLiteral("搜索"), QStringLiteral("http://www.soso.com/"))})};
    {
        Client client;
        START_SANDBOX(client, QStringLiteral("--state"), stateFile);
        QVERIFY(QFile::exists(stateFile));
        NEW_TOKEN(client, token);
        VERIFY_OK(client.call(QStringLiteral("menu/create"), token, createBody(buttons)));
        const HttpReply added = client.call(
            QStringLiteral("menu/addconditional"), token,
            conditionalBody({click(QStringLiteral("会员"))}, rule(QStringLiteral("2"))));
        VERIFY_OK(added);
        menuId = added.json.value(QStringLiteral("menuid")).toString();
        QVERIFY(!menuId.isEmpty());
    }
    stopAll();

    // The file is JSON holding the menu.
    QFile file(stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(firstName(saved.value(QStringLiteral("menu")).toObject()), QStringLiteral("今日歌曲"));
    file.close();

    Client client;
    START_SANDBOX(client, QStringLiteral("--state"), stateFile);
    NEW_TOKEN(client, token);
    const HttpReply got = client.call(QStringLiteral("menu/get"), token);
    VERIFY_OK(got);
    const QJsonArray live =
        got.json.value(QStringLiteral("menu")).toObject().value(QStringLiteral("button")).toArray();
    QCOMPARE(live.size(), 2);
    QCOMPARE(live.at(0).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("click")},
                          {QStringLiteral("name"), QStringLiteral("今日歌曲")},
                          {QStringLiteral("key"), QStringLiteral("V1001_TODAY_MUSIC")},
                          {QStringLiteral("sub_button"), QJsonArray()}}));
    QCOMPARE(live.at(1)
                 .toObject()
                 .value(QStringLiteral("sub_button"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toString(),
             QStringLiteral("http://www.soso.com/"));
    const QJsonArray conditional = got.json.value(QStringLiteral("conditionalmenu")).toArray();
    QCOMPARE(conditional.size(), 1);
    QCOMPARE(
        QString::number(conditional.first().toObject().value(QStringLiteral("menuid")).toInteger()),
        menuId);
    const HttpReply matched =
        client.call(QStringLiteral("menu/trymatch"), token, userBody(kAliceOpenId));
    VERIFY_OK(matched);
    QCOMPARE(firstName(matched.json), QStringLiteral("会员"));

    // A deletion is kept too.
    VERIFY_OK(client.call(QStringLiteral("menu/delete"), token));
    stopAll();
    Client third;
    START_SANDBOX(third, QStringLiteral("--state"), stateFile);
    NEW_TOKEN(third, fresh);
    VERIFY_ERRCODE(third.call(QStringLiteral("menu/get"), fresh), 46003);
}

void TestSandboxProcess::stateFileFixtures()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // A menu made in the web console: only get_current_selfmenu_info shows it.
    const QString console = dir.filePath(QStringLiteral("console.json"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("console-menu.state.json")), console));
    QFile::setPermissions(console, QFile::ReadOwner | QFile::WriteOwner);
    {
        Client client;
        START_SANDBOX(client, QStringLiteral("--state"), console);
        NEW_TOKEN(client, token);
        VERIFY_ERRCODE(client.call(QStringLiteral("menu/get"), token), 46003);
        const HttpReply info = client.call(QStringLiteral("get_current_selfmenu_info"), token);
        VERIFY_OK(info);
        QCOMPARE(info.json, QJsonDocument::fromJson(
                                readData(QStringLiteral("console-menu.selfmenu-info.json")))
                                .object());
    }
    stopAll();

    // Live menus with their menuids.
    const QString legacy = dir.filePath(QStringLiteral("legacy.json"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("legacy-menus.state.json")), legacy));
    QFile::setPermissions(legacy, QFile::ReadOwner | QFile::WriteOwner);
    Client client;
    START_SANDBOX(client, QStringLiteral("--state"), legacy);
    NEW_TOKEN(client, token);
    const HttpReply got = client.call(QStringLiteral("menu/get"), token);
    VERIFY_OK(got);
    QCOMPARE(got.json.value(QStringLiteral("menu")).toObject().value(QStringLiteral("menuid")),
             QJsonValue(208379533));
    const QJsonArray listed = got.json.value(QStringLiteral("conditionalmenu")).toArray();
    QCOMPARE(listed.size(), 3);
    // The state file keeps the priority order: the newest (highest menuid) first.
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("menuid")), QJsonValue(208379536));
    QCOMPARE(listed.at(2).toObject().value(QStringLiteral("menuid")), QJsonValue(208379534));
    // A menu added now is the newest, first in menu/get and in the state file written back.
    const HttpReply added = client.call(
        QStringLiteral("menu/addconditional"), token,
        conditionalBody({click(QStringLiteral("New"))}, rule(QString(), QStringLiteral("2"))));
    VERIFY_OK(added);
    QFile written(legacy);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonArray kept = QJsonDocument::fromJson(written.readAll())
                                .object()
                                .value(QStringLiteral("conditionalmenu"))
                                .toArray();
    QCOMPARE(kept.size(), 4);
    QCOMPARE(kept.at(0).toObject().value(QStringLiteral("menuid")).toVariant().toString(),
             added.json.value(QStringLiteral("menuid")).toString());
    QCOMPARE(kept.at(1).toObject().value(QStringLiteral("menuid")).toVariant().toString(),
             QStringLiteral("208379536"));

    // A state file that is not one: refused at start.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"menu\": ");
    out.close();
    const Finished run = runToEnd({QStringLiteral("--state"), broken});
    QVERIFY2(run.finished && run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(!run.out.contains("listening"), qPrintable(run.describe()));
}

void TestSandboxProcess::quotaSurvivesRestart()
{
    // Quotas count calls a day, not calls a run.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stateFile = dir.filePath(QStringLiteral("account.json"));
    const QStringList arguments = {QStringLiteral("--state"), stateFile, QStringLiteral("--quota"),
                                   QStringLiteral("menu/trymatch=2")};
    {
        Client client;
        START_SANDBOX(client, arguments.at(0), arguments.at(1), arguments.at(2), arguments.at(3));
        NEW_TOKEN(client, token);
        VERIFY_OK(client.call(QStringLiteral("menu/create"), token,
                              createBody({click(QStringLiteral("默认"))})));
        VERIFY_OK(client.call(QStringLiteral("menu/trymatch"), token, userBody(kAliceOpenId)));
    }
    stopAll();
    Client client;
    START_SANDBOX(client, arguments.at(0), arguments.at(1), arguments.at(2), arguments.at(3));
    NEW_TOKEN(client, token);
    VERIFY_OK(client.call(QStringLiteral("menu/trymatch"), token, userBody(kAliceOpenId)));
    VERIFY_ERRCODE(client.call(QStringLiteral("menu/trymatch"), token, userBody(kAliceOpenId)),
                   45009);
}

void TestSandboxProcess::appIdAndSecretHonoured()
{
    const QString appId = QStringLiteral("wx1234567890abcdef");
    const QString secret = QStringLiteral("s3cret-of-this-account");
    Client client;
    START_SANDBOX(client, QStringLiteral("--appid"), appId, QStringLiteral("--secret"), secret);

    const HttpReply token = client.token(appId, secret);
    VERIFY_OK(token);
    VERIFY_OK(client.call(QStringLiteral("tags/get"),
                          token.json.value(QStringLiteral("access_token")).toString()));
    VERIFY_OK(client.stableToken(false, appId, secret));

    // The defaults no longer open the account.
    VERIFY_ERRCODE(client.token(), 40013);
    VERIFY_ERRCODE(client.token(appId, defaultSecret()), 40125);
    VERIFY_ERRCODE(client.stableToken(false, defaultAppId(), secret), 40013);
    VERIFY_ERRCODE(client.stableToken(false, appId, QStringLiteral("wrong")), 40125);
}

void TestSandboxProcess::commandLineFaults()
{
    Client client;
    START_SANDBOX(client, QStringLiteral("--fail-on"), QStringLiteral("tags/get:2"),
                  QStringLiteral("--fail-with"), QStringLiteral("http500"),
                  QStringLiteral("--token-ttl"), QStringLiteral("60"), QStringLiteral("--quota"),
                  QStringLiteral("menu/trymatch=1"));
    const HttpReply token = client.token();
    VERIFY_OK(token);
    QCOMPARE(token.json.value(QStringLiteral("expires_in")).toInt(), 60);
    const QString accessToken = token.json.value(QStringLiteral("access_token")).toString();

    // Only the second call to tags/get fails, with HTTP 500.
    VERIFY_OK(client.call(QStringLiteral("tags/get"), accessToken));
    const HttpReply failed = client.call(QStringLiteral("tags/get"), accessToken);
    QVERIFY2(failed.finished, qPrintable(failed.describe()));
    QCOMPARE(failed.status, 500);
    VERIFY_OK(client.call(QStringLiteral("tags/get"), accessToken));

    // A quota of one trymatch a day.
    VERIFY_OK(client.call(QStringLiteral("menu/create"), accessToken,
                          createBody({click(QStringLiteral("默认"))})));
    VERIFY_OK(client.call(QStringLiteral("menu/trymatch"), accessToken, userBody(kAliceOpenId)));
    VERIFY_ERRCODE(
        client.call(QStringLiteral("menu/trymatch"), accessToken, userBody(kAliceOpenId)), 45009);

    // The 60-second token.
    VERIFY_OK(client.advanceClock(61));
    VERIFY_ERRCODE(client.call(QStringLiteral("menu/get"), accessToken), 42001);

    // An errcode instead of HTTP 500.
    stopAll();
    Client other;
    START_SANDBOX(other, QStringLiteral("--fail-on"), QStringLiteral("menu/get"),
                  QStringLiteral("--fail-with"), QStringLiteral("40001"));
    NEW_TOKEN(other, otherToken);
    VERIFY_ERRCODE(other.call(QStringLiteral("menu/get"), otherToken), 40001);
    VERIFY_ERRCODE(other.call(QStringLiteral("menu/get"), otherToken), 40001);
    VERIFY_OK(other.call(QStringLiteral("tags/get"), otherToken));
}

void TestSandboxProcess::commandLineStallAndLatency()
{
    Client client;
    START_SANDBOX(client, QStringLiteral("--stall"), QStringLiteral("menu/get"),
                  QStringLiteral("--latency-ms"), QStringLiteral("300"));
    NEW_TOKEN(client, token);

    QElapsedTimer timer;
    timer.start();
    VERIFY_OK(client.call(QStringLiteral("tags/get"), token));
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("access_token"), token);
    const HttpReply stalled =
        client.send("GET", QStringLiteral("/cgi-bin/menu/get"), query, {}, 1000);
    QVERIFY2(stalled.finished, qPrintable(stalled.describe()));
    QVERIFY2(stalled.error != QNetworkReply::NoError, qPrintable(stalled.describe()));
    QCOMPARE(stalled.status, 0);
}

void TestSandboxProcess::createClearsConditionalOption()
{
    Client client;
    START_SANDBOX(client, QStringLiteral("--create-clears-conditional"));
    NEW_TOKEN(client, token);
    VERIFY_OK(client.call(QStringLiteral("menu/create"), token,
                          createBody({click(QStringLiteral("默认"))})));
    VERIFY_OK(
        client.call(QStringLiteral("menu/addconditional"), token,
                    conditionalBody({click(QStringLiteral("会员"))}, rule(QStringLiteral("2")))));
    VERIFY_OK(client.call(QStringLiteral("menu/create"), token,
                          createBody({click(QStringLiteral("新默认"))})));
    const HttpReply got = client.call(QStringLiteral("menu/get"), token);
    VERIFY_OK(got);
    QVERIFY(got.json.value(QStringLiteral("conditionalmenu")).toArray().isEmpty());
}

void TestSandboxProcess::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("positional argument") << QStringList{QStringLiteral("serve")};
    QTest::newRow("--host without a value") << QStringList{QStringLiteral("--host")};
    QTest::newRow("--port not a number")
        << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("--port out of range")
        << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("--fail-rate above 1")
        << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("2")};
    QTest::newRow("--fail-rate not a number")
        << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("often")};
    QTest::newRow("--fail-with neither errcode nor http500")
        << QStringList{QStringLiteral("--fail-with"), QStringLiteral("http404")};
    QTest::newRow("--fail-on with a bad call number")
        << QStringList{QStringLiteral("--fail-on"), QStringLiteral("menu/get:x")};
    QTest::newRow("--quota without =")
        << QStringList{QStringLiteral("--quota"), QStringLiteral("menu/trymatch")};
    QTest::newRow("--quota not a number")
        << QStringList{QStringLiteral("--quota"), QStringLiteral("menu/trymatch=many")};
    QTest::newRow("--token-ttl negative")
        << QStringList{QStringLiteral("--token-ttl"), QStringLiteral("-5")};
    QTest::newRow("--latency-ms not a number")
        << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("slow")};
    QTest::newRow("--seed not a number")
        << QStringList{QStringLiteral("--seed"), QStringLiteral("abc")};
}

void TestSandboxProcess::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Finished run = runToEnd(arguments);
    QVERIFY2(run.finished && run.status == QProcess::NormalExit, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == 64, qPrintable(run.describe()));
    QVERIFY2(!run.out.contains("listening"), qPrintable(run.describe()));
    QVERIFY2(run.err.contains("Usage:"), qPrintable(run.describe()));
}

void TestSandboxProcess::help()
{
    const Finished run = runToEnd({QStringLiteral("--help")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains("--fail-on") && run.out.contains("--state"),
             qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
