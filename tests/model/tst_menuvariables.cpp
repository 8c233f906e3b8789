// ${variables} in a menu document, filled in per account (MenuVariables).
#include <menuvariables.h>
#include <validator.h>

#include <QtTest>

class TestMenuVariables : public QObject
{
    Q_OBJECT

private slots:
    void fillText_data();
    void fillText();
    void fillDocumentNamesEveryPath();
    void unknownVariablesAreReportedWithTheirPath();
    void usesAndNames();
    void variablesAtAnIssue();
    void fillingIsPure();
};

void TestMenuVariables::fillText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("filled");
    QTest::addColumn<QStringList>("unknown");

    const QStringList none;
    QTest::newRow("plain") << QStringLiteral("Shop") << QStringLiteral("Shop") << none;
    QTest::newRow("one") << QStringLiteral("https://${domain}/a")
                         << QStringLiteral("https://b.example.com/a") << none;
    QTest::newRow("two") << QStringLiteral("${city}${city}") << QStringLiteral("沪沪") << none;
    QTest::newRow("whole") << QStringLiteral("${tag}") << QStringLiteral("11") << none;
    QTest::newRow("literal") << QStringLiteral("$${domain}") << QStringLiteral("${domain}") << none;
    QTest::newRow("literal then variable")
        << QStringLiteral("$${x}${tag}") << QStringLiteral("${x}11") << none;
    QTest::newRow("literal not followed") << QStringLiteral("$$5") << QStringLiteral("$$5") << none;
    QTest::newRow("dollar alone") << QStringLiteral("$5 ${tag}$") << QStringLiteral("$5 11$")
                                  << none;
    QTest::newRow("unknown") << QStringLiteral("a${nope}b") << QStringLiteral("a${nope}b")
                             << QStringList{QStringLiteral("nope")};
    QTest::newRow("unknown and known")
        << QStringLiteral("${nope}/${domain}") << QStringLiteral("${nope}/b.example.com")
        << QStringList{QStringLiteral("nope")};
    QTest::newRow("empty name") << QStringLiteral("${}") << QStringLiteral("${}")
                                << QStringList{QStringLiteral("")};
    QTest::newRow("no closing brace")
        << QStringLiteral("a${domain") << QStringLiteral("a${domain") << none;
    QTest::newRow("value holding ${")
        << QStringLiteral("${tricky}") << QStringLiteral("${domain}") << none;
    QTest::newRow("case matters") << QStringLiteral("${Domain}") << QStringLiteral("${Domain}")
                                  << QStringList{QStringLiteral("Domain")};
}

void TestMenuVariables::fillText()
{
    QFETCH(QString, text);
    QFETCH(QString, filled);
    QFETCH(QStringList, unknown);
    const VariableValues values = {{QStringLiteral("domain"), QStringLiteral("b.example.com")},
                                   {QStringLiteral("city"), QStringLiteral("沪")},
                                   {QStringLiteral("tag"), QStringLiteral("11")},
                                   {QStringLiteral("tricky"), QStringLiteral("${domain}")}};
    QStringList found;
    QCOMPARE(MenuVariables::fill(text, values, &found), filled);
    QCOMPARE(found, unknown);
}

namespace {

DocumentData templateDocument()
{
    DocumentData data;
    Button home;
    home.name = QStringLiteral("${city}");
    home.type = QStringLiteral("view");
    home.url = QStringLiteral("https://${domain}/home");
    Button mini;
    mini.name = QStringLiteral("Mini");
    mini.type = QStringLiteral("miniprogram");
    mini.url = QStringLiteral("https://${domain}/m");
    mini.appId = QStringLiteral("${mini_appid}");
    mini.pagePath = QStringLiteral("pages/${page}");
    mini.extras.insert(QStringLiteral("note"), QStringLiteral("for ${city}"));
    Button parent;
    parent.name = QStringLiteral("More");
    parent.subButtons = {mini};
    data.defaultMenu.buttons = {home, parent};
    Menu vip;
    Button vipButton;
    vipButton.name = QStringLiteral("VIP");
    vipButton.type = QStringLiteral("click");
    vipButton.key = QStringLiteral("VIP_${city}");
    vip.buttons = {vipButton};
    vip.matchRule.tagId = QStringLiteral("${vip_tag}");
    vip.name = QStringLiteral("VIP ${city}"); // ours alone: never filled in
    data.conditionalMenus = {vip};
    return data;
}

const VariableValues kShopB = {{QStringLiteral("city"), QStringLiteral("Shanghai")},
                               {QStringLiteral("domain"), QStringLiteral("b.example.com")},
                               {QStringLiteral("mini_appid"), QStringLiteral("wxmini")},
                               {QStringLiteral("page"), QStringLiteral("index")},
                               {QStringLiteral("vip_tag"), QStringLiteral("11")}};

} // namespace

void TestMenuVariables::fillDocumentNamesEveryPath()
{
    const FilledDocument filled = MenuVariables::fill(templateDocument(), kShopB);
    QVERIFY(filled.ok());
    const DocumentData &d = filled.document;
    QCOMPARE(d.defaultMenu.buttons.at(0).name, QStringLiteral("Shanghai"));
    QCOMPARE(d.defaultMenu.buttons.at(0).url, QStringLiteral("https://b.example.com/home"));
    const Button &mini = d.defaultMenu.buttons.at(1).subButtons.at(0);
    QCOMPARE(mini.appId, QStringLiteral("wxmini"));
    QCOMPARE(mini.pagePath, QStringLiteral("pages/index"));
    QCOMPARE(mini.extras.value(QStringLiteral("note")).toString(), QStringLiteral("for Shanghai"));
    QCOMPARE(d.conditionalMenus.at(0).buttons.at(0).key, QStringLiteral("VIP_Shanghai"));
    QCOMPARE(d.conditionalMenus.at(0).matchRule.tagId, QStringLiteral("11"));
    QCOMPARE(d.conditionalMenus.at(0).name, QStringLiteral("VIP ${city}"));
    const QList<Issue> issues = Validator::validate(d);
    QVERIFY(std::none_of(issues.cbegin(), issues.cend(),
                         [](const Issue &issue) { return issue.isError(); }));

    const QList<VariableUse> expected = {
        {QStringLiteral("city"), QStringLiteral("menu.button[0].name")},
        {QStringLiteral("domain"), QStringLiteral("menu.button[0].url")},
        {QStringLiteral("domain"), QStringLiteral("menu.button[1].sub_button[0].url")},
        {QStringLiteral("mini_appid"), QStringLiteral("menu.button[1].sub_button[0].appid")},
        {QStringLiteral("page"), QStringLiteral("menu.button[1].sub_button[0].pagepath")},
        {QStringLiteral("city"), QStringLiteral("menu.button[1].sub_button[0].note")},
        {QStringLiteral("city"), QStringLiteral("conditionalmenu[0].button[0].key")},
        {QStringLiteral("vip_tag"), QStringLiteral("conditionalmenu[0].matchrule.tag_id")},
    };
    QCOMPARE(filled.used, expected);
}

void TestMenuVariables::unknownVariablesAreReportedWithTheirPath()
{
    VariableValues values = kShopB;
    values.remove(QStringLiteral("vip_tag"));
    values.remove(QStringLiteral("domain"));
    const FilledDocument filled = MenuVariables::fill(templateDocument(), values);
    QVERIFY(!filled.ok());
    const QList<VariableUse> expected = {
        {QStringLiteral("domain"), QStringLiteral("menu.button[0].url")},
        {QStringLiteral("domain"), QStringLiteral("menu.button[1].sub_button[0].url")},
        {QStringLiteral("vip_tag"), QStringLiteral("conditionalmenu[0].matchrule.tag_id")},
    };
    QCOMPARE(filled.unknown, expected);
    // Left as written.
    QCOMPARE(filled.document.conditionalMenus.at(0).matchRule.tagId, QStringLiteral("${vip_tag}"));
}

void TestMenuVariables::usesAndNames()
{
    QCOMPARE(
        MenuVariables::names(templateDocument()),
        (QStringList{QStringLiteral("city"), QStringLiteral("domain"), QStringLiteral("mini_appid"),
                     QStringLiteral("page"), QStringLiteral("vip_tag")}));
    DocumentData literal;
    Button button;
    button.name = QStringLiteral("$${city}");
    literal.defaultMenu.buttons = {button};
    QVERIFY(MenuVariables::uses(literal).isEmpty());
}

void TestMenuVariables::variablesAtAnIssue()
{
    const FilledDocument filled = MenuVariables::fill(templateDocument(), kShopB);
    QCOMPARE(MenuVariables::variablesAt(filled.used, QStringLiteral("menu.button[0].name")),
             QStringList{QStringLiteral("city")});
    QCOMPARE(MenuVariables::variablesAt(filled.used, QStringLiteral("menu.button[1]")),
             (QStringList{QStringLiteral("domain"), QStringLiteral("mini_appid"),
                          QStringLiteral("page"), QStringLiteral("city")}));
    // menu.button[1] is not a prefix match for menu.button[10].
    QVERIFY(
        MenuVariables::variablesAt({{QStringLiteral("x"), QStringLiteral("menu.button[10].name")}},
                                   QStringLiteral("menu.button[1]"))
            .isEmpty());
    QVERIFY(
        MenuVariables::variablesAt(filled.used, QStringLiteral("menu.button[0].key")).isEmpty());
}

void TestMenuVariables::fillingIsPure()
{
    const DocumentData original = templateDocument();
    const FilledDocument once = MenuVariables::fill(original, kShopB);
    QCOMPARE(original, templateDocument());
    QCOMPARE(MenuVariables::fill(original, kShopB).document, once.document);
}

QTEST_GUILESS_MAIN(TestMenuVariables)
#include "tst_menuvariables.moc"
