#include <matcher.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <sandboxapi.h>
#include <validator.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

/**
 * menu/trymatch of the sandbox against the matching rules of menu-rules.md: a document
 * published through the real calls (stable_token, menu/create, menu/addconditional from the
 * oldest menu, the end of the list, to the newest, index 0), then every follower asked about by
 * openid or WeChat id must see the menu the rules pick for them.
 */

namespace {

constexpr quint32 kSeed = 20240607;
constexpr int kCases = 300;

const QStringList kRuleTags = {QString(), QStringLiteral("2"), QStringLiteral("100"),
                               QStringLiteral("101")};
const QStringList kRulePlatforms = {QString(), QStringLiteral("1"), QStringLiteral("2"),
                                    QStringLiteral("3")};
/// Tags a follower can carry: the rule tags and one no rule uses.
const QStringList kFollowerTags = {QStringLiteral("2"), QStringLiteral("100"),
                                   QStringLiteral("101"), QStringLiteral("102")};
const QStringList kClients = {QStringLiteral("ios"), QStringLiteral("android"),
                              QStringLiteral("other")};
const QStringList kKeyTypes = {
    QStringLiteral("click"),
    QStringLiteral("scancode_push"),
    QStringLiteral("scancode_waitmsg"),
    QStringLiteral("pic_sysphoto"),
    QStringLiteral("pic_photo_or_album"),
    QStringLiteral("pic_weixin"),
    QStringLiteral("location_select"),
};

/// The platform the rules' client_platform_type names: 1 iOS, 2 Android, 3 others.
ClientPlatform platformOf(const QString &client)
{
    if (client == QLatin1String("ios"))
        return ClientPlatform::Ios;
    if (client == QLatin1String("android"))
        return ClientPlatform::Android;
    return ClientPlatform::Other;
}

QString platformNumber(const QString &client)
{
    if (client == QLatin1String("ios"))
        return QStringLiteral("1");
    if (client == QLatin1String("android"))
        return QStringLiteral("2");
    return QStringLiteral("3");
}

/**
 * The menu a follower sees, read straight from menu-rules.md ("Conditional (personalized)
 * menus", matching): newest conditional menu (index 0, listed first by menu/get) first, the
 * first whose every non-empty field
 * matches wins, the last tag applied is the one matched, otherwise the default menu (-1).
 * Written independently of Matcher so that both can be checked against it.
 */
int menuByRules(const DocumentData &data, const QStringList &tags, const QString &client)
{
    const QString lastTag = tags.isEmpty() ? QString() : tags.constLast();
    for (qsizetype i = 0; i < data.conditionalMenus.size(); ++i) {
        const MatchRule &rule = data.conditionalMenus.at(i).matchRule;
        const QString tag = rule.tagId.trimmed();
        const QString platform = rule.clientPlatformType.trimmed();
        if (tag.isEmpty() && platform.isEmpty())
            continue;
        if (!tag.isEmpty() && tag != lastTag)
            continue;
        if (!platform.isEmpty() && platform != platformNumber(client))
            continue;
        return int(i);
    }
    return -1;
}

Button leaf(QRandomGenerator &rng, const QString &name, const QString &id)
{
    Button button;
    button.name = name;
    if (rng.bounded(4) == 0) {
        button.type = QStringLiteral("view");
        button.url = QStringLiteral("https://www.example.com/") + id;
    } else {
        button.type = kKeyTypes.at(rng.bounded(int(kKeyTypes.size())));
        button.key = QStringLiteral("K_") + id;
    }
    return button;
}

/// 1 to 3 top-level buttons, some with 1 to 5 sub-buttons; every key and url names `menuTag`.
QList<Button> randomButtons(QRandomGenerator &rng, const QString &menuTag)
{
    QList<Button> buttons;
    const int count = 1 + rng.bounded(3);
    for (int b = 0; b < count; ++b) {
        const QString id = QStringLiteral("%1_%2").arg(menuTag).arg(b);
        // Top-level names stay within 16 bytes: "菜" is 3 bytes.
        const QString name = rng.bounded(2) == 0 ? QStringLiteral("%1 B%2").arg(menuTag).arg(b)
                                                 : QStringLiteral(u"菜%1-%2").arg(menuTag).arg(b);
        if (rng.bounded(3) == 0) {
            Button parent;
            parent.name = name;
            const int subs = 1 + rng.bounded(5);
            for (int s = 0; s < subs; ++s) {
                const QString subId = id + QStringLiteral("_%1").arg(s);
                parent.subButtons.append(leaf(rng, QStringLiteral(u"子菜单 %1").arg(subId), subId));
            }
            buttons.append(parent);
        } else {
            buttons.append(leaf(rng, name, id));
        }
    }
    return buttons;
}

DocumentData randomDocument(QRandomGenerator &rng)
{
    DocumentData data;
    data.hasDefaultMenu = true;
    data.defaultMenu.buttons = randomButtons(rng, QStringLiteral("D"));
    const int conditionals = rng.bounded(6);
    for (int c = 0; c < conditionals; ++c) {
        Menu menu;
        menu.buttons = randomButtons(rng, QStringLiteral("C%1").arg(c));
        do {
            menu.matchRule.tagId = kRuleTags.at(rng.bounded(int(kRuleTags.size())));
            menu.matchRule.clientPlatformType =
                kRulePlatforms.at(rng.bounded(int(kRulePlatforms.size())));
        } while (menu.matchRule.tagId.isEmpty() && menu.matchRule.clientPlatformType.isEmpty());
        data.conditionalMenus.append(menu);
    }
    return data;
}

QList<SandboxFollower> randomFollowers(QRandomGenerator &rng, int caseIndex)
{
    QList<SandboxFollower> followers;
    const int count = 1 + rng.bounded(8);
    for (int f = 0; f < count; ++f) {
        SandboxFollower follower;
        follower.openId = QStringLiteral("o_case%1_f%2").arg(caseIndex).arg(f);
        follower.wechatId = QStringLiteral("wx_case%1_f%2").arg(caseIndex).arg(f);
        // Distinct tags in the order applied.
        QStringList pool = kFollowerTags;
        const int tags = rng.bounded(4);
        for (int t = 0; t < tags; ++t)
            follower.tags.append(pool.takeAt(rng.bounded(int(pool.size()))));
        follower.client = kClients.at(rng.bounded(int(kClients.size())));
        followers.append(follower);
    }
    return followers;
}

QString describeFollower(const SandboxFollower &follower)
{
    return QStringLiteral("follower %1 / %2, tags [%3] (last applied last), client %4")
        .arg(follower.openId, follower.wechatId, follower.tags.join(QStringLiteral(", ")),
             follower.client);
}

QString describeDocument(const DocumentData &data)
{
    QStringList rules;
    for (qsizetype i = 0; i < data.conditionalMenus.size(); ++i) {
        const MatchRule &rule = data.conditionalMenus.at(i).matchRule;
        rules.append(QStringLiteral("#%1{tag_id:\"%2\", client_platform_type:\"%3\"}")
                         .arg(i)
                         .arg(rule.tagId, rule.clientPlatformType));
    }
    return QStringLiteral("rules newest first: [%1]\ndocument: %2")
        .arg(rules.join(QStringLiteral(" ")), QString::fromUtf8(MenuJsonWriter::document(data)));
}

QString mismatch(const QString &user, const QList<Button> &buttons, int expected)
{
    Menu seen;
    seen.buttons = buttons;
    return QStringLiteral("trymatch %1 gave %2, expected menu %3\n")
        .arg(user, QString::fromUtf8(MenuJsonWriter::createBody(seen)), QString::number(expected));
}

/// One emulated account driven in-process through its API.
class Account
{
public:
    explicit Account(const QList<SandboxFollower> &followers)
        : m_api(SandboxOptions(), stateWith(followers))
    {}

    bool signIn()
    {
        const QJsonObject request{
            {QStringLiteral("grant_type"), QStringLiteral("client_credential")},
            {QStringLiteral("appid"), QStringLiteral("wxsandbox000000000")},
            {QStringLiteral("secret"), QStringLiteral("sandbox-secret")}};
        const QJsonObject reply = call("POST", QStringLiteral("stable_token"),
                                       QJsonDocument(request).toJson(QJsonDocument::Compact));
        m_token = reply.value(QStringLiteral("access_token")).toString();
        return !m_token.isEmpty();
    }

    QByteArray raw(const QByteArray &method, const QString &endpoint, const QByteArray &body = {})
    {
        SandboxRequest request;
        request.method = method;
        request.path = QStringLiteral("/cgi-bin/") + endpoint;
        if (!m_token.isEmpty())
            request.query.addQueryItem(QStringLiteral("access_token"), m_token);
        request.body = body;
        return m_api.handle(request).body;
    }

    QJsonObject call(const QByteArray &method, const QString &endpoint, const QByteArray &body = {})
    {
        return QJsonDocument::fromJson(raw(method, endpoint, body)).object();
    }

    /// Publishes `data`: the default menu, then the conditional menus from the oldest (the last)
    /// to the newest (index 0), each one becoming the newest. Empty on success, else what went
    /// wrong.
    QString publish(const DocumentData &data)
    {
        if (!signIn())
            return QStringLiteral("stable_token refused");
        const QByteArray created = raw("POST", QStringLiteral("menu/create"),
                                       MenuJsonWriter::createBody(data.defaultMenu));
        if (QJsonDocument::fromJson(created).object().value(QStringLiteral("errcode")).toInt(-1) !=
            0)
            return QStringLiteral("menu/create: ") + QString::fromUtf8(created);
        for (qsizetype i = data.conditionalMenus.size() - 1; i >= 0; --i) {
            const QByteArray added =
                raw("POST", QStringLiteral("menu/addconditional"),
                    MenuJsonWriter::conditionalBody(data.conditionalMenus.at(i)));
            const QJsonObject reply = QJsonDocument::fromJson(added).object();
            if (reply.contains(QStringLiteral("errcode")) ||
                reply.value(QStringLiteral("menuid")).toString().isEmpty())
                return QStringLiteral("menu/addconditional #%1: ").arg(i) +
                       QString::fromUtf8(added);
        }
        return {};
    }

    /// The buttons menu/trymatch answers for `user`; false with `problem` set on an error.
    bool tryMatch(const QString &user, QList<Button> *buttons, QString *problem)
    {
        const QJsonObject request{{QStringLiteral("user_id"), user}};
        const QByteArray body = raw("POST", QStringLiteral("menu/trymatch"),
                                    QJsonDocument(request).toJson(QJsonDocument::Compact));
        if (QJsonDocument::fromJson(body).object().contains(QStringLiteral("errcode"))) {
            *problem = QStringLiteral("menu/trymatch: ") + QString::fromUtf8(body);
            return false;
        }
        const ReadResult read = MenuFile::readBytes(body);
        if (!read.ok) {
            *problem =
                QStringLiteral("menu/trymatch answer unreadable: ") + QString::fromUtf8(body);
            return false;
        }
        *buttons = read.data.defaultMenu.buttons;
        return true;
    }

private:
    static SandboxState stateWith(const QList<SandboxFollower> &followers)
    {
        SandboxState state = SandboxState::initial();
        state.followers = followers;
        state.menus.hasDefaultMenu = false;
        state.hasMenu = false;
        return state;
    }

    SandboxApi m_api;
    QString m_token;
};

/// A document of one-button menus with the given rules ("tag|platform"), newest first.
DocumentData documentWithRules(const QStringList &rules)
{
    DocumentData data;
    data.hasDefaultMenu = true;
    Button home;
    home.name = QStringLiteral("Home");
    home.type = QStringLiteral("click");
    home.key = QStringLiteral("DEFAULT");
    data.defaultMenu.buttons = {home};
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QStringList parts = rules.at(i).split(QLatin1Char('|'));
        Menu menu;
        menu.matchRule.tagId = parts.value(0);
        menu.matchRule.clientPlatformType = parts.value(1);
        Button button;
        button.name = QStringLiteral("Menu %1").arg(i);
        button.type = QStringLiteral("click");
        button.key = QStringLiteral("CONDITIONAL_%1").arg(i);
        menu.buttons = {button};
        data.conditionalMenus.append(menu);
    }
    return data;
}

/// A POST to `endpoint` of `account` with `body`: the raw answer.
QByteArray raw(Account &account, const char *endpoint, const QByteArray &body)
{
    return account.raw("POST", QString::fromLatin1(endpoint), body);
}

} // namespace

class TestTryMatch : public QObject
{
    Q_OBJECT

private slots:
    void handWritten_data();
    void handWritten();
    void randomDocuments();
    void pulledDocumentMatchesAsServer();
};

void TestTryMatch::handWritten_data()
{
    QTest::addColumn<QStringList>("rules"); // "tag|platform", newest (tried first) first
    QTest::addColumn<QStringList>("tags");  // in the order applied
    QTest::addColumn<QString>("client");
    QTest::addColumn<int>("expected"); // -1: the default menu

    const QString ios = QStringLiteral("ios");
    const QString android = QStringLiteral("android");
    const QString other = QStringLiteral("other");
    const QString tag2 = QStringLiteral("2");
    const QString tag100 = QStringLiteral("100");
    const QString tag101 = QStringLiteral("101");

    // Only the last tag applied is matched, even when a newer menu names an earlier tag.
    QTest::newRow("last tag applied wins")
        << QStringList{QStringLiteral("100|"), QStringLiteral("2|")} << QStringList{tag100, tag2}
        << android << 1;
    QTest::newRow("last tag applied wins, other order")
        << QStringList{QStringLiteral("100|"), QStringLiteral("2|")} << QStringList{tag2, tag100}
        << android << 0;
    QTest::newRow("an earlier tag does not count")
        << QStringList{QStringLiteral("2|")} << QStringList{tag2, tag101} << ios << -1;

    QTest::newRow("platform-only rule, matching platform")
        << QStringList{QStringLiteral("|2")} << QStringList{} << android << 0;
    QTest::newRow("platform-only rule, tags do not matter")
        << QStringList{QStringLiteral("|2")} << QStringList{tag101} << android << 0;
    QTest::newRow("platform-only rule, other platform")
        << QStringList{QStringLiteral("|2")} << QStringList{} << ios << -1;
    QTest::newRow("platform 3 is others")
        << QStringList{QStringLiteral("|3"), QStringLiteral("|1")} << QStringList{} << other << 0;

    QTest::newRow("tag and platform both needed")
        << QStringList{QStringLiteral("2|1")} << QStringList{tag2} << android << -1;
    QTest::newRow("tag and platform both held")
        << QStringList{QStringLiteral("2|1")} << QStringList{tag2} << ios << 0;

    // Newest first: the last menu added (index 0) wins when several match.
    QTest::newRow("newest-first priority")
        << QStringList{QStringLiteral("|1"), QStringLiteral("2|")} << QStringList{tag2} << ios << 0;
    QTest::newRow("newest-first priority, newer does not match")
        << QStringList{QStringLiteral("|1"), QStringLiteral("2|")} << QStringList{tag2} << android
        << 1;
    QTest::newRow("newest-first, same rule twice")
        << QStringList{QStringLiteral("100|"), QStringLiteral("100|")} << QStringList{tag100}
        << other << 0;
    QTest::newRow("newest-first, broad newer shadows narrow older")
        << QStringList{QStringLiteral("2|"), QStringLiteral("2|1")} << QStringList{tag2} << ios
        << 0;
    QTest::newRow("newest-first, narrow newer before broad older")
        << QStringList{QStringLiteral("2|1"), QStringLiteral("2|")} << QStringList{tag2} << ios
        << 0;

    QTest::newRow("no tags gives the default menu")
        << QStringList{QStringLiteral("2|"), QStringLiteral("100|"), QStringLiteral("101|")}
        << QStringList{} << ios << -1;
    QTest::newRow("no conditional menu") << QStringList{} << QStringList{tag2} << ios << -1;
    QTest::newRow("a tag no rule names")
        << QStringList{QStringLiteral("2|"), QStringLiteral("100|3")}
        << QStringList{QStringLiteral("102")} << other << -1;
}

void TestTryMatch::handWritten()
{
    QFETCH(QStringList, rules);
    QFETCH(QStringList, tags);
    QFETCH(QString, client);
    QFETCH(int, expected);

    const DocumentData data = documentWithRules(rules);
    SandboxFollower follower{QStringLiteral("o_hand_1"), QStringLiteral("wx_hand_1"), tags, client};
    const QString context = describeFollower(follower) + QLatin1Char('\n') + describeDocument(data);

    QCOMPARE(menuByRules(data, tags, client), expected);
    const int matched = Matcher::match(data, tags, platformOf(client));
    QVERIFY2(
        matched == expected,
        qPrintable(QStringLiteral("Matcher gave %1, the rules %2\n").arg(matched).arg(expected) +
                   context));

    Account account({follower});
    const QString failure = account.publish(data);
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + context));
    for (const QString &user : {follower.openId, follower.wechatId}) {
        QList<Button> buttons;
        QString problem;
        QVERIFY2(account.tryMatch(user, &buttons, &problem),
                 qPrintable(problem + QLatin1Char('\n') + context));
        QVERIFY2(buttons == data.menu(expected).buttons,
                 qPrintable(mismatch(user, buttons, expected) + context));
    }
}

void TestTryMatch::randomDocuments()
{
    QRandomGenerator rng(kSeed);
    int followersChecked = 0;
    int conditionalsPublished = 0;
    int sawConditional = 0;
    for (int c = 0; c < kCases; ++c) {
        const DocumentData data = randomDocument(rng);
        const QList<SandboxFollower> followers = randomFollowers(rng, c);
        const QString caseContext =
            QStringLiteral("case %1 (seed %2)\n").arg(c).arg(kSeed) + describeDocument(data);

        for (const Issue &issue : Validator::validate(data, Shape::Document)) {
            QVERIFY2(!issue.isError(),
                     qPrintable(QStringLiteral("generated an invalid document: %1: %2\n")
                                    .arg(issue.path, issue.message) +
                                caseContext));
        }

        Account account(followers);
        const QString failure = account.publish(data);
        QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + caseContext));
        conditionalsPublished += int(data.conditionalMenus.size());

        for (qsizetype f = 0; f < followers.size(); ++f) {
            const SandboxFollower &follower = followers.at(f);
            const QString context = describeFollower(follower) + QLatin1Char('\n') + caseContext;

            const int byRules = menuByRules(data, follower.tags, follower.client);
            const int expected = Matcher::match(data, follower.tags, platformOf(follower.client));
            QVERIFY2(
                expected == byRules,
                qPrintable(
                    QStringLiteral("Matcher gave %1, the rules %2\n").arg(expected).arg(byRules) +
                    context));
            if (expected >= 0)
                ++sawConditional;

            // Alternate the two ways of naming a follower.
            const QString user = (c + f) % 2 == 0 ? follower.openId : follower.wechatId;
            QList<Button> buttons;
            QString problem;
            QVERIFY2(account.tryMatch(user, &buttons, &problem),
                     qPrintable(problem + QLatin1Char('\n') + context));
            QVERIFY2(buttons == data.menu(expected).buttons,
                     qPrintable(mismatch(user, buttons, expected) + context));
            ++followersChecked;
        }
    }
    qInfo("%d documents, %d conditional menus published, %d followers checked (%d saw a "
          "conditional menu)",
          kCases, conditionalsPublished, followersChecked, sawConditional);
    // The generator must reach both outcomes for the check to mean anything.
    QVERIFY(sawConditional > 0);
    QVERIFY(sawConditional < followersChecked);
}

void TestTryMatch::pulledDocumentMatchesAsServer()
{
    // Overlapping menus added one after another, as a colleague would: the document pulled
    // back through menu/get must pick, for every follower, the menu the server shows them.
    QList<SandboxFollower> followers;
    const QList<QStringList> tagLists = {{},
                                         {QStringLiteral("2")},
                                         {QStringLiteral("100")},
                                         {QStringLiteral("101"), QStringLiteral("2")},
                                         {QStringLiteral("2"), QStringLiteral("100")}};
    for (qsizetype t = 0; t < tagLists.size(); ++t) {
        for (const QString &client : kClients) {
            const QString id = QStringLiteral("%1_%2").arg(t).arg(client);
            followers.append({QStringLiteral("o_pull_") + id, QStringLiteral("wx_pull_") + id,
                              tagLists.at(t), client});
        }
    }
    Account account(followers);
    QVERIFY(account.signIn());
    const QByteArray created =
        raw(account, "menu/create", MenuJsonWriter::createBody(documentWithRules({}).defaultMenu));
    QCOMPARE(QJsonDocument::fromJson(created).object().value(QStringLiteral("errcode")).toInt(-1),
             0);
    // Added in this order; each becomes the newest.
    const QStringList addedInOrder = {QStringLiteral("2|"), QStringLiteral("|1"),
                                      QStringLiteral("2|1"), QStringLiteral("100|"),
                                      QStringLiteral("|2")};
    const DocumentData added = documentWithRules(addedInOrder);
    for (const Menu &menu : added.conditionalMenus) {
        const QByteArray reply =
            raw(account, "menu/addconditional", MenuJsonWriter::conditionalBody(menu));
        QVERIFY2(reply.contains("menuid"), reply.constData());
    }

    const ReadResult pulled = MenuFile::readBytes(account.raw("GET", QStringLiteral("menu/get")));
    QVERIFY2(pulled.ok, qPrintable(pulled.error.message));
    QCOMPARE(pulled.data.conditionalMenus.size(), added.conditionalMenus.size());
    // The last menu added is listed first.
    QCOMPARE(pulled.data.conditionalMenus.first().buttons,
             added.conditionalMenus.constLast().buttons);

    int sawConditional = 0;
    for (const SandboxFollower &follower : followers) {
        const QString context =
            describeFollower(follower) + QLatin1Char('\n') + describeDocument(pulled.data);
        const int predicted =
            Matcher::match(pulled.data, follower.tags, platformOf(follower.client));
        QCOMPARE(predicted, menuByRules(pulled.data, follower.tags, follower.client));
        QList<Button> buttons;
        QString problem;
        QVERIFY2(account.tryMatch(follower.openId, &buttons, &problem),
                 qPrintable(problem + QLatin1Char('\n') + context));
        QVERIFY2(buttons == pulled.data.menu(predicted).buttons,
                 qPrintable(mismatch(follower.openId, buttons, predicted) + context));
        if (predicted >= 0)
            ++sawConditional;
    }
    QVERIFY(sawConditional > 0);
    // Tag 2 on iOS fits "2|", "|1" and "2|1": the one added last of them ("2|1") is shown.
    const int tag2OnIos = Matcher::match(pulled.data, {QStringLiteral("2")}, ClientPlatform::Ios);
    QCOMPARE(pulled.data.conditionalMenus.at(tag2OnIos).matchRule.clientPlatformType,
             QStringLiteral("1"));
    QCOMPARE(pulled.data.conditionalMenus.at(tag2OnIos).matchRule.tagId, QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestTryMatch)
#include "tst_trymatch.moc"
