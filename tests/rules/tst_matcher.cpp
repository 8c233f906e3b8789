#include "builders.h"

#include <matcher.h>
#include <menufile.h>
#include <validator.h>

#include <QtTest>

using namespace Build;

Q_DECLARE_METATYPE(ClientPlatform)
Q_DECLARE_METATYPE(Button)

namespace {

QJsonObject sex(const QString &value)
{
    QJsonObject object;
    object.insert(QStringLiteral("sex"), value);
    return object;
}

/// A document with a default menu and conditional menus with `rules`, newest (tried first) first.
DocumentData rules(const QList<MatchRule> &matchRules)
{
    QList<Menu> menus;
    for (const MatchRule &matchRule : matchRules)
        menus.append(conditional(matchRule));
    return withConditionals(menus);
}

QStringList tags(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
    void ruleMatches_data();
    void ruleMatches();
    void shadowing_data();
    void shadowing();
    void menuGetReplyIsInPriorityOrder();
    void menuWithButtons_data();
    void menuWithButtons();
};

void TestMatcher::match_data()
{
    QTest::addColumn<DocumentData>("data");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<ClientPlatform>("platform");
    QTest::addColumn<int>("expected");

    const auto ios = ClientPlatform::Ios;
    const auto android = ClientPlatform::Android;
    const auto other = ClientPlatform::Other;
    const QString t2 = QStringLiteral("2");
    const QString t5 = QStringLiteral("5");
    const QString p1 = QStringLiteral("1");
    const QString p2 = QStringLiteral("2");
    const QString p3 = QStringLiteral("3");

    // The newest conditional menu (index 0, listed first by menu/get) is tried first.
    QTest::newRow("newest of two same rules wins")
        << rules({rule(t2), rule(t2)}) << tags("2") << ios << 0;
    QTest::newRow("newest of three matching wins")
        << rules({rule(t2, p1), rule(QString(), p1), rule(t2)}) << tags("2") << ios << 0;
    QTest::newRow("newer non-matching is skipped")
        << rules({rule(t5), rule(t2)}) << tags("2") << ios << 1;

    // Only the last tag applied counts.
    QTest::newRow("tags 2,5: tag 5 menu") << rules({rule(t2), rule(t5)}) << tags("2,5") << ios << 1;
    QTest::newRow("tags 5,2: tag 2 menu") << rules({rule(t2), rule(t5)}) << tags("5,2") << ios << 0;
    QTest::newRow("tags 2,5: no tag 5 menu") << rules({rule(t2)}) << tags("2,5") << ios << -1;
    QTest::newRow("tags 2,5: tag 5 older than tag 2")
        << rules({rule(t2), rule(t5)}) << tags("2,5") << android << 1;

    // Client platform: 1 iOS, 2 Android, 3 others; no platform matches all.
    {
        const DocumentData byPlatform =
            rules({rule(QString(), p3), rule(QString(), p2), rule(QString(), p1)});
        QTest::newRow("platform iOS") << byPlatform << QStringList() << ios << 2;
        QTest::newRow("platform Android") << byPlatform << QStringList() << android << 1;
        QTest::newRow("platform other") << byPlatform << QStringList() << other << 0;
    }
    QTest::newRow("Android rule, iOS phone")
        << rules({rule(QString(), p2)}) << QStringList() << ios << -1;
    QTest::newRow("iOS rule, other phone")
        << rules({rule(QString(), p1)}) << QStringList() << other << -1;
    QTest::newRow("no platform: iOS") << rules({rule(t2)}) << tags("2") << ios << 0;
    QTest::newRow("no platform: Android") << rules({rule(t2)}) << tags("2") << android << 0;
    QTest::newRow("no platform: other") << rules({rule(t2)}) << tags("2") << other << 0;

    // Tag and platform are both required.
    {
        const DocumentData both = rules({rule(t2, p1)});
        QTest::newRow("tag+platform: both match") << both << tags("2") << ios << 0;
        QTest::newRow("tag+platform: wrong platform") << both << tags("2") << android << -1;
        QTest::newRow("tag+platform: wrong tag") << both << tags("5") << ios << -1;
        QTest::newRow("tag+platform: no tag") << both << QStringList() << ios << -1;
        QTest::newRow("tag+platform: tag not last") << both << tags("2,5") << ios << -1;
    }

    // A rule with a privacy field has expired; an empty privacy field (as menu/get lists it)
    // does not expire it.
    QTest::newRow("expired rule never matches")
        << rules({rule(t2, QString(), sex(QStringLiteral("1")))}) << tags("2") << ios << -1;
    QTest::newRow("empty privacy field still matches")
        << rules({rule(t2, QString(), sex(QString()))}) << tags("2") << ios << 0;
    QTest::newRow("expired newer, older matches")
        << rules({rule(t2, QString(), sex(QStringLiteral("1"))), rule(t2)}) << tags("2") << ios
        << 1;
    QTest::newRow("privacy-only rule never matches")
        << rules({rule(QString(), QString(), sex(QStringLiteral("2")))}) << QStringList() << ios
        << -1;

    // An empty rule never matches.
    QTest::newRow("empty rule, no tags") << rules({rule(QString())}) << QStringList() << ios << -1;
    QTest::newRow("empty rule, tags") << rules({rule(QString())}) << tags("2") << android << -1;
    QTest::newRow("empty newer, older matches")
        << rules({rule(QString()), rule(t2)}) << tags("2") << ios << 1;

    // Fallback to the default menu, and followers with no tags.
    QTest::newRow("no conditional menus") << rules({}) << tags("2") << ios << -1;
    QTest::newRow("no rule matches")
        << rules({rule(QString(), p2), rule(t5)}) << tags("2") << ios << -1;
    QTest::newRow("no tags: platform rule")
        << rules({rule(QString(), p1), rule(t2)}) << QStringList() << ios << 0;
    QTest::newRow("no tags: only tag rules")
        << rules({rule(t2), rule(t5)}) << QStringList() << ios << -1;
}

void TestMatcher::match()
{
    QFETCH(DocumentData, data);
    QFETCH(QStringList, tags);
    QFETCH(ClientPlatform, platform);
    QFETCH(int, expected);

    QCOMPARE(Matcher::match(data, tags, platform), expected);
}

void TestMatcher::ruleMatches_data()
{
    QTest::addColumn<MatchRule>("matchRule");
    QTest::addColumn<QString>("lastTag");
    QTest::addColumn<ClientPlatform>("platform");
    QTest::addColumn<bool>("expected");

    const QString t2 = QStringLiteral("2");
    const QString t5 = QStringLiteral("5");
    const QString none;

    QTest::newRow("tag matches") << rule(t2) << t2 << ClientPlatform::Android << true;
    QTest::newRow("tag differs") << rule(t2) << t5 << ClientPlatform::Android << false;
    QTest::newRow("tag, follower untagged") << rule(t2) << none << ClientPlatform::Ios << false;
    QTest::newRow("platform 1 on iOS")
        << rule(none, QStringLiteral("1")) << none << ClientPlatform::Ios << true;
    QTest::newRow("platform 1 on Android")
        << rule(none, QStringLiteral("1")) << none << ClientPlatform::Android << false;
    QTest::newRow("platform 2 on Android")
        << rule(none, QStringLiteral("2")) << t5 << ClientPlatform::Android << true;
    QTest::newRow("platform 3 on other")
        << rule(none, QStringLiteral("3")) << none << ClientPlatform::Other << true;
    QTest::newRow("platform 3 on iOS")
        << rule(none, QStringLiteral("3")) << none << ClientPlatform::Ios << false;
    QTest::newRow("tag+platform both")
        << rule(t2, QStringLiteral("2")) << t2 << ClientPlatform::Android << true;
    QTest::newRow("tag+platform, platform differs")
        << rule(t2, QStringLiteral("2")) << t2 << ClientPlatform::Other << false;
    QTest::newRow("tag+platform, tag differs")
        << rule(t2, QStringLiteral("2")) << t5 << ClientPlatform::Android << false;
    QTest::newRow("empty rule") << rule(none) << none << ClientPlatform::Ios << false;
    QTest::newRow("expired rule") << rule(t2, none, sex(QStringLiteral("1"))) << t2
                                  << ClientPlatform::Ios << false;
    QTest::newRow("empty privacy field")
        << rule(t2, none, sex(QString())) << t2 << ClientPlatform::Ios << true;
}

void TestMatcher::ruleMatches()
{
    QFETCH(MatchRule, matchRule);
    QFETCH(QString, lastTag);
    QFETCH(ClientPlatform, platform);
    QFETCH(bool, expected);

    QCOMPARE(Matcher::ruleMatches(matchRule, lastTag, platform), expected);
}

void TestMatcher::shadowing_data()
{
    QTest::addColumn<DocumentData>("data");
    // "conditionalmenu[i] by conditionalmenu[j]" for each shadowed menu i, sorted.
    QTest::addColumn<QStringList>("expected");

    const QString t2 = QStringLiteral("2");
    const QString t3 = QStringLiteral("3");
    const QString p1 = QStringLiteral("1");
    const QString p2 = QStringLiteral("2");
    const QString none;
    // Index 0 is the newest: a menu is shadowed by one listed before it.
    const QString shadowed10 = QStringLiteral("conditionalmenu[1] by conditionalmenu[0]");

    QTest::newRow("newer same tag shadows older tag+platform")
        << rules({rule(t2), rule(t2, p1)}) << QStringList{shadowed10};
    QTest::newRow("newer tag+platform does not shadow older tag-only")
        << rules({rule(t2, p1), rule(t2)}) << QStringList();
    QTest::newRow("identical rules")
        << rules({rule(t2, p1), rule(t2, p1)}) << QStringList{shadowed10};
    QTest::newRow("identical tag-only rules")
        << rules({rule(t2), rule(t2)}) << QStringList{shadowed10};
    QTest::newRow("newer platform-only shadows older tag+platform, same platform")
        << rules({rule(none, p1), rule(t2, p1)}) << QStringList{shadowed10};
    QTest::newRow("newer platform-only, other platform")
        << rules({rule(none, p2), rule(t2, p1)}) << QStringList();
    QTest::newRow("newer tag-only does not shadow older platform-only")
        << rules({rule(t2), rule(none, p1)}) << QStringList();
    QTest::newRow("newer other tag") << rules({rule(t3), rule(t2, p1)}) << QStringList();
    QTest::newRow("newer other tag, same platform")
        << rules({rule(t3, p1), rule(t2, p1)}) << QStringList();
    QTest::newRow("expired newer rule shadows nothing")
        << rules({rule(t2, none, sex(QStringLiteral("1"))), rule(t2)}) << QStringList();
    QTest::newRow("empty newer rule shadows nothing")
        << rules({rule(none), rule(t2)}) << QStringList();
    QTest::newRow("shadower two menus newer")
        << rules({rule(t2), rule(t3), rule(t2)})
        << QStringList{QStringLiteral("conditionalmenu[2] by conditionalmenu[0]")};
    QTest::newRow("older menu never shadows a newer one")
        << rules({rule(t2, p1), rule(none, p1)}) << QStringList();
}

void TestMatcher::shadowing()
{
    QFETCH(DocumentData, data);
    QFETCH(QStringList, expected);

    QStringList found;
    const IssueList issues = Validator::validate(data, Shape::Document);
    for (const Issue &issue : issues) {
        if (issue.rule != QLatin1String("matchrule.shadowed"))
            continue;
        QCOMPARE(issue.severity, Issue::Severity::Warning);
        QVERIFY2(!issue.errcode.has_value(), "a shadowed menu is a warning without errcode");
        QVERIFY2(issue.path.endsWith(QLatin1String(".matchrule")), qPrintable(issue.path));
        const QString menu = issue.path.chopped(int(qstrlen(".matchrule")));
        // The message names the newer menu that catches every follower first.
        const QRegularExpression newer(QStringLiteral("conditionalmenu\\[\\d+\\]"));
        const QRegularExpressionMatch named = newer.match(issue.message);
        QVERIFY2(named.hasMatch(), qPrintable(issue.message));
        found.append(menu + QStringLiteral(" by ") + named.captured());
    }
    found.sort();
    QCOMPARE(found, expected);
}

void TestMatcher::menuGetReplyIsInPriorityOrder()
{
    // A menu/get reply as WeChat sends it: the later menu (the higher menuid, added last) is
    // listed first, and it is the one tried first. A follower with tag 2 on iOS fits both
    // rules and sees the later one; the earlier, narrower menu is left to no one.
    const QByteArray reply = R"({"menu":{"button":[{"type":"click","name":"默认","key":"D",)"
                             R"("sub_button":[]}],"menuid":208379533},)"
                             R"("conditionalmenu":[)"
                             R"({"button":[{"type":"click","name":"会员","key":"VIP",)"
                             R"("sub_button":[]}],"matchrule":{"tag_id":"2"},"menuid":208379541},)"
                             R"({"button":[{"type":"click","name":"苹果会员","key":"IOS_VIP",)"
                             R"("sub_button":[]}],"matchrule":{"tag_id":"2",)"
                             R"("client_platform_type":"1"},"menuid":208379538}]})";
    const ReadResult read = MenuFile::readBytes(reply);
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, Shape::MenuGet);
    QCOMPARE(read.data.conditionalMenus.at(0).menuId, QStringLiteral("208379541"));

    QCOMPARE(Matcher::match(read.data, tags("2"), ClientPlatform::Ios), 0);
    QCOMPARE(Matcher::match(read.data, tags("2"), ClientPlatform::Android), 0);
    const QList<Matcher::Attempt> tried = Matcher::trace(read.data, tags("2"), ClientPlatform::Ios);
    QCOMPARE(tried.size(), 1);
    QCOMPARE(tried.first().menu, 0);

    QStringList shadowed;
    for (const Issue &issue : Validator::validate(read.data, Shape::MenuGet)) {
        if (issue.rule == QLatin1String("matchrule.shadowed")) {
            shadowed.append(issue.path);
            QVERIFY2(issue.message.contains(QLatin1String("conditionalmenu[0]")),
                     qPrintable(issue.message));
        }
    }
    QCOMPARE(shadowed, QStringList{QStringLiteral("conditionalmenu[1].matchrule")});
}

void TestMatcher::menuWithButtons_data()
{
    QTest::addColumn<DocumentData>("data");
    QTest::addColumn<QList<Button>>("buttons");
    QTest::addColumn<int>("expected"); // -2: no menu of the document

    const QList<Button> home = {click(QStringLiteral("Home"))};
    const QList<Button> vip = {click(QStringLiteral("VIP"), QStringLiteral("V"))};
    const QList<Button> ios = {view(QStringLiteral("iOS"), QStringLiteral("https://a.example/"))};
    const DocumentData three = document(home, {menu(vip, rule(QStringLiteral("2"))),
                                               menu(ios, rule(QString(), QStringLiteral("1")))});

    QTest::newRow("default menu") << three << home << -1;
    QTest::newRow("newest conditional menu") << three << vip << 0;
    QTest::newRow("oldest conditional menu") << three << ios << 1;
    QTest::newRow("not in the document") << three << clicks(2) << -2;
    QTest::newRow("same name, another key")
        << three << QList<Button>{click(QStringLiteral("VIP"), QStringLiteral("W"))} << -2;
    QTest::newRow("empty answer, no empty menu") << three << QList<Button>() << -2;
    // A conditional menu equal to the default menu: the default menu is the one found.
    QTest::newRow("equal to the default menu")
        << document(home, {menu(home, rule(QStringLiteral("2")))}) << home << -1;
    // Without a default menu, the empty default menu is never found.
    QTest::newRow("no default menu, empty answer")
        << withoutDefault({menu(vip, rule(QStringLiteral("2")))}) << QList<Button>() << -2;
    QTest::newRow("no default menu, conditional")
        << withoutDefault({menu(vip, rule(QStringLiteral("2")))}) << vip << 0;
    // Two equal conditional menus: the first in priority order.
    QTest::newRow("two equal conditional menus")
        << document(home,
                    {menu(vip, rule(QStringLiteral("2"))), menu(vip, rule(QStringLiteral("5")))})
        << vip << 0;
}

void TestMatcher::menuWithButtons()
{
    QFETCH(DocumentData, data);
    QFETCH(QList<Button>, buttons);
    QFETCH(int, expected);
    QCOMPARE(Matcher::menuWithButtons(data, buttons).value_or(-2), expected);
}

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
