// `wemenu campaign`, end to end: the real binary against wemenu-sandbox over loopback, with
// --now standing in for the clock (design.md, "Campaign rules"). Every process gets its own
// data and config folders, so the campaign store starts empty; systemctl is a fake script.

#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
const QString kAppId = QStringLiteral("wxsandbox000000000");
const QString kSecret = QStringLiteral("sandbox-secret-campaign");
const QString kStart = QStringLiteral("2030-11-11T00:00:00+08:00");
const QString kEnd = QStringLiteral("2030-11-12T00:00:00+08:00");
const QString kDuring = QStringLiteral("2030-11-11T08:00:00+08:00");
const QString kAfter = QStringLiteral("2030-11-12T08:00:00+08:00");

} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publishesAtTheStartAndRestoresAtTheEnd();
    void colleaguesChangeIsNeverOverwritten();
    void cancelBeforeTheStart();
    void cancelTheEndOfAStartedCampaign();
    void missedCampaignRunsNeitherStep();
    void quotaFailurePutsTheMenusBack();
    void transientFailureIsRetriedAtMostThreeTimes();
    void interruptedStartPutsTheSnapshotBack();
    void interruptedEndResumesFromWhereItStopped();
    void interruptedEndLeavesAColleaguesChange();
    void endStoppedByTheQuotaResumesAfterMidnight();
    void putBackStoppedByTheQuotaResumesAfterMidnight();
    void corruptFileBesideGoodOnes();
    void twoRunsAtOnceRunEachStepOnce();
    void badInput();
    void unitFilesAreWrittenAndVerify();

private:
    void startSandbox(const QStringList &extra = {});
    QProcessEnvironment environment() const;
    ProgramRun wemenu(const QStringList &arguments);
    QString add(const QString &file = kSample, const QString &end = kEnd);
    QStringList credentials() const;
    QJsonObject sandboxState();
    int calls(const QString &endpoint)
    {
        return sandboxState().value(QStringLiteral("calls")).toObject().value(endpoint).toInt();
    }
    QByteArray live();
    QJsonObject campaignFile(const QString &id);
    void writeCampaignFile(const QString &id, QJsonObject json);
    ProgramRun runDue(const QString &now)
    {
        return wemenu(
            {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), now});
    }
    QString writeFile(const QString &name, const QByteArray &content);
    QByteArray pushBeforeMenus();
    QString startedCampaignWithPartOfItsEnd(QByteArray *before);
    QJsonObject sandboxGet(const QString &route);
    QJsonObject callCounts() { return sandboxState().value(QStringLiteral("calls")).toObject(); }
    QString campaignsFolder() const
    {
        return m_home->filePath(QStringLiteral("data/WeMenu/wemenu/campaigns"));
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_sandbox;
    QString m_base;
};

void TestCampaign::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // A systemctl that only writes down what it was asked: tests never call the real one.
    const QString fake = m_home->filePath(QStringLiteral("systemctl"));
    QFile script(fake);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"$@\" >> \"$(dirname \"$0\")/systemctl.log\"\n");
    script.close();
    script.setPermissions(script.permissions() | QFile::ExeOwner);
    startSandbox();
}

void TestCampaign::cleanup()
{
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished();
    }
    m_sandbox.reset();
    m_home.reset();
}

void TestCampaign::startSandbox(const QStringList &extra)
{
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished();
    }
    m_sandbox = std::make_unique<QProcess>();
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

QProcessEnvironment TestCampaign::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    setThrowawayHome(env, m_home->path(), QStringLiteral("home"));
    env.insert(QStringLiteral("WEMENU_APP_SECRET"), kSecret);
    env.insert(QStringLiteral("WEMENU_SYSTEMCTL"), m_home->filePath(QStringLiteral("systemctl")));
    env.remove(QStringLiteral("WEMENU_ACCESS_TOKEN"));
    return env;
}

ProgramRun TestCampaign::wemenu(const QStringList &arguments)
{
    ProgramOptions options(environment());
    options.timeoutMs = 120000;
    return runWemenu(arguments, options);
}

QStringList TestCampaign::credentials() const
{
    return {QStringLiteral("--api-base"), m_base, QStringLiteral("--appid"), kAppId};
}

QString TestCampaign::add(const QString &file, const QString &end)
{
    QStringList arguments{QStringLiteral("campaign"), QStringLiteral("add"), file,
                          QStringLiteral("--start"), kStart};
    if (!end.isEmpty())
        arguments << QStringLiteral("--end") << end;
    const ProgramRun run = wemenu(arguments + credentials());
    if (run.exitCode != 0) {
        qWarning("%s", run.describe().constData());
        return {};
    }
    return QString::fromUtf8(run.out).section(QLatin1Char(' '), 0, 0).trimmed();
}

QJsonObject TestCampaign::sandboxState()
{
    return sandboxGet(QStringLiteral("state"));
}

QJsonObject TestCampaign::sandboxGet(const QString &route)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(m_base + QStringLiteral("/_sandbox/") + route)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QByteArray TestCampaign::live()
{
    const QString out = m_home->filePath(QStringLiteral("live.json"));
    const ProgramRun run =
        wemenu(QStringList{QStringLiteral("pull"), QStringLiteral("-o"), out} + credentials());
    if (run.exitCode != 0)
        return "pull failed: " + run.err;
    QFile file(out);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QJsonObject TestCampaign::campaignFile(const QString &id)
{
    QFile file(QDir(campaignsFolder()).filePath(id + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Writes a campaign's file as a run would have left it, pointed at the sandbox as it listens
/// now (a restarted one listens on another port).
void TestCampaign::writeCampaignFile(const QString &id, QJsonObject json)
{
    QJsonObject account = json.value(QStringLiteral("account")).toObject();
    account.insert(QStringLiteral("api_base"), m_base);
    json.insert(QStringLiteral("account"), account);
    QFile file(QDir(campaignsFolder()).filePath(id + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
}

QString TestCampaign::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

/// Publishes "the menus before the campaign": a default menu and two conditional menus, so
/// the start and the end each take several calls (create, delconditional, addconditional).
QByteArray TestCampaign::pushBeforeMenus()
{
    const QString file =
        writeFile(QStringLiteral("before.json"),
                  R"({"menu":{"button":[{"type":"click","name":"Before","key":"B"}]},
            "conditionalmenu":[
              {"button":[{"type":"click","name":"Tag 7","key":"T7"}],"matchrule":{"tag_id":"7"}},
              {"button":[{"type":"click","name":"Tag 8","key":"T8"}],"matchrule":{"tag_id":"8"}}
            ]})");
    const ProgramRun run =
        wemenu(QStringList{QStringLiteral("push"), file, QStringLiteral("--yes")} + credentials());
    if (run.exitCode != 0)
        return "push failed: " + run.describe();
    return live();
}

/// A started campaign whose end stopped after its first menu/addconditional (the process
/// died): the account is part-way back to the menus before it, and the file says so.
QString TestCampaign::startedCampaignWithPartOfItsEnd(QByteArray *before)
{
    *before = pushBeforeMenus();
    const QString beforeFile = writeFile(QStringLiteral("before-live.json"), *before);
    const QString id = add();
    if (id.isEmpty())
        return {};
    ProgramRun run = runDue(kDuring);
    if (run.exitCode != 0) {
        qWarning("%s", run.describe().constData());
        return {};
    }
    // The end's own calls, up to the second menu/addconditional, which never ran.
    startSandbox({QStringLiteral("--fail-on"), QStringLiteral("menu/addconditional:2"),
                  QStringLiteral("--fail-with"), QStringLiteral("45009")});
    run = wemenu(QStringList{QStringLiteral("push"), beforeFile, QStringLiteral("--yes")} +
                 credentials());
    if (run.exitCode != 1) {
        qWarning("%s", run.describe().constData());
        return {};
    }
    startSandbox();
    QJsonObject file = campaignFile(id);
    file.insert(QStringLiteral("running"), QStringLiteral("end"));
    file.insert(QStringLiteral("end_attempts"), 1);
    writeCampaignFile(id, file);
    return id;
}

void TestCampaign::publishesAtTheStartAndRestoresAtTheEnd()
{
    const QByteArray before = live();
    const QString id = add();
    QVERIFY(!id.isEmpty());
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(),
             QStringLiteral("scheduled"));
    // The secret is never stored with the campaign.
    QFile stored(QDir(campaignsFolder()).filePath(id + QStringLiteral(".json")));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(!stored.readAll().contains(kSecret.toUtf8()));

    // Before the start nothing is due.
    ProgramRun run = wemenu({QStringLiteral("campaign"), QStringLiteral("run-due"),
                             QStringLiteral("--now"), QStringLiteral("2030-11-10T23:59:00+08:00")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(calls(QStringLiteral("menu/create")), 0);

    run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.contains("started"), run.describe().constData());
    const QByteArray during = live();
    QFile sample(kSample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    ProgramRun diff =
        wemenu({QStringLiteral("diff"), kSample, m_home->filePath(QStringLiteral("live.json"))});
    QVERIFY2(diff.exitCode == 0, diff.describe().constData());
    const QJsonObject file = campaignFile(id);
    QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("started"));
    QVERIFY(file.contains(QStringLiteral("snapshot")));
    QVERIFY(file.contains(QStringLiteral("published")));

    // A step never runs twice.
    const int creates = calls(QStringLiteral("menu/create"));
    const int adds = calls(QStringLiteral("menu/addconditional"));
    run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(calls(QStringLiteral("menu/create")), creates);
    QCOMPARE(calls(QStringLiteral("menu/addconditional")), adds);

    run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kAfter});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(), QStringLiteral("ended"));
    QCOMPARE(live(), before);
    QVERIFY(during != before);

    // Each step is in the campaign's log and in the publish history.
    const QJsonArray log = campaignFile(id).value(QStringLiteral("log")).toArray();
    QStringList steps;
    for (const QJsonValue &entry : log)
        steps << entry.toObject().value(QStringLiteral("step")).toString() + QLatin1Char(':') +
                     entry.toObject().value(QStringLiteral("outcome")).toString();
    QCOMPARE(steps, (QStringList{QStringLiteral("add:scheduled"), QStringLiteral("start:done"),
                                 QStringLiteral("end:done")}));
    const QDir history(m_home->filePath(QStringLiteral("data/WeMenu/wemenu/history/") + kAppId));
    QCOMPARE(history.entryList({QStringLiteral("*.json")}, QDir::Files).size(), 2);

    run = wemenu({QStringLiteral("campaign"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("ended"));
}

void TestCampaign::colleaguesChangeIsNeverOverwritten()
{
    const QString id = add();
    QVERIFY(!id.isEmpty());
    ProgramRun run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    // A colleague publishes another menu during the campaign.
    const QString other = m_home->filePath(QStringLiteral("other.json"));
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"menu":{"button":[{"type":"click","name":"Colleague","key":"C"}]}})");
    file.close();
    run =
        wemenu(QStringList{QStringLiteral("push"), other, QStringLiteral("--yes")} + credentials());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray colleagues = live();

    const int creates = calls(QStringLiteral("menu/create"));
    run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kAfter});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("restore skipped"), run.describe().constData());
    QCOMPARE(calls(QStringLiteral("menu/create")), creates);
    QCOMPARE(live(), colleagues);
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(),
             QStringLiteral("restore skipped"));
    // And never again.
    run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kAfter});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
}

void TestCampaign::cancelBeforeTheStart()
{
    const QByteArray before = live();
    const QString id = add();
    QVERIFY(!id.isEmpty());
    ProgramRun run = wemenu({QStringLiteral("campaign"), QStringLiteral("cancel"), id});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(),
             QStringLiteral("cancelled"));
    run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(live(), before);
    run =
        wemenu({QStringLiteral("campaign"), QStringLiteral("cancel"), QStringLiteral("nosuchid")});
    QVERIFY2(run.exitCode == 2, run.describe().constData());
}

void TestCampaign::cancelTheEndOfAStartedCampaign()
{
    const QString id = add();
    QVERIFY(!id.isEmpty());
    ProgramRun run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    // No terminal to ask and no --yes: nothing is dropped.
    run = wemenu({QStringLiteral("campaign"), QStringLiteral("cancel"), id});
    QVERIFY2(run.exitCode == 3, run.describe().constData());
    QVERIFY(!campaignFile(id).value(QStringLiteral("end")).toString().isEmpty());
    run =
        wemenu({QStringLiteral("campaign"), QStringLiteral("cancel"), id, QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray during = live();
    run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kAfter});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(live(), during);
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(), QStringLiteral("started"));
}

void TestCampaign::missedCampaignRunsNeitherStep()
{
    const QByteArray before = live();
    const QString id = add();
    QVERIFY(!id.isEmpty());
    const ProgramRun run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kAfter});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("missed"), run.describe().constData());
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(), QStringLiteral("missed"));
    QCOMPARE(calls(QStringLiteral("menu/create")), 0);
    QCOMPARE(calls(QStringLiteral("menu/addconditional")), 0);
    QCOMPARE(live(), before);
}

void TestCampaign::quotaFailurePutsTheMenusBack()
{
    // The second menu/addconditional of the start is over the daily quota (45009): the start
    // stops part-way and puts the menus from before back; no retry.
    startSandbox({QStringLiteral("--quota"), QStringLiteral("menu/addconditional=1")});
    const QByteArray before = live();
    const QString id = add();
    QVERIFY(!id.isEmpty());
    ProgramRun run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("45009") || run.err.contains("quota"), run.describe().constData());
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(live(), before);
    const int adds = calls(QStringLiteral("menu/addconditional"));
    run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(calls(QStringLiteral("menu/addconditional")), adds);
}

void TestCampaign::transientFailureIsRetriedAtMostThreeTimes()
{
    // Every menu/create answers -1 (busy) and the account shows it did not run.
    startSandbox({QStringLiteral("--fail-on"), QStringLiteral("menu/create")});
    const QByteArray before = live();
    const QString id = add();
    QVERIFY(!id.isEmpty());
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const ProgramRun run = wemenu({QStringLiteral("campaign"), QStringLiteral("run-due"),
                                       QStringLiteral("--now"), kDuring});
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        const QJsonObject file = campaignFile(id);
        QCOMPARE(file.value(QStringLiteral("start_attempts")).toInt(), attempt);
        QCOMPARE(file.value(QStringLiteral("state")).toString(),
                 attempt < 4 ? QStringLiteral("scheduled") : QStringLiteral("failed"));
    }
    const int creates = calls(QStringLiteral("menu/create"));
    const ProgramRun run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(calls(QStringLiteral("menu/create")), creates);
    QCOMPARE(live(), before);
}

void TestCampaign::interruptedStartPutsTheSnapshotBack()
{
    const QByteArray before = pushBeforeMenus();
    const QString id = add();
    QVERIFY(!id.isEmpty());
    // The start died after its first menu/addconditional: the default menu is the campaign's,
    // the conditional menus before it are gone and one of its own is live. The file says the
    // start is running and holds the snapshot it took.
    startSandbox({QStringLiteral("--fail-on"), QStringLiteral("menu/addconditional:2"),
                  QStringLiteral("--fail-with"), QStringLiteral("45009")});
    ProgramRun run = wemenu(QStringList{QStringLiteral("push"), kSample, QStringLiteral("--yes")} +
                            credentials());
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    startSandbox();
    const QByteArray partial = live();
    QVERIFY(partial != before);
    QJsonObject file = campaignFile(id);
    file.insert(QStringLiteral("running"), QStringLiteral("start"));
    file.insert(QStringLiteral("start_attempts"), 1);
    file.insert(QStringLiteral("snapshot"), QJsonDocument::fromJson(before).object());
    writeCampaignFile(id, file);

    run = runDue(kDuring);
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("interrupted"), run.describe().constData());
    // Planned again from the account as it is: one conditional menu to delete, not two.
    QCOMPARE(calls(QStringLiteral("menu/create")), 1);
    QCOMPARE(calls(QStringLiteral("menu/delconditional")), 1);
    QCOMPARE(calls(QStringLiteral("menu/addconditional")), 2);
    QCOMPARE(live(), before);
    file = campaignFile(id);
    QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(file.value(QStringLiteral("running")).toString(), QString());
    QCOMPARE(
        file.value(QStringLiteral("log")).toArray().last()[QStringLiteral("outcome")].toString(),
        QStringLiteral("restored"));
    // Never again: nothing is due.
    const QJsonObject counts = callCounts();
    run = runDue(kAfter);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(callCounts(), counts);
}

void TestCampaign::interruptedEndResumesFromWhereItStopped()
{
    QByteArray before;
    const QString id = startedCampaignWithPartOfItsEnd(&before);
    QVERIFY(!id.isEmpty());
    QVERIFY(live() != before);

    const ProgramRun run = runDue(kAfter);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    // Resumed from the account as it is: only the menu/addconditional that never ran.
    QCOMPARE(calls(QStringLiteral("menu/create")), 0);
    QCOMPARE(calls(QStringLiteral("menu/delconditional")), 0);
    QCOMPARE(calls(QStringLiteral("menu/addconditional")), 1);
    QCOMPARE(live(), before);
    const QJsonObject file = campaignFile(id);
    QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("ended"));
    QCOMPARE(file.value(QStringLiteral("running")).toString(), QString());
}

void TestCampaign::interruptedEndLeavesAColleaguesChange()
{
    QByteArray before;
    const QString id = startedCampaignWithPartOfItsEnd(&before);
    QVERIFY(!id.isEmpty());
    const QString other =
        writeFile(QStringLiteral("other.json"),
                  R"({"menu":{"button":[{"type":"click","name":"Colleague","key":"C"}]}})");
    ProgramRun run =
        wemenu(QStringList{QStringLiteral("push"), other, QStringLiteral("--yes")} + credentials());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray colleagues = live();
    const QJsonObject counts = callCounts();

    run = runDue(kAfter);
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("restore skipped"), run.describe().constData());
    const QJsonObject after = callCounts();
    for (const QString &endpoint :
         {QStringLiteral("menu/create"), QStringLiteral("menu/delete"),
          QStringLiteral("menu/delconditional"), QStringLiteral("menu/addconditional")}) {
        QCOMPARE(after.value(endpoint).toInt(), counts.value(endpoint).toInt());
    }
    QCOMPARE(live(), colleagues);
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(),
             QStringLiteral("restore skipped"));
}

void TestCampaign::endStoppedByTheQuotaResumesAfterMidnight()
{
    // Five menu/addconditional a day: two for the menus before, two for the start, and the
    // end's second one is over the quota (45009) after its first one ran.
    startSandbox({QStringLiteral("--quota"), QStringLiteral("menu/addconditional=5")});
    const QByteArray before = pushBeforeMenus();
    const QString id = add();
    QVERIFY(!id.isEmpty());
    ProgramRun run = runDue(kDuring);
    QVERIFY2(run.exitCode == 0, run.describe().constData());

    run = runDue(kAfter); // 2030-11-12 08:00 Beijing time
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("45009"), run.describe().constData());
    QVERIFY2(run.err.contains("part of the campaign's menus"), run.describe().constData());
    QVERIFY2(run.err.contains("2030-11-13 00:00"), run.describe().constData());
    QJsonObject file = campaignFile(id);
    QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("started"));
    QCOMPARE(file.value(QStringLiteral("running")).toString(), QStringLiteral("end"));
    QCOMPARE(file.value(QStringLiteral("retry_after")).toString(),
             QStringLiteral("2030-11-12T16:00:00Z"));
    const QByteArray partial = live();
    QVERIFY(partial != before);

    // Before 00:00 Beijing time the quota has not reset: no call at all.
    QJsonObject counts = callCounts();
    run = runDue(QStringLiteral("2030-11-12T23:59:00+08:00"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(callCounts(), counts);
    QCOMPARE(campaignFile(id).value(QStringLiteral("running")).toString(), QStringLiteral("end"));

    // The next day (the sandbox's quota day too): the restore resumes from where it stopped.
    QVERIFY(!sandboxGet(QStringLiteral("clock/advance?seconds=86400")).isEmpty());
    counts = callCounts();
    run = runDue(QStringLiteral("2030-11-13T00:01:00+08:00"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject after = callCounts();
    QCOMPARE(after.value(QStringLiteral("menu/addconditional")).toInt(),
             counts.value(QStringLiteral("menu/addconditional")).toInt() + 1);
    QCOMPARE(after.value(QStringLiteral("menu/create")).toInt(),
             counts.value(QStringLiteral("menu/create")).toInt());
    QCOMPARE(after.value(QStringLiteral("menu/delconditional")).toInt(),
             counts.value(QStringLiteral("menu/delconditional")).toInt());
    file = campaignFile(id);
    QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("ended"));
    QCOMPARE(file.value(QStringLiteral("retry_after")).toString(), QString());
    QCOMPARE(live(), before);
}

void TestCampaign::putBackStoppedByTheQuotaResumesAfterMidnight()
{
    // Two menu/create a day: one for the menus before, one for the start. The start's second
    // call (its first menu/delconditional) is refused with 45009, so it puts the menus from
    // before back, and that restore's first call (a menu/create) is over the quota too.
    startSandbox({QStringLiteral("--quota"), QStringLiteral("menu/create=2"),
                  QStringLiteral("--fail-on"), QStringLiteral("menu/delconditional:1"),
                  QStringLiteral("--fail-with"), QStringLiteral("45009")});
    const QByteArray before = pushBeforeMenus();
    const QString id = add();
    QVERIFY(!id.isEmpty());
    ProgramRun run = runDue(kDuring); // 2030-11-11 08:00 Beijing time
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("45009"), run.describe().constData());
    QVERIFY2(run.err.contains("part of the campaign's menus"), run.describe().constData());
    QVERIFY2(run.err.contains("2030-11-12 00:00"), run.describe().constData());
    QJsonObject file = campaignFile(id);
    QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(file.value(QStringLiteral("running")).toString(), QStringLiteral("start"));
    QVERIFY(file.value(QStringLiteral("put_back")).isObject());
    QCOMPARE(file.value(QStringLiteral("retry_after")).toString(),
             QStringLiteral("2030-11-11T16:00:00Z"));
    QVERIFY(live() != before);
    // The list says what is going on, not "scheduled".
    const ProgramRun listed = wemenu({QStringLiteral("campaign"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains("putting the menus back"), listed.describe().constData());

    // Before 00:00 Beijing time the quota has not reset: no call at all.
    QJsonObject counts = callCounts();
    run = runDue(QStringLiteral("2030-11-11T23:59:00+08:00"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(callCounts(), counts);
    QVERIFY(campaignFile(id).value(QStringLiteral("put_back")).isObject());

    // The next day: the restore is planned again from live and makes only the missing call.
    QVERIFY(!sandboxGet(QStringLiteral("clock/advance?seconds=86400")).isEmpty());
    counts = callCounts();
    run = runDue(QStringLiteral("2030-11-12T00:01:00+08:00"));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("menus from before it are back"), run.describe().constData());
    const QJsonObject after = callCounts();
    QCOMPARE(after.value(QStringLiteral("menu/create")).toInt(),
             counts.value(QStringLiteral("menu/create")).toInt() + 1);
    QCOMPARE(after.value(QStringLiteral("menu/delconditional")).toInt(),
             counts.value(QStringLiteral("menu/delconditional")).toInt());
    QCOMPARE(after.value(QStringLiteral("menu/addconditional")).toInt(),
             counts.value(QStringLiteral("menu/addconditional")).toInt());
    QCOMPARE(live(), before);
    file = campaignFile(id);
    QCOMPARE(file.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(file.value(QStringLiteral("running")).toString(), QString());
    QVERIFY(!file.contains(QStringLiteral("put_back")));
    QCOMPARE(
        file.value(QStringLiteral("log")).toArray().last()[QStringLiteral("outcome")].toString(),
        QStringLiteral("restored"));
}

void TestCampaign::corruptFileBesideGoodOnes()
{
    const QString id = add();
    QVERIFY(!id.isEmpty());
    const QString corrupt = QDir(campaignsFolder()).filePath(QStringLiteral("0badf11e.json"));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"id\": \"0badf11e\",\n  \"state\": \n");
    file.close();
    const ProgramRun run = wemenu(
        {QStringLiteral("campaign"), QStringLiteral("run-due"), QStringLiteral("--now"), kDuring});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("0badf11e.json") && run.err.contains("line "),
             run.describe().constData());
    QCOMPARE(campaignFile(id).value(QStringLiteral("state")).toString(), QStringLiteral("started"));
    QVERIFY(QFile::exists(corrupt)); // left as it was
    const ProgramRun list = wemenu({QStringLiteral("campaign"), QStringLiteral("list")});
    QVERIFY2(list.exitCode == 0 && list.out.contains(id.toUtf8()) && list.err.contains("0badf11e"),
             list.describe().constData());
}

void TestCampaign::twoRunsAtOnceRunEachStepOnce()
{
    // Slow answers, so the two runs overlap.
    startSandbox({QStringLiteral("--latency-ms"), QStringLiteral("150")});
    const QString id = add();
    QVERIFY(!id.isEmpty());
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second}) {
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(WEMENU_BINARY),
                       {QStringLiteral("campaign"), QStringLiteral("run-due"),
                        QStringLiteral("--now"), kDuring});
    }
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(calls(QStringLiteral("menu/create")), 1);
    QCOMPARE(calls(QStringLiteral("menu/addconditional")), 2);
    int starts = 0;
    for (const QJsonValue &entry : campaignFile(id).value(QStringLiteral("log")).toArray())
        starts +=
            entry.toObject().value(QStringLiteral("step")).toString() == QLatin1String("start");
    QCOMPARE(starts, 1);
}

void TestCampaign::badInput()
{
    // A file with errors.
    ProgramRun run =
        wemenu(QStringList{QStringLiteral("campaign"), QStringLiteral("add"),
                           QStringLiteral(WEMENU_TEST_DATA "/cli/errors-document.json"),
                           QStringLiteral("--start"), kStart} +
               credentials());
    QVERIFY2(run.exitCode == 2 && run.err.contains("no campaign was added"),
             run.describe().constData());
    // A single conditional menu: publishing it would remove the rest of the account's menus.
    run =
        wemenu(QStringList{QStringLiteral("campaign"), QStringLiteral("add"),
                           QStringLiteral(WEMENU_TEST_DATA "/seed/addconditional-5.1-request.json"),
                           QStringLiteral("--start"), kStart} +
               credentials());
    QVERIFY2(run.exitCode == 2 && run.err.contains("not a whole menu document") &&
                 run.err.contains("schedule"),
             run.describe().constData());
    // An end not after the start.
    run = wemenu(QStringList{QStringLiteral("campaign"), QStringLiteral("add"), kSample,
                             QStringLiteral("--start"), kEnd, QStringLiteral("--end"), kStart} +
                 credentials());
    QVERIFY2(run.exitCode == 64 || run.exitCode == 2, run.describe().constData());
    run = wemenu(QStringList{QStringLiteral("campaign"), QStringLiteral("add"), kSample,
                             QStringLiteral("--start"), QStringLiteral("tomorrow")} +
                 credentials());
    QVERIFY2(run.exitCode == 64, run.describe().constData());
    QVERIFY(!QDir(campaignsFolder()).exists() ||
            QDir(campaignsFolder()).entryList({QStringLiteral("*.json")}).isEmpty());
    // A start in the past runs at the next run-due, and add says so.
    run = wemenu(QStringList{QStringLiteral("campaign"), QStringLiteral("add"), kSample,
                             QStringLiteral("--start"), QStringLiteral("2001-01-01T00:00:00Z")} +
                 credentials());
    QVERIFY2(run.exitCode == 0 && run.err.contains("next"), run.describe().constData());
    QVERIFY2(run.err.contains("WEMENU_APP_SECRET"), run.describe().constData());
    run = wemenu({QStringLiteral("campaign"), QStringLiteral("run-due")});
    QVERIFY2(run.exitCode == 0 && run.out.contains("started"), run.describe().constData());
    run = wemenu({QStringLiteral("campaign"), QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 64);
}

void TestCampaign::unitFilesAreWrittenAndVerify()
{
    const QString id = add();
    QVERIFY(!id.isEmpty());
    const QDir units(m_home->filePath(QStringLiteral("config/systemd/user")));
    QFile timer(units.filePath(QStringLiteral("wemenu-campaigns.timer")));
    QFile service(units.filePath(QStringLiteral("wemenu-campaigns.service")));
    QVERIFY(timer.open(QIODevice::ReadOnly));
    QVERIFY(service.open(QIODevice::ReadOnly));
    const QString timerText = QString::fromUtf8(timer.readAll());
    const QString serviceText = QString::fromUtf8(service.readAll());
    // 2030-11-11T00:00:00+08:00 in UTC.
    QVERIFY2(timerText.contains(QStringLiteral("OnCalendar=2030-11-10 16:00:00 UTC\n")),
             qPrintable(timerText));
    QVERIFY(timerText.contains(QStringLiteral("Persistent=true\n")));
    const QString binary = QFileInfo(QStringLiteral(WEMENU_BINARY)).absoluteFilePath();
    QVERIFY2(
        serviceText.contains(QStringLiteral("ExecStart=\"%1\" campaign run-due\n").arg(binary)),
        qPrintable(serviceText));
    QFile log(m_home->filePath(QStringLiteral("systemctl.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("--user enable wemenu-campaigns.timer"));

    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (!analyze.isEmpty()) {
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(analyze, {QStringLiteral("verify"), timer.fileName(), service.fileName()});
        QVERIFY(verify.waitForFinished(60000));
        const QByteArray output = verify.readAll();
        QVERIFY2(verify.exitCode() == 0, output.constData());
    }

    // No step left: the units are removed.
    const ProgramRun run = wemenu({QStringLiteral("campaign"), QStringLiteral("cancel"), id});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(!QFile::exists(timer.fileName()));
    QVERIFY(!QFile::exists(service.fileName()));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed: the unit files were not verified.");
}

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
