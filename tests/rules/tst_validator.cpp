#include "builders.h"

#include <errcodes.h>
#include <menufile.h>
#include <validator.h>

#include <QDir>
#include <QJsonArray>
#include <QtTest>

using namespace Build;

namespace {

/// tests/data/seed; the seed examples of the official API pages.
QString seedDir()
{
    return QStringLiteral(WEMENU_TEST_DATA "/seed");
}

/// What a row expects to find: severity, errcode (nullopt: null), rule id and path.
struct Expect
{
    QString severity;
    std::optional<int> errcode;
    QString rule;
    QString path;
};

Expect error(int errcode, const QString &rule, const QString &path)
{
    return {QStringLiteral("error"), errcode, rule, path};
}

Expect errorWithoutCode(const QString &rule, const QString &path)
{
    return {QStringLiteral("error"), std::nullopt, rule, path};
}

Expect warning(const QString &rule, const QString &path)
{
    return {QStringLiteral("warning"), std::nullopt, rule, path};
}

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

IssueList withRule(const IssueList &issues, const QString &rule)
{
    IssueList found;
    for (const Issue &issue : issues) {
        if (issue.rule == rule)
            found.append(issue);
    }
    return found;
}

IssueList errorsOf(const IssueList &issues)
{
    IssueList found;
    for (const Issue &issue : issues) {
        if (issue.isError())
            found.append(issue);
    }
    return found;
}

QStringList sortedKeys(const IssueList &issues)
{
    QStringList keys;
    for (const Issue &issue : issues)
        keys.append(issueKey(issue));
    keys.sort();
    return keys;
}

void addRow(const char *name, const DocumentData &bad, const DocumentData &good, const Expect &e,
            int count = 1, const QString &messagePart = QString(), Shape badShape = Shape::Document,
            Shape goodShape = Shape::Document)
{
    QTest::newRow(name) << bad << QByteArray() << badShape << good << QByteArray() << goodShape
                        << issueKey(e.severity, e.errcode, e.rule, e.path) << e.rule << e.path
                        << count << messagePart;
}

/// A row whose documents are read from JSON by the real reader, as `shape`.
void addJsonRow(const char *name, const char *bad, const char *good, Shape shape, const Expect &e,
                int count = 1)
{
    QTest::newRow(name) << DocumentData() << QByteArray(bad) << shape << DocumentData()
                        << QByteArray(good) << shape
                        << issueKey(e.severity, e.errcode, e.rule, e.path) << e.rule << e.path
                        << count << QString();
}

/// A default menu holding just `button`.
DocumentData one(const Button &button)
{
    return document({button});
}

/// A default menu holding one parent whose only sub-button is `sub`.
DocumentData oneSub(const Button &sub)
{
    return document({subMenu(QStringLiteral("Menu"), {sub})});
}

/// A default menu holding one parent with `count` valid sub-buttons.
DocumentData subs(int count)
{
    return document({subMenu(QStringLiteral("Menu"), clicks(count))});
}

QJsonObject privacyField(const char *field, const QString &value)
{
    QJsonObject object;
    object.insert(QString::fromLatin1(field), value);
    return object;
}

/// A link of exactly `bytes` UTF-8 bytes (at least 20).
QString urlOfBytes(int bytes)
{
    const QString start = QStringLiteral("https://example.com/");
    return start + QString(bytes - int(start.size()), QLatin1Char('a'));
}

/// A document whose conditional menus link to four registrable domains when `fourth` is a new
/// one: example.com (a. and b.), foo.com.cn (x. and y.), bar.com.cn, then `fourth`. The default
/// menu links to four more domains, which never count.
DocumentData domainsDocument(const QString &fourth)
{
    DocumentData data = document(
        {view(QStringLiteral("D1"), QStringLiteral("https://one.example.org/")),
         view(QStringLiteral("D2"), QStringLiteral("https://two.example.net/")),
         subMenu(
             QStringLiteral("D3"),
             {view(QStringLiteral("D4"), QStringLiteral("https://three.test.io/")),
              miniProgram(QStringLiteral("D5"), QStringLiteral("https://four.site.de/"),
                          QStringLiteral("wx0123456789abcdef"), QStringLiteral("pages/index"))})});
    data.conditionalMenus = {
        menu({view(QStringLiteral("A"), QStringLiteral("https://a.example.com/x")),
              view(QStringLiteral("B"), QStringLiteral("https://b.example.com/y")),
              subMenu(QStringLiteral("C"),
                      {view(QStringLiteral("X"), QStringLiteral("https://x.foo.com.cn/")),
                       view(QStringLiteral("Y"), QStringLiteral("https://y.foo.com.cn/p"))})},
             rule(QStringLiteral("1"))),
        menu({miniProgram(QStringLiteral("M"), QStringLiteral("https://bar.com.cn/m"),
                          QStringLiteral("wx0123456789abcdef"), QStringLiteral("pages/index")),
              click(QStringLiteral("K")), view(QStringLiteral("V"), fourth)},
             rule(QStringLiteral("2"))),
    };
    return data;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void privacyMessageByShape();
    void misspelledKeyIsNamedAndFixable();
    void misplacedKeysOfferRemoval();
    void listSubButtonsOnlyInSelfMenuInfo();
    void privacyFieldsCountAsRuleFields();
    void sampleIsValid();
    void seedFiles_data();
    void seedFiles();
    void everySeedFileHasARow();
    void seedMenuGetSaysExpired();
};

void TestValidator::rules_data()
{
    QTest::addColumn<DocumentData>("bad");
    QTest::addColumn<QByteArray>("badJson");
    QTest::addColumn<Shape>("badShape");
    QTest::addColumn<DocumentData>("good");
    QTest::addColumn<QByteArray>("goodJson");
    QTest::addColumn<Shape>("goodShape");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("messagePart");

    const QString menuCount = QStringLiteral("menu.count");
    const QString subCount = QStringLiteral("sub.count");
    const QString nameRequired = QStringLiteral("name.required");
    const QString nameBytes = QStringLiteral("name.bytes");
    const QString displayCut = QStringLiteral("name.display-cut");
    const QString typeRequired = QStringLiteral("type.required");
    const QString typeUnknown = QStringLiteral("type.unknown");
    const QString consoleOnly = QStringLiteral("type.console-only");
    const QString subNested = QStringLiteral("sub.nested");
    const QString actionIgnored = QStringLiteral("button.action-ignored");
    const QString keyRequired = QStringLiteral("key.required");
    const QString keyBytes = QStringLiteral("key.bytes");
    const QString urlRequired = QStringLiteral("url.required");
    const QString urlBytes = QStringLiteral("url.bytes");
    const QString urlScheme = QStringLiteral("url.scheme");
    const QString appIdRequired = QStringLiteral("appid.required");
    const QString appIdLowercase = QStringLiteral("appid.lowercase");
    const QString pagePathRequired = QStringLiteral("pagepath.required");
    const QString mediaIdRequired = QStringLiteral("media_id.required");
    const QString articleIdRequired = QStringLiteral("article_id.required");
    const QString fieldUnused = QStringLiteral("field.unused");
    const QString fieldType = QStringLiteral("field.type");
    const QString textControl = QStringLiteral("text.control");
    const QString privacy = QStringLiteral("matchrule.privacy");
    const QString ruleEmpty = QStringLiteral("matchrule.empty");
    const QString ruleTag = QStringLiteral("matchrule.tag");
    const QString rulePlatform = QStringLiteral("matchrule.platform");
    const QString defaultRequired = QStringLiteral("menu.default-required");
    const QString domainsLimit = QStringLiteral("domains.limit");
    const QString shadowed = QStringLiteral("matchrule.shadowed");

    const QString b0 = QStringLiteral("menu.button[0]");
    const QString s0 = QStringLiteral("menu.button[0].sub_button[0]");
    const QString cm0Rule = QStringLiteral("conditionalmenu[0].matchrule");
    const QString https = QStringLiteral("https://example.com/");
    const QString appId = QStringLiteral("wx286b93c14bbf93aa");
    const QString page = QStringLiteral("pages/lunar/index");

    // menu.count: 1 to 3 top-level buttons (40016).
    addRow("menu.count: no button", document({}), document(clicks(1)),
           error(ErrCode::InvalidButtonCount, menuCount, QStringLiteral("menu.button")));
    addRow("menu.count: 4th top-level button", document(clicks(4)), document(clicks(3)),
           error(ErrCode::InvalidButtonCount, menuCount, QStringLiteral("menu.button[3]")));
    addRow("menu.count: 4th button of a conditional menu",
           withConditionals({menu(clicks(4), rule(QStringLiteral("2")))}),
           withConditionals({menu(clicks(3), rule(QStringLiteral("2")))}),
           error(ErrCode::InvalidButtonCount, menuCount,
                 QStringLiteral("conditionalmenu[0].button[3]")));
    addRow("menu.count: 5 top-level buttons", document(clicks(5)), document(clicks(3)),
           error(ErrCode::InvalidButtonCount, menuCount, QStringLiteral("menu.button[4]")), 2);

    // sub.count: at most 5 sub-buttons (40023).
    addRow("sub.count: 6th sub-button", subs(6), subs(5),
           error(ErrCode::InvalidSubButtonCount, subCount,
                 QStringLiteral("menu.button[0].sub_button[5]")));

    // name.required (40018 top-level, 40025 sub-button).
    addRow("name.required: top-level", one(click(QString())), one(click(QStringLiteral("A"))),
           error(ErrCode::InvalidButtonNameSize, nameRequired, b0 + str(".name")));
    addRow("name.required: sub-button, blanks only", oneSub(click(QStringLiteral("   "))),
           oneSub(click(QStringLiteral("A"))),
           error(ErrCode::InvalidSubButtonNameSize, nameRequired, s0 + str(".name")));

    // name.bytes: 16 bytes on the top level (40018), 60 in a sub-menu (40025); UTF-8 bytes.
    addRow("name.bytes: top-level, 17 Latin bytes", one(click(QStringLiteral("abcdefghijklmnopq"))),
           one(click(QStringLiteral("abcdefghijklmnop"))),
           error(ErrCode::InvalidButtonNameSize, nameBytes, b0 + str(".name")));
    addRow("name.bytes: top-level, 6 CJK = 18 bytes", one(click(QStringLiteral(u"今日歌曲推荐"))),
           one(click(QStringLiteral(u"今日歌曲推"))),
           error(ErrCode::InvalidButtonNameSize, nameBytes, b0 + str(".name")));
    addRow("name.bytes: top-level, 4 emoji + 1 = 17 bytes", one(click(QStringLiteral(u"🍔🍔🍔🍔a"))),
           one(click(QStringLiteral(u"🍔🍔🍔🍔"))),
           error(ErrCode::InvalidButtonNameSize, nameBytes, b0 + str(".name")));
    addRow("name.bytes: top-level, mixed 2 + 15 = 17 bytes",
           one(click(QStringLiteral(u"ab会员专享了"))), one(click(QStringLiteral(u"a会员专享了"))),
           error(ErrCode::InvalidButtonNameSize, nameBytes, b0 + str(".name")));
    addRow("name.bytes: sub-button, 61 Latin bytes", oneSub(click(QString(61, QLatin1Char('a')))),
           oneSub(click(QString(60, QLatin1Char('a')))),
           error(ErrCode::InvalidSubButtonNameSize, nameBytes, s0 + str(".name")));
    addRow("name.bytes: sub-button, 21 CJK = 63 bytes", oneSub(click(QString(21, QChar(0x4E2D)))),
           oneSub(click(QString(20, QChar(0x4E2D)))),
           error(ErrCode::InvalidSubButtonNameSize, nameBytes, s0 + str(".name")));

    // name.display-cut: a warning naming what the phone shows.
    addRow("name.display-cut: top-level CJK", one(click(QStringLiteral(u"今日歌曲推荐"))),
           one(click(QStringLiteral(u"今日歌曲"))), warning(displayCut, b0 + str(".name")), 1,
           QStringLiteral(u"\"今日歌曲...\""));
    addRow("name.display-cut: top-level Latin", one(click(QStringLiteral("Categories"))),
           one(click(QStringLiteral("Category"))), warning(displayCut, b0 + str(".name")), 1,
           QStringLiteral("\"Categori...\""));
    addRow("name.display-cut: sub-button CJK", oneSub(click(QStringLiteral(u"拍照或者相册发图片"))),
           oneSub(click(QStringLiteral(u"拍照或者相册发图"))),
           warning(displayCut, s0 + str(".name")), 1, QStringLiteral(u"\"拍照或者相册发图...\""));

    // type.required (40017 top-level, 40024 sub-button).
    addRow("type.required: top-level", one(typed(QStringLiteral("A"), QString())),
           one(click(QStringLiteral("A"))),
           error(ErrCode::InvalidButtonType, typeRequired, b0 + str(".type")));
    addRow("type.required: sub-button", oneSub(typed(QStringLiteral("A"), QString())),
           oneSub(click(QStringLiteral("A"))),
           error(ErrCode::InvalidSubButtonType, typeRequired, s0 + str(".type")));
    addRow("type.required: conditionalmenu[1].button[2]",
           withConditionals({conditional(rule(QStringLiteral("1"))),
                             menu({click(QStringLiteral("A")), click(QStringLiteral("B")),
                                   typed(QStringLiteral("C"), QString())},
                                  rule(QStringLiteral("2")))}),
           withConditionals({conditional(rule(QStringLiteral("1"))),
                             menu({click(QStringLiteral("A")), click(QStringLiteral("B")),
                                   click(QStringLiteral("C"))},
                                  rule(QStringLiteral("2")))}),
           error(ErrCode::InvalidButtonType, typeRequired,
                 QStringLiteral("conditionalmenu[1].button[2].type")));

    // type.unknown.
    addRow("type.unknown: top-level",
           one(with(typed(QStringLiteral("A"), QStringLiteral("clik")), ButtonField::Key,
                    QStringLiteral("K"))),
           one(click(QStringLiteral("A"), QStringLiteral("K"))),
           error(ErrCode::InvalidButtonType, typeUnknown, b0 + str(".type")));
    addRow("type.unknown: sub-button", oneSub(typed(QStringLiteral("A"), QStringLiteral("link"))),
           oneSub(view(QStringLiteral("A"), https)),
           error(ErrCode::InvalidSubButtonType, typeUnknown, s0 + str(".type")));

    // type.console-only: the web console's types cannot be published.
    for (const char *type : {"text", "img", "voice", "video", "news"}) {
        const QByteArray name = QByteArray("type.console-only: top-level ") + type;
        addRow(name.constData(), one(typed(QStringLiteral("A"), str(type))),
               one(click(QStringLiteral("A"))),
               error(ErrCode::InvalidButtonType, consoleOnly, b0 + str(".type")));
    }
    addRow("type.console-only: sub-button news", oneSub(typed(QStringLiteral("A"), str("news"))),
           oneSub(click(QStringLiteral("A"))),
           error(ErrCode::InvalidSubButtonType, consoleOnly, s0 + str(".type")));

    // sub.nested: menus have two levels (40024).
    {
        Button nested = subMenu(QStringLiteral("Sub"), {click(QStringLiteral("Deep"))});
        addRow("sub.nested: third level", oneSub(nested), oneSub(click(QStringLiteral("Sub"))),
               error(ErrCode::InvalidSubButtonType, subNested, s0 + str(".sub_button")));
    }

    // button.action-ignored: a parent's own action is not used. It points to the button: the
    // form shows no action fields for a button that opens a sub-menu.
    {
        Button typedParent = subMenu(QStringLiteral("Menu"), clicks(2));
        typedParent.type = QStringLiteral("click");
        addRow("button.action-ignored", document({typedParent}),
               document({subMenu(QStringLiteral("Menu"), clicks(2))}), warning(actionIgnored, b0));
        Button urlParent = subMenu(QStringLiteral("Menu"), clicks(2));
        urlParent.url = QStringLiteral("https://example.com/");
        addRow("button.action-ignored: a field without a type", document({urlParent}),
               document({subMenu(QStringLiteral("Menu"), clicks(2))}), warning(actionIgnored, b0));
    }

    // key.required (40019 top-level, 40026 sub-button), for every type that needs a key.
    for (const char *type : {"click", "scancode_push", "scancode_waitmsg", "pic_sysphoto",
                             "pic_photo_or_album", "pic_weixin", "location_select"}) {
        const QByteArray name = QByteArray("key.required: top-level ") + type;
        addRow(name.constData(), one(typed(QStringLiteral("A"), str(type))),
               one(with(typed(QStringLiteral("A"), str(type)), ButtonField::Key, str("K"))),
               error(ErrCode::InvalidButtonKeySize, keyRequired, b0 + str(".key")));
    }
    addRow("key.required: sub-button", oneSub(typed(QStringLiteral("A"), str("click"))),
           oneSub(click(QStringLiteral("A"))),
           error(ErrCode::InvalidSubButtonKeySize, keyRequired, s0 + str(".key")));

    // key.bytes: at most 128 bytes.
    addRow("key.bytes: top-level 129 bytes",
           one(click(QStringLiteral("A"), QString(129, QLatin1Char('k')))),
           one(click(QStringLiteral("A"), QString(128, QLatin1Char('k')))),
           error(ErrCode::InvalidButtonKeySize, keyBytes, b0 + str(".key")));
    addRow("key.bytes: top-level 42 CJK + 3 = 129 bytes",
           one(click(QStringLiteral("A"), QString(42, QChar(0x952E)) + QStringLiteral("abc"))),
           one(click(QStringLiteral("A"), QString(42, QChar(0x952E)) + QStringLiteral("ab"))),
           error(ErrCode::InvalidButtonKeySize, keyBytes, b0 + str(".key")));
    addRow("key.bytes: sub-button 129 bytes",
           oneSub(click(QStringLiteral("A"), QString(129, QLatin1Char('k')))),
           oneSub(click(QStringLiteral("A"), QString(128, QLatin1Char('k')))),
           error(ErrCode::InvalidSubButtonKeySize, keyBytes, s0 + str(".key")));

    // url.required (40020 top-level, 40027 sub-button).
    addRow("url.required: view top-level", one(typed(QStringLiteral("A"), str("view"))),
           one(view(QStringLiteral("A"), https)),
           error(ErrCode::InvalidButtonUrlSize, urlRequired, b0 + str(".url")));
    addRow("url.required: view sub-button", oneSub(typed(QStringLiteral("A"), str("view"))),
           oneSub(view(QStringLiteral("A"), https)),
           error(ErrCode::InvalidSubButtonUrlSize, urlRequired, s0 + str(".url")));
    addRow("url.required: miniprogram",
           one(miniProgram(QStringLiteral("A"), QString(), appId, page)),
           one(miniProgram(QStringLiteral("A"), https, appId, page)),
           error(ErrCode::InvalidButtonUrlSize, urlRequired, b0 + str(".url")));

    // url.bytes: at most 1024 bytes.
    addRow("url.bytes: top-level 1025 bytes", one(view(QStringLiteral("A"), urlOfBytes(1025))),
           one(view(QStringLiteral("A"), urlOfBytes(1024))),
           error(ErrCode::InvalidButtonUrlSize, urlBytes, b0 + str(".url")));
    addRow("url.bytes: sub-button 1025 bytes", oneSub(view(QStringLiteral("A"), urlOfBytes(1025))),
           oneSub(view(QStringLiteral("A"), urlOfBytes(1024))),
           error(ErrCode::InvalidSubButtonUrlSize, urlBytes, s0 + str(".url")));
    {
        // 20 + 334 * 3 = 1022 bytes, then 3 or 2 more: bytes are counted, not characters.
        const QString cjk = https + QString(334, QChar(0x9875));
        addRow("url.bytes: CJK path 1025 bytes",
               one(view(QStringLiteral("A"), cjk + QStringLiteral("abc"))),
               one(view(QStringLiteral("A"), cjk + QStringLiteral("ab"))),
               error(ErrCode::InvalidButtonUrlSize, urlBytes, b0 + str(".url")));
    }

    // url.scheme: http:// or https:// only; errcode unverified, so null.
    addRow("url.scheme: ftp", one(view(QStringLiteral("A"), QStringLiteral("ftp://example.com/f"))),
           one(view(QStringLiteral("A"), QStringLiteral("http://example.com/f"))),
           errorWithoutCode(urlScheme, b0 + str(".url")));
    addRow("url.scheme: javascript",
           one(view(QStringLiteral("A"), QStringLiteral("javascript:alert(1)"))),
           one(view(QStringLiteral("A"), https)), errorWithoutCode(urlScheme, b0 + str(".url")));
    addRow("url.scheme: relative",
           one(view(QStringLiteral("A"), QStringLiteral("/pages/index.html"))),
           one(view(QStringLiteral("A"), QStringLiteral("https://example.com/pages/index.html"))),
           errorWithoutCode(urlScheme, b0 + str(".url")));
    addRow("url.scheme: no scheme",
           oneSub(view(QStringLiteral("A"), QStringLiteral("www.example.com"))),
           oneSub(view(QStringLiteral("A"), QStringLiteral("https://www.example.com"))),
           errorWithoutCode(urlScheme, s0 + str(".url")));
    addRow("url.scheme: miniprogram fallback link",
           one(miniProgram(QStringLiteral("A"), QStringLiteral("ftp://example.com/"), appId, page)),
           one(miniProgram(QStringLiteral("A"), https, appId, page)),
           errorWithoutCode(urlScheme, b0 + str(".url")));

    // Mini Program: appid (lowercase) and pagepath as well as url.
    addRow("appid.required", one(miniProgram(QStringLiteral("A"), https, QString(), page)),
           one(miniProgram(QStringLiteral("A"), https, appId, page)),
           errorWithoutCode(appIdRequired, b0 + str(".appid")));
    addRow("appid.required: sub-button",
           oneSub(miniProgram(QStringLiteral("A"), https, QString(), page)),
           oneSub(miniProgram(QStringLiteral("A"), https, appId, page)),
           errorWithoutCode(appIdRequired, s0 + str(".appid")));
    addRow("appid.lowercase",
           one(miniProgram(QStringLiteral("A"), https, QStringLiteral("wx286B93C14BBF93AA"), page)),
           one(miniProgram(QStringLiteral("A"), https, appId, page)),
           errorWithoutCode(appIdLowercase, b0 + str(".appid")), 1, appId);
    const QString appIdForm = QStringLiteral("appid.form");
    addRow("appid.form: too short", one(miniProgram(QStringLiteral("A"), https,
                                                    QStringLiteral("wx286b93c14bbf93"), page)),
           one(miniProgram(QStringLiteral("A"), https, appId, page)),
           warning(appIdForm, b0 + str(".appid")));
    addRow("appid.form: not hexadecimal",
           oneSub(miniProgram(QStringLiteral("A"), https, QStringLiteral("wx286b93c14bbf93zz"),
                              page)),
           oneSub(miniProgram(QStringLiteral("A"), https, appId, page)),
           warning(appIdForm, s0 + str(".appid")));
    addRow("appid.form: no wx", one(miniProgram(QStringLiteral("A"), https,
                                                QStringLiteral("gh_286b93c14bbf"), page)),
           one(miniProgram(QStringLiteral("A"), https, appId, page)),
           warning(appIdForm, b0 + str(".appid")));
    addRow("pagepath.required", one(miniProgram(QStringLiteral("A"), https, appId, QString())),
           one(miniProgram(QStringLiteral("A"), https, appId, page)),
           errorWithoutCode(pagePathRequired, b0 + str(".pagepath")));

    // media_id and view_limited need a media_id (40007).
    for (const char *type : {"media_id", "view_limited"}) {
        const QByteArray name = QByteArray("media_id.required: ") + type;
        addRow(name.constData(), one(typed(QStringLiteral("A"), str(type))),
               one(with(typed(QStringLiteral("A"), str(type)), ButtonField::MediaId,
                        str("MEDIA_ID1"))),
               error(ErrCode::InvalidMediaId, mediaIdRequired, b0 + str(".media_id")));
    }
    addRow(
        "media_id.required: sub-button", oneSub(typed(QStringLiteral("A"), str("media_id"))),
        oneSub(with(typed(QStringLiteral("A"), str("media_id")), ButtonField::MediaId, str("M"))),
        error(ErrCode::InvalidMediaId, mediaIdRequired, s0 + str(".media_id")));

    // article_id and article_view_limited need an article_id (53600).
    for (const char *type : {"article_id", "article_view_limited"}) {
        const QByteArray name = QByteArray("article_id.required: ") + type;
        addRow(name.constData(), one(typed(QStringLiteral("A"), str(type))),
               one(with(typed(QStringLiteral("A"), str(type)), ButtonField::ArticleId,
                        str("ARTICLE_ID1"))),
               error(ErrCode::InvalidArticleId, articleIdRequired, b0 + str(".article_id")));
    }
    addRow("article_id.required: sub-button", oneSub(typed(QStringLiteral("A"), str("article_id"))),
           oneSub(with(typed(QStringLiteral("A"), str("article_id")), ButtonField::ArticleId,
                       str("X"))),
           error(ErrCode::InvalidArticleId, articleIdRequired, s0 + str(".article_id")));

    // field.unused: a field the type does not use is a warning.
    addRow("field.unused: url on click",
           one(with(click(QStringLiteral("A")), ButtonField::Url, https)),
           one(click(QStringLiteral("A"))), warning(fieldUnused, b0 + str(".url")));
    addRow("field.unused: key on view",
           one(with(view(QStringLiteral("A"), https), ButtonField::Key, str("K"))),
           one(view(QStringLiteral("A"), https)), warning(fieldUnused, b0 + str(".key")));
    addRow(
        "field.unused: article_id on media_id",
        oneSub(
            with(with(typed(QStringLiteral("A"), str("media_id")), ButtonField::MediaId, str("M")),
                 ButtonField::ArticleId, str("X"))),
        oneSub(with(typed(QStringLiteral("A"), str("media_id")), ButtonField::MediaId, str("M"))),
        warning(fieldUnused, s0 + str(".article_id")));

    // field.type: read through the real JSON reader, wrong JSON types end in extras.
    addJsonRow("field.type: name is an object",
               R"({"button":[{"name":{"zh":"x"},"type":"click","key":"K"}]})",
               R"({"button":[{"name":"x","type":"click","key":"K"}]})", Shape::Create,
               errorWithoutCode(fieldType, b0 + str(".name")));
    addJsonRow("field.type: name is an array",
               R"({"button":[{"name":["x"],"type":"click","key":"K"}]})",
               R"({"button":[{"name":"x","type":"click","key":"K"}]})", Shape::Create,
               errorWithoutCode(fieldType, b0 + str(".name")));
    addJsonRow("field.type: name is a bool",
               R"({"button":[{"name":true,"type":"click","key":"K"}]})",
               R"({"button":[{"name":"true","type":"click","key":"K"}]})", Shape::Create,
               errorWithoutCode(fieldType, b0 + str(".name")));
    addJsonRow("field.type: key is a bool",
               R"({"button":[{"name":"A","type":"click","key":false}]})",
               R"({"button":[{"name":"A","type":"click","key":"false"}]})", Shape::Create,
               errorWithoutCode(fieldType, b0 + str(".key")));
    addJsonRow(
        "field.type: url is an object in a sub-button",
        R"({"menu":{"button":[{"name":"M","sub_button":[{"name":"A","type":"view","url":{}}]}]}})",
        R"({"menu":{"button":[{"name":"M","sub_button":[{"name":"A","type":"view","url":"https://example.com/"}]}]}})",
        Shape::Document, errorWithoutCode(fieldType, s0 + str(".url")));
    addJsonRow("field.type: sub_button is a string",
               R"({"button":[{"name":"A","type":"click","key":"K","sub_button":"none"}]})",
               R"({"button":[{"name":"A","type":"click","key":"K","sub_button":[]}]})",
               Shape::Create, errorWithoutCode(fieldType, b0 + str(".sub_button")));
    addJsonRow("field.type: sub_button is a number",
               R"({"button":[{"name":"A","type":"click","key":"K","sub_button":3}]})",
               R"({"button":[{"name":"A","type":"click","key":"K"}]})", Shape::Create,
               errorWithoutCode(fieldType, b0 + str(".sub_button")));
    addJsonRow(
        "field.type: tag_id is an object",
        R"({"button":[{"name":"A","type":"click","key":"K"}],"matchrule":{"tag_id":{"id":2},"client_platform_type":"1"}})",
        R"({"button":[{"name":"A","type":"click","key":"K"}],"matchrule":{"tag_id":"2","client_platform_type":"1"}})",
        Shape::Conditional, errorWithoutCode(fieldType, cm0Rule + str(".tag_id")));

    // field.type: a number in a button field is a mistake, never read as text (WeChat sends
    // numbers only in match-rule fields and menuid).
    addJsonRow("field.type: name is a number",
               R"({"button":[{"name":2024,"type":"click","key":"K"}]})",
               R"({"button":[{"name":"2024","type":"click","key":"K"}]})", Shape::Create,
               errorWithoutCode(fieldType, b0 + str(".name")));
    addJsonRow(
        "field.type: key is a number in a sub-button",
        R"({"menu":{"button":[{"name":"M","sub_button":[{"name":"A","type":"click","key":7}]}]}})",
        R"({"menu":{"button":[{"name":"M","sub_button":[{"name":"A","type":"click","key":"7"}]}]}})",
        Shape::Document, errorWithoutCode(fieldType, s0 + str(".key")));
    addJsonRow(
        "field.type: numbers stay text in a match rule",
        R"({"button":[{"name":3,"type":"click","key":"K"}],"matchrule":{"group_id":2,"client_platform_type":1}})",
        R"({"button":[{"name":"A","type":"click","key":"K"}],"matchrule":{"group_id":2,"client_platform_type":1}})",
        Shape::Conditional, errorWithoutCode(fieldType, str("conditionalmenu[0].button[0].name")));

    // type.retiring: view_limited is on its way out, article_view_limited replaces it.
    addJsonRow("type.retiring: view_limited",
               R"({"button":[{"name":"A","type":"view_limited","media_id":"M"}]})",
               R"({"button":[{"name":"A","type":"article_view_limited","article_id":"X"}]})",
               Shape::Create, warning(QStringLiteral("type.retiring"), b0 + str(".type")));

    // key.misspelled: a key that differs from a known one only by case or underscores.
    const QString misspelled = QStringLiteral("key.misspelled");
    addJsonRow(
        "key.misspelled: appId on a Mini Program button",
        R"({"button":[{"name":"A","type":"miniprogram","url":"https://example.com/","appId":"wx0123456789abcdef","pagepath":"pages/index"}]})",
        R"({"button":[{"name":"A","type":"miniprogram","url":"https://example.com/","appid":"wx0123456789abcdef","pagepath":"pages/index"}]})",
        Shape::Create, errorWithoutCode(misspelled, b0 + str(".appId")));
    addJsonRow(
        "key.misspelled: pagePath in a sub-button",
        R"({"menu":{"button":[{"name":"M","sub_button":[{"name":"A","type":"miniprogram","url":"https://example.com/","appid":"wx0123456789abcdef","pagePath":"pages/index"}]}]}})",
        R"({"menu":{"button":[{"name":"M","sub_button":[{"name":"A","type":"miniprogram","url":"https://example.com/","appid":"wx0123456789abcdef","pagepath":"pages/index"}]}]}})",
        Shape::Document, errorWithoutCode(misspelled, s0 + str(".pagePath")));
    addJsonRow("key.misspelled: mediaId",
               R"({"button":[{"name":"A","type":"media_id","mediaId":"M"}]})",
               R"({"button":[{"name":"A","type":"media_id","media_id":"M"}]})", Shape::Create,
               error(ErrCode::InvalidMediaId, misspelled, b0 + str(".mediaId")));
    addJsonRow("key.misspelled: appId on a button that does not use it",
               R"({"button":[{"name":"A","type":"click","key":"K","appId":"wx1"}]})",
               R"({"button":[{"name":"A","type":"click","key":"K","x_note":"wx1"}]})",
               Shape::Create, warning(misspelled, b0 + str(".appId")));
    addJsonRow(
        "key.misspelled: subButtons",
        R"({"button":[{"name":"A","type":"click","key":"K","subButtons":[{"name":"B","type":"click","key":"B"}]}]})",
        R"({"button":[{"name":"A","sub_button":[{"name":"B","type":"click","key":"B"}]}]})",
        Shape::Create, warning(misspelled, b0 + str(".subButtons")));

    // key.misplaced: keys of another level that WeChat refuses in a request body.
    const QString misplaced = QStringLiteral("key.misplaced");
    addJsonRow(
        "key.misplaced: matchrule in the default menu",
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K"}],"matchrule":{"tag_id":"2"}}})",
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K"}]}})", Shape::Document,
        errorWithoutCode(misplaced, str("menu.matchrule")));
    addJsonRow("key.misplaced: matchrule in a create body's button",
               R"({"button":[{"name":"A","type":"click","key":"K","matchrule":{"tag_id":"2"}}]})",
               R"({"button":[{"name":"A","type":"click","key":"K"}]})", Shape::Create,
               errorWithoutCode(misplaced, b0 + str(".matchrule")));
    addJsonRow(
        "key.misplaced: conditionalmenu nested in the default menu",
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K"}],"conditionalmenu":[]}})",
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K"}]},"conditionalmenu":[]})",
        Shape::Document, errorWithoutCode(misplaced, str("menu.conditionalmenu")));
    addJsonRow(
        "key.misplaced: selfmenu_info in a conditional menu",
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K"}]},"conditionalmenu":[{"button":[{"name":"A","type":"click","key":"K"}],"matchrule":{"tag_id":"2"},"selfmenu_info":{}}]})",
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K"}]},"conditionalmenu":[{"button":[{"name":"A","type":"click","key":"K"}],"matchrule":{"tag_id":"2"}}]})",
        Shape::Document, errorWithoutCode(misplaced, str("conditionalmenu[0].selfmenu_info")));

    // text.surrogate: half of a surrogate pair has no UTF-8 form; WeChat refuses it (40033).
    const QString surrogate = QStringLiteral("text.surrogate");
    addJsonRow("text.surrogate: lone high surrogate in a name",
               R"({"button":[{"name":"A\ud800","type":"click","key":"K"}]})",
               R"({"button":[{"name":"A\ud83d\ude00","type":"click","key":"K"}]})", Shape::Create,
               error(ErrCode::InvalidCharset, surrogate, b0 + str(".name")));
    addJsonRow(
        "text.surrogate: lone low surrogate in a sub-button url",
        R"({"menu":{"button":[{"name":"M","sub_button":[{"name":"A","type":"view","url":"https://example.com/\udc00"}]}]}})",
        R"({"menu":{"button":[{"name":"M","sub_button":[{"name":"A","type":"view","url":"https://example.com/"}]}]}})",
        Shape::Document, error(ErrCode::InvalidCharset, surrogate, s0 + str(".url")));
    addJsonRow("text.surrogate: in an unknown button field",
               R"({"button":[{"name":"A","type":"click","key":"K","x_note":"\udc00"}]})",
               R"({"button":[{"name":"A","type":"click","key":"K","x_note":"ok"}]})", Shape::Create,
               error(ErrCode::InvalidCharset, surrogate, b0 + str(".x_note")));
    addJsonRow(
        "text.surrogate: in a tag_id",
        R"({"button":[{"name":"A","type":"click","key":"K"}],"matchrule":{"client_platform_type":"1\ud800"}})",
        R"({"button":[{"name":"A","type":"click","key":"K"}],"matchrule":{"client_platform_type":"1"}})",
        Shape::Conditional,
        error(ErrCode::InvalidCharset, surrogate, cm0Rule + str(".client_platform_type")));

    // text.control: a control character (sent as a \u escape) is rejected (40033).
    addRow("text.control: U+0001 in a top-level name",
           one(click(QStringLiteral("A") + QChar(0x01) + QStringLiteral("B"))),
           one(click(QStringLiteral("AB"))),
           error(ErrCode::InvalidCharset, textControl, b0 + str(".name")));
    addRow("text.control: tab in a sub-button name", oneSub(click(QStringLiteral("A\tB"))),
           oneSub(click(QStringLiteral("A B"))),
           error(ErrCode::InvalidCharset, textControl, s0 + str(".name")));
    addRow("text.control: U+001F in a key",
           one(click(QStringLiteral("A"), QStringLiteral("K") + QChar(0x1F))),
           one(click(QStringLiteral("A"), QStringLiteral("K"))),
           error(ErrCode::InvalidCharset, textControl, b0 + str(".key")));
    addJsonRow("text.control: \\u0001 escape read from JSON",
               R"({"button":[{"name":"A\u0001B","type":"click","key":"K"}]})",
               R"({"button":[{"name":"AB","type":"click","key":"K"}]})", Shape::Create,
               error(ErrCode::InvalidCharset, textControl, b0 + str(".name")));

    // matchrule.privacy (65320): every privacy field, in every shape.
    {
        const QList<QPair<const char *, QString>> fields = {
            {"sex", QStringLiteral("1")},          {"country", QStringLiteral(u"中国")},
            {"province", QStringLiteral(u"广东")}, {"city", QStringLiteral(u"广州")},
            {"language", QStringLiteral("zh_CN")},
        };
        for (const auto &field : fields) {
            const QByteArray name = QByteArray("matchrule.privacy: ") + field.first;
            addRow(name.constData(),
                   withConditionals({conditional(rule(QStringLiteral("2"), QString(),
                                                      privacyField(field.first, field.second)))}),
                   withConditionals({conditional(rule(QStringLiteral("2")))}),
                   error(ErrCode::MatchRulePrivacy, privacy,
                         cm0Rule + QLatin1Char('.') + str(field.first)));
        }
        addRow("matchrule.privacy: empty sex is no field",
               withConditionals({conditional(rule(QStringLiteral("2"), QStringLiteral("1"),
                                                  privacyField("sex", QStringLiteral("2"))))}),
               withConditionals({conditional(rule(QStringLiteral("2"), QStringLiteral("1"),
                                                  privacyField("sex", QString())))}),
               error(ErrCode::MatchRulePrivacy, privacy, cm0Rule + str(".sex")));
        addRow("matchrule.privacy: addconditional body",
               withoutDefault({conditional(rule(QStringLiteral("2"), QString(),
                                                privacyField("city", QStringLiteral(u"广州"))))}),
               withoutDefault({conditional(rule(QStringLiteral("2")))}),
               error(ErrCode::MatchRulePrivacy, privacy, cm0Rule + str(".city")), 1, QString(),
               Shape::Conditional, Shape::Conditional);
        addRow("matchrule.privacy: menu/get says expired",
               withConditionals({conditional(rule(QStringLiteral("2"), QString(),
                                                  privacyField("sex", QStringLiteral("1"))))}),
               withConditionals({conditional(rule(QStringLiteral("2")))}),
               error(ErrCode::MatchRulePrivacy, privacy, cm0Rule + str(".sex")), 1,
               QStringLiteral("expired"), Shape::MenuGet, Shape::MenuGet);
    }

    // matchrule.empty (65304).
    addRow("matchrule.empty: no field", withConditionals({conditional(rule(QString()))}),
           withConditionals({conditional(rule(QStringLiteral("2")))}),
           error(ErrCode::EmptyMatchRule, ruleEmpty, cm0Rule));
    addRow("matchrule.empty: blanks only",
           withConditionals({conditional(rule(QStringLiteral(" "), QStringLiteral(" ")))}),
           withConditionals({conditional(rule(QStringLiteral(" "), QStringLiteral("3")))}),
           error(ErrCode::EmptyMatchRule, ruleEmpty, cm0Rule));
    addRow(
        "matchrule.empty: an empty privacy field is no field",
        withConditionals({conditional(rule(QString(), QString(), privacyField("sex", QString())))}),
        withConditionals(
            {conditional(rule(QString(), QStringLiteral("2"), privacyField("sex", QString())))}),
        error(ErrCode::EmptyMatchRule, ruleEmpty, cm0Rule));

    // matchrule.tag and matchrule.platform.
    addRow("matchrule.tag: not a number",
           withConditionals({conditional(rule(QStringLiteral("vip")))}),
           withConditionals({conditional(rule(QStringLiteral("101")))}),
           errorWithoutCode(ruleTag, cm0Rule + str(".tag_id")));
    addRow("matchrule.platform: 4",
           withConditionals({conditional(rule(QString(), QStringLiteral("4")))}),
           withConditionals({conditional(rule(QString(), QStringLiteral("3")))}),
           errorWithoutCode(rulePlatform, cm0Rule + str(".client_platform_type")));
    addRow("matchrule.platform: 0",
           withConditionals({conditional(rule(QStringLiteral("2"), QStringLiteral("0")))}),
           withConditionals({conditional(rule(QStringLiteral("2"), QStringLiteral("1")))}),
           errorWithoutCode(rulePlatform, cm0Rule + str(".client_platform_type")));
    addRow("matchrule.platform: ios",
           withConditionals({conditional(rule(QString(), QStringLiteral("ios")))}),
           withConditionals({conditional(rule(QString(), QStringLiteral("1")))}),
           errorWithoutCode(rulePlatform, cm0Rule + str(".client_platform_type")));

    // menu.default-required (65303): not for a lone addconditional body.
    {
        const DocumentData noDefault = withoutDefault({conditional(rule(QStringLiteral("2")))});
        addRow("menu.default-required: document vs addconditional body", noDefault, noDefault,
               error(ErrCode::NoDefaultMenu, defaultRequired, QStringLiteral("menu")), 1, QString(),
               Shape::Document, Shape::Conditional);
        addRow("menu.default-required: document vs with default menu", noDefault,
               withConditionals({conditional(rule(QStringLiteral("2")))}),
               error(ErrCode::NoDefaultMenu, defaultRequired, QStringLiteral("menu")));
        addRow("menu.default-required: menu/get response", noDefault, noDefault,
               error(ErrCode::NoDefaultMenu, defaultRequired, QStringLiteral("menu")), 1, QString(),
               Shape::MenuGet, Shape::Conditional);
    }

    // domains.limit (65316): the button adding a 4th registrable domain across conditional menus.
    addRow("domains.limit: 4th domain", domainsDocument(QStringLiteral("https://www.qq.com/")),
           domainsDocument(QStringLiteral("https://shop.bar.com.cn/")),
           error(ErrCode::TooManyDomains, domainsLimit,
                 QStringLiteral("conditionalmenu[1].button[2].url")));
    addRow("domains.limit: 4th domain, foo.com.cn vs bar.com.cn",
           domainsDocument(QStringLiteral("https://m.baz.com.cn/")),
           domainsDocument(QStringLiteral("https://m.foo.com.cn/")),
           error(ErrCode::TooManyDomains, domainsLimit,
                 QStringLiteral("conditionalmenu[1].button[2].url")));
    addRow("domains.limit: 4th domain, a.example.com vs example.org",
           domainsDocument(QStringLiteral("https://a.example.org/")),
           domainsDocument(QStringLiteral("https://example.com/")),
           error(ErrCode::TooManyDomains, domainsLimit,
                 QStringLiteral("conditionalmenu[1].button[2].url")));

    // matchrule.shadowed: a newer (lower-index, tried first) rule with a subset of the fields
    // hides an older menu.
    addRow("matchrule.shadowed",
           withConditionals({conditional(rule(QStringLiteral("2"))),
                             conditional(rule(QStringLiteral("2"), QStringLiteral("1")))}),
           withConditionals({conditional(rule(QStringLiteral("3"))),
                             conditional(rule(QStringLiteral("2"), QStringLiteral("1")))}),
           warning(shadowed, QStringLiteral("conditionalmenu[1].matchrule")), 1,
           QStringLiteral("conditionalmenu[0]"));
    addRow("matchrule.shadowed: an older wider rule hides nothing",
           withConditionals({conditional(rule(QStringLiteral("2"), QStringLiteral("1"))),
                             conditional(rule(QStringLiteral("2"))),
                             conditional(rule(QStringLiteral("2")))}),
           withConditionals({conditional(rule(QStringLiteral("2"), QStringLiteral("1"))),
                             conditional(rule(QStringLiteral("2")))}),
           warning(shadowed, QStringLiteral("conditionalmenu[2].matchrule")), 1,
           QStringLiteral("conditionalmenu[1]"));
}

void TestValidator::rules()
{
    QFETCH(DocumentData, bad);
    QFETCH(QByteArray, badJson);
    QFETCH(Shape, badShape);
    QFETCH(DocumentData, good);
    QFETCH(QByteArray, goodJson);
    QFETCH(Shape, goodShape);
    QFETCH(QString, expected);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(int, count);
    QFETCH(QString, messagePart);

    if (!badJson.isEmpty()) {
        const ReadResult read = MenuFile::readBytes(badJson);
        QVERIFY2(read.ok, qPrintable(read.error.message));
        QCOMPARE(read.shape, badShape);
        bad = read.data;
    }
    if (!goodJson.isEmpty()) {
        const ReadResult read = MenuFile::readBytes(goodJson);
        QVERIFY2(read.ok, qPrintable(read.error.message));
        QCOMPARE(read.shape, goodShape);
        good = read.data;
    }

    const IssueList issues = Validator::validate(bad, badShape);
    const IssueList ofRule = withRule(issues, rule);
    QVERIFY2(ofRule.size() == count,
             qPrintable(QStringLiteral("expected %1 issue(s) of rule %2, got:\n%3")
                            .arg(count)
                            .arg(rule, describe(issues))));
    IssueList atPath;
    for (const Issue &issue : ofRule) {
        if (issue.path == path)
            atPath.append(issue);
    }
    QVERIFY2(atPath.size() == 1, qPrintable(QStringLiteral("expected one %1 issue at %2, got:\n%3")
                                                .arg(rule, path, describe(issues))));
    QCOMPARE(issueKey(atPath.first()), expected);
    QVERIFY2(!atPath.first().message.isEmpty(), "every issue needs a message");
    if (!messagePart.isEmpty()) {
        QVERIFY2(atPath.first().message.contains(messagePart),
                 qPrintable(QStringLiteral("message \"%1\" should contain \"%2\"")
                                .arg(atPath.first().message, messagePart)));
    }

    const IssueList goodIssues = Validator::validate(good, goodShape);
    QVERIFY2(withRule(goodIssues, rule).isEmpty(),
             qPrintable(QStringLiteral("the valid twin should have no %1 issue, got:\n%2")
                            .arg(rule, describe(goodIssues))));
    QVERIFY2(errorsOf(goodIssues).isEmpty(),
             qPrintable(QStringLiteral("the valid twin should have no error, got:\n%1")
                            .arg(describe(goodIssues))));
}

void TestValidator::privacyMessageByShape()
{
    const DocumentData data = withConditionals({conditional(
        rule(QStringLiteral("2"), QString(), privacyField("sex", QStringLiteral("1"))))});
    const IssueList live =
        withRule(Validator::validate(data, Shape::MenuGet), QStringLiteral("matchrule.privacy"));
    const IssueList file =
        withRule(Validator::validate(data, Shape::Document), QStringLiteral("matchrule.privacy"));
    QCOMPARE(live.size(), 1);
    QCOMPARE(file.size(), 1);
    QCOMPARE(issueKey(live.first()), issueKey(file.first()));
    QVERIFY2(live.first().message.contains(QStringLiteral("expired")),
             qPrintable(live.first().message));
    QVERIFY2(
        live.first().message != file.first().message,
        "a menu/get response is told its live menu expired, a file is told the rule is refused");
    QVERIFY2(!file.first().message.contains(QStringLiteral("expired")),
             qPrintable(file.first().message));
}

void TestValidator::misspelledKeyIsNamedAndFixable()
{
    // A button that holds "appId" is never told it needs the Mini Program's AppID: it is told
    // the key WeChat reads, and offered the rename.
    const ReadResult read = MenuFile::readBytes(
        R"({"button":[{"name":"A","type":"miniprogram","url":"https://example.com/","appId":"wx0123456789abcdef","pagePath":"pages/index"}]})");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const IssueList issues = Validator::validate(read.data, read.shape);
    QVERIFY2(withRule(issues, QStringLiteral("appid.required")).isEmpty(),
             qPrintable(describe(issues)));
    QVERIFY2(withRule(issues, QStringLiteral("pagepath.required")).isEmpty(),
             qPrintable(describe(issues)));
    for (const Issue &issue : issues)
        QVERIFY2(!issue.message.contains(QStringLiteral("needs the Mini Program")),
                 qPrintable(issue.message));
    const IssueList misspelled = withRule(issues, QStringLiteral("key.misspelled"));
    QCOMPARE(misspelled.size(), 2);
    QCOMPARE(misspelled.at(0).path, QStringLiteral("menu.button[0].appId"));
    QVERIFY2(misspelled.at(0).message.contains(QStringLiteral("\"appid\"")),
             qPrintable(misspelled.at(0).message));
    QCOMPARE(misspelled.at(0).fix,
             IssueFix::rename(QStringLiteral("appId"), QStringLiteral("appid")));
    QCOMPARE(misspelled.at(1).fix,
             IssueFix::rename(QStringLiteral("pagePath"), QStringLiteral("pagepath")));

    // With the right key there as well, the stray one is offered for removal.
    const ReadResult both =
        MenuFile::readBytes(R"({"button":[{"name":"A","type":"click","key":"K","Key":"K2"}]})");
    QVERIFY2(both.ok, qPrintable(both.error.message));
    const IssueList bothIssues =
        withRule(Validator::validate(both.data, both.shape), QStringLiteral("key.misspelled"));
    QCOMPARE(bothIssues.size(), 1);
    QVERIFY(!bothIssues.first().isError());
    QCOMPARE(bothIssues.first().fix, IssueFix::remove(QStringLiteral("Key")));

    // Unknown keys that are no known key's misspelling are kept quietly.
    const ReadResult other =
        MenuFile::readBytes(R"({"button":[{"name":"A","type":"click","key":"K","x_note":"1"}]})");
    QVERIFY(withRule(Validator::validate(other.data, other.shape), QStringLiteral("key.misspelled"))
                .isEmpty());
}

void TestValidator::misplacedKeysOfferRemoval()
{
    const ReadResult read = MenuFile::readBytes(
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K","selfmenu_info":{}}],"matchrule":{"tag_id":"2"}}})");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const IssueList issues =
        withRule(Validator::validate(read.data, read.shape), QStringLiteral("key.misplaced"));
    QCOMPARE(sortedKeys(issues),
             (QStringList{
                 issueKey(QStringLiteral("error"), std::nullopt, QStringLiteral("key.misplaced"),
                          QStringLiteral("menu.button[0].selfmenu_info")),
                 issueKey(QStringLiteral("error"), std::nullopt, QStringLiteral("key.misplaced"),
                          QStringLiteral("menu.matchrule"))}));
    for (const Issue &issue : issues) {
        QCOMPARE(issue.fix.kind, IssueFix::Kind::RemoveKey);
        QVERIFY(issue.path.endsWith(issue.fix.key));
    }
}

void TestValidator::listSubButtonsOnlyInSelfMenuInfo()
{
    // Read alike everywhere (the editor shows the buttons), an error outside a selfmenu answer.
    const QByteArray create =
        R"({"button":[{"name":"M","sub_button":{"list":[{"name":"A","type":"click","key":"K"}]}}]})";
    const ReadResult body = MenuFile::readBytes(create);
    QVERIFY2(body.ok, qPrintable(body.error.message));
    QCOMPARE(body.data.defaultMenu.buttons.first().subButtons.size(), 1);
    const IssueList issues = Validator::readIssues(body);
    QCOMPARE(sortedKeys(issues),
             QStringList{issueKey(QStringLiteral("error"), std::nullopt,
                                  QStringLiteral("sub_button.list"),
                                  QStringLiteral("menu.button[0].sub_button"))});

    const ReadResult document = MenuFile::readBytes(
        R"({"menu":{"button":[{"name":"M","sub_button":[]},{"name":"N","sub_button":{"list":[{"name":"A","type":"click","key":"K"}]}}]}})");
    QVERIFY2(document.ok, qPrintable(document.error.message));
    QCOMPARE(document.listSubButtonPaths, QStringList{QStringLiteral("menu.button[1].sub_button")});

    const ReadResult selfMenu = MenuFile::readBytes(
        R"({"is_menu_open":1,"selfmenu_info":{"button":[{"name":"M","sub_button":{"list":[{"name":"A","type":"click","key":"K"}]}}]}})");
    QVERIFY2(selfMenu.ok, qPrintable(selfMenu.error.message));
    QCOMPARE(selfMenu.shape, Shape::SelfMenuInfo);
    QVERIFY(Validator::readIssues(selfMenu).isEmpty());
}

void TestValidator::privacyFieldsCountAsRuleFields()
{
    // A rule holding only a privacy field is not empty: it is refused for privacy (65320).
    const DocumentData data = withConditionals({conditional(
        rule(QString(), QString(), privacyField("language", QStringLiteral("zh_CN"))))});
    const IssueList issues = Validator::validate(data, Shape::Document);
    QCOMPARE(sortedKeys(errorsOf(issues)),
             QStringList{issueKey(QStringLiteral("error"), ErrCode::MatchRulePrivacy,
                                  QStringLiteral("matchrule.privacy"),
                                  QStringLiteral("conditionalmenu[0].matchrule.language"))});
}

void TestValidator::sampleIsValid()
{
    const ReadResult read =
        MenuFile::readFile(QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json"));
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, Shape::Document);
    QVERIFY(!read.data.conditionalMenus.isEmpty());
    const IssueList issues = Validator::validate(read.data, read.shape);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestValidator::seedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isMenu");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QStringList>("expected");

    const auto notMenu = [](const char *file) {
        QTest::newRow(file) << QString::fromLatin1(file) << false << Shape::Unknown
                            << QStringList();
    };
    const auto menuFile = [](const char *file, Shape shape, const QStringList &expected) {
        QTest::newRow(file) << QString::fromLatin1(file) << true << shape << expected;
    };
    const auto e = [](int errcode, const char *rule, const char *path) {
        return issueKey(QStringLiteral("error"), errcode, QString::fromLatin1(rule),
                        QString::fromLatin1(path));
    };
    const auto w = [](const char *rule, const char *path) {
        return issueKey(QStringLiteral("warning"), std::nullopt, QString::fromLatin1(rule),
                        QString::fromLatin1(path));
    };

    menuFile("create-5.1-request.json", Shape::Create, {});
    notMenu("create-5.1-response.json");
    menuFile("create-5.2-request.json", Shape::Create,
             {e(40016, "menu.count", "menu.button[3]"), e(40016, "menu.count", "menu.button[4]"),
              e(40016, "menu.count", "menu.button[5]"), e(40016, "menu.count", "menu.button[6]"),
              e(40018, "name.bytes", "menu.button[5].name"),
              e(40018, "name.bytes", "menu.button[6].name"),
              w("name.display-cut", "menu.button[5].name"),
              w("name.display-cut", "menu.button[6].name"),
              w("type.retiring", "menu.button[4].type")});
    notMenu("create-5.2-response.json");
    const QStringList privacy = {
        e(65320, "matchrule.privacy", "conditionalmenu[0].matchrule.sex"),
        e(65320, "matchrule.privacy", "conditionalmenu[0].matchrule.country"),
        e(65320, "matchrule.privacy", "conditionalmenu[0].matchrule.province"),
        e(65320, "matchrule.privacy", "conditionalmenu[0].matchrule.city"),
        e(65320, "matchrule.privacy", "conditionalmenu[0].matchrule.language"),
    };
    menuFile("addconditional-5.1-request.json", Shape::Conditional, privacy);
    notMenu("addconditional-5.1-response.json");
    menuFile("addconditional-5.2-request.json", Shape::Conditional, privacy);
    notMenu("addconditional-5.2-response.json");
    notMenu("delconditional-request.json");
    notMenu("delconditional-response.json");
    menuFile("get-5.1-response.json", Shape::Document, {});
    menuFile("get-5.2-response.json", Shape::MenuGet,
             {e(65320, "matchrule.privacy", "conditionalmenu[0].matchrule.sex")});
    menuFile("selfmenu-5.1-response.json", Shape::SelfMenuInfo,
             {e(40024, "type.console-only", "menu.button[0].sub_button[1].type"),
              e(40024, "type.console-only", "menu.button[0].sub_button[2].type"),
              e(40024, "type.console-only", "menu.button[0].sub_button[3].type"),
              e(40017, "type.console-only", "menu.button[1].type"),
              e(40017, "type.console-only", "menu.button[2].type")});
    menuFile("selfmenu-5.2-response.json", Shape::SelfMenuInfo, {});
}

void TestValidator::seedFiles()
{
    QFETCH(QString, file);
    QFETCH(bool, isMenu);
    QFETCH(Shape, shape);
    QFETCH(QStringList, expected);

    const ReadResult read = MenuFile::readFile(seedDir() + QLatin1Char('/') + file);
    if (!isMenu) {
        QVERIFY2(!read.ok, "this file is a reply, not a menu: reading it must fail");
        QCOMPARE(read.shape, Shape::Unknown);
        QVERIFY(!read.error.message.isEmpty());
        return;
    }
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, shape);
    const IssueList issues = Validator::validate(read.data, read.shape);
    expected.sort();
    QCOMPARE(sortedKeys(issues), expected);
}

void TestValidator::everySeedFileHasARow()
{
    const QStringList files =
        QDir(seedDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 14);
    const QStringList covered = {
        QStringLiteral("addconditional-5.1-request.json"),
        QStringLiteral("addconditional-5.1-response.json"),
        QStringLiteral("addconditional-5.2-request.json"),
        QStringLiteral("addconditional-5.2-response.json"),
        QStringLiteral("create-5.1-request.json"),
        QStringLiteral("create-5.1-response.json"),
        QStringLiteral("create-5.2-request.json"),
        QStringLiteral("create-5.2-response.json"),
        QStringLiteral("delconditional-request.json"),
        QStringLiteral("delconditional-response.json"),
        QStringLiteral("get-5.1-response.json"),
        QStringLiteral("get-5.2-response.json"),
        QStringLiteral("selfmenu-5.1-response.json"),
        QStringLiteral("selfmenu-5.2-response.json"),
    };
    QCOMPARE(files, covered);
}

void TestValidator::seedMenuGetSaysExpired()
{
    const ReadResult read =
        MenuFile::readFile(seedDir() + QStringLiteral("/get-5.2-response.json"));
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.data.conditionalMenus.size(), 1);
    QCOMPARE(read.data.conditionalMenus.first().matchRule.tagId, QStringLiteral("2"));
    const IssueList issues =
        withRule(Validator::validate(read.data, read.shape), QStringLiteral("matchrule.privacy"));
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(QStringLiteral("expired")),
             qPrintable(issues.first().message));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
