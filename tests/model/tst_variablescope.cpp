#include <accountlist.h>
#include <variablescope.h>

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

class TestVariableScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void accountWinsOverItsGroup();
    void emptyValueFallsBackToTheGroup();
    void sourcesSayWhereEachValueComesFrom();
    void missingNamesTheUnsetVariablesOnce();
    void groupsAndVariablesAreSavedAndReadBack();
};

void TestVariableScope::accountWinsOverItsGroup()
{
    const VariableScope::Variables group{
        {QStringLiteral("domain"), QStringLiteral("shops.example.com")},
        {QStringLiteral("vip_tag"), QStringLiteral("100")}};
    const VariableScope::Variables account{
        {QStringLiteral("domain"), QStringLiteral("a.example.com")},
        {QStringLiteral("city"), QStringLiteral(u"上海")}};
    const VariableScope::Variables resolved = VariableScope::resolve(group, account);
    QCOMPARE(resolved.value(QStringLiteral("domain")), QStringLiteral("a.example.com"));
    QCOMPARE(resolved.value(QStringLiteral("vip_tag")), QStringLiteral("100"));
    QCOMPARE(resolved.value(QStringLiteral("city")), QStringLiteral(u"上海"));
    QCOMPARE(resolved.size(), 3);
    // Without an account of its own, the group's values stand.
    QCOMPARE(VariableScope::resolve(group, {}), group);
    QCOMPARE(VariableScope::resolve({}, account), account);
}

void TestVariableScope::emptyValueFallsBackToTheGroup()
{
    const VariableScope::Variables group{
        {QStringLiteral("domain"), QStringLiteral("g.example.com")},
        {QStringLiteral("blank"), QString()}};
    const VariableScope::Variables account{{QStringLiteral("domain"), QString()}};
    const VariableScope::Variables resolved = VariableScope::resolve(group, account);
    QCOMPARE(resolved.value(QStringLiteral("domain")), QStringLiteral("g.example.com"));
    QVERIFY(!resolved.contains(QStringLiteral("blank"))); // empty is not set
}

void TestVariableScope::sourcesSayWhereEachValueComesFrom()
{
    const auto sources = VariableScope::sources(
        {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}},
        {{QStringLiteral("b"), QStringLiteral("3")}});
    QCOMPARE(sources.value(QStringLiteral("a")), VariableScope::Source::Group);
    QCOMPARE(sources.value(QStringLiteral("b")), VariableScope::Source::Account);
}

void TestVariableScope::missingNamesTheUnsetVariablesOnce()
{
    const QStringList used{QStringLiteral("domain"), QStringLiteral("vip_tag"),
                           QStringLiteral("domain"), QStringLiteral("city")};
    QCOMPARE(VariableScope::missing(used, {{QStringLiteral("vip_tag"), QStringLiteral("1")}}),
             (QStringList{QStringLiteral("domain"), QStringLiteral("city")}));
    QVERIFY(VariableScope::missing(used, {{QStringLiteral("domain"), QStringLiteral("x")},
                                          {QStringLiteral("vip_tag"), QStringLiteral("1")},
                                          {QStringLiteral("city"), QStringLiteral("y")}})
                .isEmpty());
}

void TestVariableScope::groupsAndVariablesAreSavedAndReadBack()
{
    QSettings settings;
    settings.clear();
    AccountList list = AccountList::load(settings);
    for (const QString &name : {QStringLiteral("Shop A"), QStringLiteral("Shop B")}) {
        Account account;
        account.name = name;
        account.appId = QStringLiteral("wx0000000000000001");
        QVERIFY(list.put(account));
    }
    list.setVariables(QStringLiteral("Shop A"),
                      {{QStringLiteral("domain"), QStringLiteral("a.example.com")}});
    list.setVariables(QStringLiteral("Nobody"), {{QStringLiteral("x"), QStringLiteral("1")}});
    AccountGroup group;
    group.name = QStringLiteral("Shops");
    group.accounts = {QStringLiteral("Shop A"), QStringLiteral("Shop B"), QStringLiteral("Gone")};
    group.variables = {{QStringLiteral("domain"), QStringLiteral("shops.example.com")},
                       {QStringLiteral("vip_tag"), QStringLiteral("100")}};
    list.setGroups({group});
    list.save(settings);
    settings.sync();

    const AccountList read = AccountList::load(settings);
    QCOMPARE(read.groups().size(), 1);
    // An account that is not saved is left out of the group.
    QCOMPARE(read.groups().first().accounts,
             (QStringList{QStringLiteral("Shop A"), QStringLiteral("Shop B")}));
    QCOMPARE(read.variables(QStringLiteral("Nobody")), VariableScope::Variables());
    QCOMPARE(read.resolvedVariables(QStringLiteral("Shops"), QStringLiteral("Shop A"))
                 .value(QStringLiteral("domain")),
             QStringLiteral("a.example.com"));
    QCOMPARE(read.resolvedVariables(QStringLiteral("Shops"), QStringLiteral("Shop B"))
                 .value(QStringLiteral("domain")),
             QStringLiteral("shops.example.com"));
    QCOMPARE(read.groupsOf(QStringLiteral("Shop B")).size(), 1);

    // Removing an account takes it out of its groups and forgets its variables.
    AccountList changed = read;
    QVERIFY(changed.remove(QStringLiteral("Shop A")));
    QCOMPARE(changed.groups().first().accounts, QStringList{QStringLiteral("Shop B")});
    QVERIFY(changed.variables(QStringLiteral("Shop A")).isEmpty());
    // Saving the groups as they are keeps them.
    changed.setGroups(changed.groups());
    QCOMPARE(changed.groups().size(), 1);
    settings.clear();
}

QTEST_GUILESS_MAIN(TestVariableScope)
#include "tst_variablescope.moc"
