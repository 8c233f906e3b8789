// `wemenu push FILE --targets` and `wemenu pull --targets` against several sandboxes at once,
// each with its own AppID and AppSecret, served in this process so that the calls in flight
// across all of them can be counted.
#include "programrun.h"

#include <menufile.h>
#include <sandboxapi.h>
#include <sandboxserver.h>

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

/// One account's sandbox.
struct Shop
{
    Shop(const QString &appId, const QString &secret, const SandboxOptions &extra,
         const SandboxState &state)
        : api(
              [&] {
                  SandboxOptions options = extra;
                  options.appId = appId;
                  options.secret = secret;
                  return options;
              }(),
              state)
        , server(&api)
    {
        QString error;
        server.start(QStringLiteral("127.0.0.1"), 0, &error);
    }
    int changingCalls() const
    {
        int sum = 0;
        for (const char *endpoint :
             {"menu/create", "menu/delete", "menu/addconditional", "menu/delconditional"})
            sum += api.calls().value(QLatin1String(endpoint));
        return sum;
    }
    int allCalls() const
    {
        int sum = 0;
        for (const int count : api.calls())
            sum += count;
        return sum;
    }

    SandboxApi api;
    SandboxServer server;
};

const QString kTemplate = QStringLiteral(
    "{\n"
    "    \"menu\": {\"button\": [\n"
    "        {\"type\": \"view\", \"name\": \"${city}\", \"url\": \"https://${domain}/home\"},\n"
    "        {\"type\": \"click\", \"name\": \"Price\", \"key\": \"PRICE_$${raw}\"}\n"
    "    ]},\n"
    "    \"conditionalmenu\": [\n"
    "        {\"button\": [{\"type\": \"view\", \"name\": \"VIP\", \"url\": "
    "\"https://${domain}/vip\"}],\n"
    "         \"matchrule\": {\"tag_id\": \"${vip_tag}\"}}\n"
    "    ]\n"
    "}\n");

} // namespace

class TestPushTargets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachAccountGetsItsOwnDocument();
    void oneAccountStopsWhileTheOthersFinish();
    void unknownVariableSendsNothing();
    void valueBreakingARuleSendsNothing();
    void jobsLimitTheCallsInFlight();
    void badInput_data();
    void badInput();

private:
    void startShops(const SandboxOptions &options = {}, const SandboxOptions &shopC = {},
                    const SandboxState &stateC = SandboxState::initial());
    QString writeFile(const QString &name, const QByteArray &text);
    QString targetsFile(const QJsonArray &extra = {}, const QString &dropVariable = {},
                        const QString &cityOfA = QStringLiteral("Beijing"));
    ProgramRun wemenu(const QStringList &arguments, const QProcessEnvironment &extra = {});
    int allCalls() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<Shop>> m_shops;
    int m_inFlight = 0;
    int m_peak = 0;
};

void TestPushTargets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_inFlight = 0;
    m_peak = 0;
}

void TestPushTargets::cleanup()
{
    m_shops.clear();
    m_dir.reset();
}

void TestPushTargets::startShops(const SandboxOptions &options, const SandboxOptions &shopC,
                                 const SandboxState &stateC)
{
    m_shops.clear();
    const QStringList letters = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (const QString &letter : letters) {
        auto shop =
            std::make_unique<Shop>(QStringLiteral("wxshop%1000000000").arg(letter),
                                   QStringLiteral("secret-of-%1").arg(letter),
                                   letter == QLatin1String("c") ? shopC : options,
                                   letter == QLatin1String("c") ? stateC : SandboxState::initial());
        QVERIFY(!shop->server.baseUrl().isEmpty());
        // One count across every sandbox: the accounts' calls in flight at once.
        connect(&shop->server, &SandboxServer::callStarted, this,
                [this] { m_peak = qMax(m_peak, ++m_inFlight); });
        connect(&shop->server, &SandboxServer::callEnded, this, [this] { --m_inFlight; });
        m_shops.push_back(std::move(shop));
    }
}

QString TestPushTargets::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

QString TestPushTargets::targetsFile(const QJsonArray &extra, const QString &dropVariable,
                                     const QString &cityOfA)
{
    QJsonArray targets;
    const QStringList names = {QStringLiteral("Shop A"), QStringLiteral("Shop B"),
                               QStringLiteral("Shop C")};
    const QStringList cities = {cityOfA, QStringLiteral("Shanghai"), QStringLiteral("Shenzhen")};
    for (int i = 0; i < 3; ++i) {
        const QString letter = QString(QChar(u'a' + i));
        QJsonObject vars{{QStringLiteral("city"), cities.at(i)},
                         {QStringLiteral("domain"), letter + QStringLiteral(".example.com")},
                         {QStringLiteral("vip_tag"), QString::number(10 + i)}};
        if (i == 2)
            vars.remove(dropVariable);
        targets.append(QJsonObject{
            {QStringLiteral("name"), names.at(i)},
            {QStringLiteral("api_base"), m_shops.at(size_t(i))->server.baseUrl()},
            {QStringLiteral("appid"), QStringLiteral("wxshop%1000000000").arg(letter)},
            {QStringLiteral("secret_env"), QStringLiteral("SHOP_%1_SECRET").arg(letter.toUpper())},
            {QStringLiteral("vars"), vars}});
    }
    for (const QJsonValue &value : extra)
        targets.append(value);
    return writeFile(QStringLiteral("targets.json"),
                     QJsonDocument(QJsonObject{{QStringLiteral("targets"), targets}}).toJson());
}

ProgramRun TestPushTargets::wemenu(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("WEMENU_BACKOFF_MS"), QStringLiteral("1,1,1"));
    for (const char *letter : {"A", "B", "C"}) {
        env.insert(QStringLiteral("SHOP_%1_SECRET").arg(QLatin1String(letter)),
                   QStringLiteral("secret-of-%1").arg(QLatin1String(letter).toString().toLower()));
    }
    env.remove(QStringLiteral("WEMENU_ACCESS_TOKEN"));
    env.remove(QStringLiteral("WEMENU_APP_SECRET"));
    for (const QString &name : extra.keys()) {
        if (extra.value(name).isEmpty())
            env.remove(name);
        else
            env.insert(name, extra.value(name));
    }
    // The sandboxes answer from this process's event loop while the command runs.
    ProgramOptions options(env);
    options.timeoutMs = 120000;
    return runWemenu(arguments, options);
}

int TestPushTargets::allCalls() const
{
    int sum = 0;
    for (const auto &shop : m_shops)
        sum += shop->allCalls();
    return sum;
}

void TestPushTargets::eachAccountGetsItsOwnDocument()
{
    startShops();
    const QString document = writeFile(QStringLiteral("menu.json"), kTemplate.toUtf8());
    const QString targets = targetsFile();
    ProgramRun run = wemenu({QStringLiteral("push"), document, QStringLiteral("--targets"), targets,
                             QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.outText().contains(QStringLiteral("Shop A: 2 call(s)\n    menu/create menu\n")),
             qPrintable(run.outText()));
    for (const char *name : {"Shop A", "Shop B", "Shop C"})
        QVERIFY(
            run.outText().contains(QStringLiteral("%1: done, 2 calls\n").arg(QLatin1String(name))));

    const QString out = m_dir->filePath(QStringLiteral("pulled"));
    run = wemenu(
        {QStringLiteral("pull"), QStringLiteral("--targets"), targets, QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QStringList cities = {QStringLiteral("Beijing"), QStringLiteral("Shanghai"),
                                QStringLiteral("Shenzhen")};
    for (int i = 0; i < 3; ++i) {
        const QString letter = QString(QChar(u'A' + i));
        const ReadResult read =
            MenuFile::readFile(out + QStringLiteral("/Shop %1.json").arg(letter));
        QVERIFY2(read.ok, qPrintable(letter));
        const DocumentData &data = read.data;
        QCOMPARE(data.defaultMenu.buttons.at(0).name, cities.at(i));
        QCOMPARE(data.defaultMenu.buttons.at(0).url,
                 QStringLiteral("https://%1.example.com/home").arg(letter.toLower()));
        QCOMPARE(data.defaultMenu.buttons.at(1).key, QStringLiteral("PRICE_${raw}"));
        QCOMPARE(data.conditionalMenus.at(0).matchRule.tagId, QString::number(10 + i));
    }
}

void TestPushTargets::oneAccountStopsWhileTheOthersFinish()
{
    SandboxOptions quota;
    // Shop C has used up today's menu/addconditional calls.
    quota.quotas.insert(QStringLiteral("menu/addconditional"), 1);
    SandboxState usedUp = SandboxState::initial();
    usedUp.quotaDate = QDateTime::currentDateTime().date();
    usedUp.quotaUsed.insert(QStringLiteral("menu/addconditional"), 1);
    startShops({}, quota, usedUp);
    const QString document = writeFile(QStringLiteral("menu.json"), kTemplate.toUtf8());
    const QString targets = targetsFile();
    const QStringList push = {QStringLiteral("push"), document, QStringLiteral("--targets"),
                              targets, QStringLiteral("--yes")};
    ProgramRun run = wemenu(push);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.outText().contains(QStringLiteral("Shop A: done, 2 calls\n")),
             qPrintable(run.outText()));
    QVERIFY(run.outText().contains(QStringLiteral("Shop B: done, 2 calls\n")));
    QVERIFY2(
        run.outText().contains(QStringLiteral("Shop C: stopped at menu/addconditional: 45009 ")),
        qPrintable(run.outText()));
    Shop &c = *m_shops.at(2);
    QCOMPARE(c.api.calls().value(QStringLiteral("menu/create")), 1);

    // The next day the quota is back: the second run plans only what is still missing.
    c.api.advanceClock(24 * 3600);
    const int changingA = m_shops.at(0)->changingCalls();
    run = wemenu(push);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.outText().contains(QStringLiteral("Shop A: nothing to publish\n")),
             qPrintable(run.outText()));
    QVERIFY(run.outText().contains(
        QStringLiteral("Shop C: 1 call(s)\n    menu/addconditional conditionalmenu[0]\n")));
    QVERIFY(run.outText().contains(QStringLiteral("Shop C: done, 1 call\n")));
    QVERIFY(run.outText().contains(QStringLiteral("Shop A: done, 0 calls\n")));
    QCOMPARE(m_shops.at(0)->changingCalls(), changingA);
    QCOMPARE(c.api.calls().value(QStringLiteral("menu/create")), 1);
    QCOMPARE(c.api.state().menus.conditionalMenus.size(), 1);
}

void TestPushTargets::unknownVariableSendsNothing()
{
    startShops();
    const QString document = writeFile(QStringLiteral("menu.json"), kTemplate.toUtf8());
    const ProgramRun run =
        wemenu({QStringLiteral("push"), document, QStringLiteral("--targets"),
                targetsFile({}, QStringLiteral("vip_tag")), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("Shop C: unknown variable ${vip_tag} in "
                                                   "conditionalmenu[0].matchrule.tag_id")),
             qPrintable(run.errText()));
    QCOMPARE(allCalls(), 0);
}

void TestPushTargets::valueBreakingARuleSendsNothing()
{
    startShops();
    const QString document = writeFile(QStringLiteral("menu.json"), kTemplate.toUtf8());
    const ProgramRun run =
        wemenu({QStringLiteral("push"), document, QStringLiteral("--targets"),
                targetsFile({}, {}, QStringLiteral("A name far too long for the top level")),
                QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QStringLiteral("Shop A: variable ${city}")),
             qPrintable(run.errText()));
    QVERIFY(
        run.errText().contains(QStringLiteral("breaks rule name.bytes at menu.button[0].name")));
    QCOMPARE(allCalls(), 0);
}

void TestPushTargets::jobsLimitTheCallsInFlight()
{
    // Each answer waits, so calls overlap whenever accounts run at once; the assertion is on
    // the count of calls in flight, never on time.
    SandboxOptions slow;
    slow.latencyMs = 150;
    startShops(slow, slow);
    const QString targets = targetsFile();
    QString document = writeFile(QStringLiteral("menu.json"), kTemplate.toUtf8());
    ProgramRun run =
        wemenu({QStringLiteral("push"), document, QStringLiteral("--targets"), targets,
                QStringLiteral("--yes"), QStringLiteral("--jobs"), QStringLiteral("1")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(m_peak, 1);

    m_peak = 0;
    QString changed = kTemplate;
    changed.replace(QStringLiteral("\"Price\""), QStringLiteral("\"Prices\""));
    document = writeFile(QStringLiteral("menu2.json"), changed.toUtf8());
    run = wemenu({QStringLiteral("push"), document, QStringLiteral("--targets"), targets,
                  QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(m_peak, 3); // default --jobs 4: all three accounts at once
}

void TestPushTargets::badInput_data()
{
    QTest::addColumn<QByteArray>("targets");
    QTest::addColumn<QString>("unset");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"targets\": [\n  {\"name\": \"X\"\n") << QString()
                              << QStringLiteral("targets.json:3:");
    QTest::newRow("missing field")
        << QByteArray("{\"targets\": [\n  {\"name\": \"Shop X\", \"api_base\": "
                      "\"http://127.0.0.1:9\", \"secret_env\": \"SHOP_A_SECRET\"}\n]}")
        << QString()
        << QStringLiteral("targets.json:2: target \"Shop X\": missing field \"appid\"");
    QTest::newRow("unknown saved account")
        << QByteArray("{\"targets\": [\n\n  {\"name\": \"Shop X\", \"account\": \"Nobody\"}\n]}")
        << QString()
        << QStringLiteral(
               "targets.json:3: target \"Shop X\": there is no saved account named \"Nobody\"");
    QTest::newRow("unset variable") << QByteArray() << QStringLiteral("SHOP_B_SECRET")
                                    << QStringLiteral("target \"Shop B\": the environment "
                                                      "variable SHOP_B_SECRET is not set");
}

void TestPushTargets::badInput()
{
    QFETCH(QByteArray, targets);
    QFETCH(QString, unset);
    QFETCH(QString, message);
    startShops();
    const QString document = writeFile(QStringLiteral("menu.json"), kTemplate.toUtf8());
    const QString file =
        targets.isEmpty() ? targetsFile() : writeFile(QStringLiteral("targets.json"), targets);
    QProcessEnvironment env;
    if (!unset.isEmpty())
        env.insert(unset, QString());
    for (const QString &command : {QStringLiteral("push"), QStringLiteral("pull")}) {
        const QStringList arguments =
            command == QLatin1String("push")
                ? QStringList{command, document, QStringLiteral("--targets"), file,
                              QStringLiteral("--yes")}
                : QStringList{command, QStringLiteral("--targets"), file, QStringLiteral("-o"),
                              m_dir->filePath(QStringLiteral("out"))};
        const ProgramRun run = wemenu(arguments, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    }
    QCOMPARE(allCalls(), 0);
    const ProgramRun usage = wemenu({QStringLiteral("push"), document, QStringLiteral("--targets"),
                                     file, QStringLiteral("--jobs"), QStringLiteral("0")});
    QCOMPARE(usage.exitCode, 64);
}

QTEST_GUILESS_MAIN(TestPushTargets)
#include "tst_pushtargets.moc"
