// The targets file of `push --targets`: every error names the line and the target.
#include <accountlist.h>
#include <targetsfile.h>

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestTargetsFile : public QObject
{
    Q_OBJECT

private slots:
    void reads();
    void badInput_data();
    void badInput();
    void checkNamesUnknownAccountsAndUnsetVariables();
};

void TestTargetsFile::reads()
{
    const QByteArray json = R"({"targets":[
  {"name":"Shop A","account":"Shop A","vars":{"city":"Beijing"}},
  {
    "name":"Shop B","api_base":"http://127.0.0.1:9","appid":"wxb",
    "secret_env":"SHOP_B_SECRET","vars":{"domain":"b.example.com","vip_tag":11}
  },
  {"name":"Shop C","api_base":"http://127.0.0.1:9","appid":"wxc","token_env":"SHOP_C_TOKEN"}
]})";
    Targets targets;
    QString error;
    QVERIFY2(TargetsFile::parse(json, QStringLiteral("t.json"), &targets, &error),
             qPrintable(error));
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets.at(0).account, QStringLiteral("Shop A"));
    QCOMPARE(targets.at(0).line, 2);
    QCOMPARE(targets.at(1).line, 3);
    QCOMPARE(targets.at(1).appId, QStringLiteral("wxb"));
    QCOMPARE(targets.at(1).secretEnv, QStringLiteral("SHOP_B_SECRET"));
    QCOMPARE(targets.at(1).vars.value(QStringLiteral("vip_tag")), QStringLiteral("11"));
    QCOMPARE(targets.at(2).tokenEnv, QStringLiteral("SHOP_C_TOKEN"));
    QCOMPARE(targets.at(2).line, 7);
}

void TestTargetsFile::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"targets\":[\n  {\"name\":\"A\",}\n]}")
                              << QStringLiteral("t.json:2:");
    QTest::newRow("no targets") << QByteArray("{\"accounts\":[]}")
                                << QStringLiteral("\"targets\" array");
    QTest::newRow("no name") << QByteArray("{\"targets\":[\n{\"account\":\"A\"}]}")
                             << QStringLiteral("t.json:2: targets[0]: missing field \"name\"");
    QTest::newRow("no appid") << QByteArray(
                                     "{\"targets\":[{\"name\":\"A\",\"account\":\"A\"},\n\n"
                                     "{\"name\":\"Shop C\",\"api_base\":\"http://127.0.0.1:9\","
                                     "\"secret_env\":\"X\"}]}")
                              << QStringLiteral(
                                     "t.json:3: target \"Shop C\": missing field \"appid\"");
    QTest::newRow("no credential")
        << QByteArray("{\"targets\":[{\"name\":\"C\",\"api_base\":\"http://127.0.0.1:9\","
                      "\"appid\":\"wx\"}]}")
        << QStringLiteral("target \"C\": missing field \"secret_env\"");
    QTest::newRow("neither") << QByteArray("{\"targets\":[{\"name\":\"C\"}]}")
                             << QStringLiteral("missing field \"account\"");
    QTest::newRow("both") << QByteArray("{\"targets\":[{\"name\":\"C\",\"account\":\"A\","
                                        "\"api_base\":\"http://127.0.0.1:9\"}]}")
                          << QStringLiteral("not both");
    QTest::newRow("typo") << QByteArray("{\"targets\":[{\"name\":\"C\",\"acount\":\"A\"}]}")
                          << QStringLiteral("unknown field \"acount\"");
    QTest::newRow("variable not a string")
        << QByteArray("{\"targets\":[{\"name\":\"C\",\"account\":\"A\",\"vars\":{\"x\":[1]}}]}")
        << QStringLiteral("target \"C\": variable \"x\" must be a string");
    QTest::newRow("same name twice")
        << QByteArray("{\"targets\":[{\"name\":\"C\",\"account\":\"A\"},"
                      "{\"name\":\"C\",\"account\":\"B\"}]}")
        << QStringLiteral("same name");
}

void TestTargetsFile::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Targets targets;
    QString error;
    QVERIFY(!TargetsFile::parse(json, QStringLiteral("t.json"), &targets, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(targets.isEmpty());
}

void TestTargetsFile::checkNamesUnknownAccountsAndUnsetVariables()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const AccountList accounts = AccountList::load(settings); // the Sandbox only
    const QByteArray json = R"({"targets":[
  {"name":"Practice","account":"Sandbox"},
  {"name":"Shop A","account":"Shop A"}
]})";
    Targets targets;
    QString error;
    QVERIFY(TargetsFile::parse(json, QStringLiteral("t.json"), &targets, &error));
    const auto env = [](const QString &name) {
        return name == QLatin1String("SET") ? QStringLiteral("s") : QString();
    };
    QVERIFY(!TargetsFile::check(targets, QStringLiteral("t.json"), accounts, env, &error));
    QCOMPARE(error, QStringLiteral("t.json:3: target \"Shop A\": there is no saved account named "
                                   "\"Shop A\"."));

    const QByteArray direct = R"({"targets":[
  {"name":"B","api_base":"http://127.0.0.1:9","appid":"wx","secret_env":"SET"},
  {"name":"C","api_base":"http://127.0.0.1:9","appid":"wx","token_env":"UNSET"}
]})";
    QVERIFY(TargetsFile::parse(direct, QStringLiteral("t.json"), &targets, &error));
    QVERIFY(!TargetsFile::check(targets, QStringLiteral("t.json"), accounts, env, &error));
    QCOMPARE(error, QStringLiteral("t.json:3: target \"C\": the environment variable UNSET is "
                                   "not set."));
}

QTEST_GUILESS_MAIN(TestTargetsFile)
#include "tst_targetsfile.moc"
