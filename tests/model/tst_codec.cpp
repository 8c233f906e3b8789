#include "filesizelimit.h"

#include <jsonwriter.h>
#include <menufile.h>
#include <menujsonreader.h>
#include <menujsonwriter.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString seed(const QString &name)
{
    return QStringLiteral(WEMENU_TEST_DATA "/seed/") + name;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ReadResult readJson(const char *json)
{
    return MenuFile::readBytes(QByteArray(json));
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void readsCreateBody();
    void readsConditionalBody();
    void readsMenuGetResponse();
    void readsSelfMenuInfo();
    void readsDocument();
    void shapes_data();
    void shapes();
    void documentRoundTripIsByteStable();
    void keyWithAByteOrderMarkHasOneCanonicalForm();
    void rewriteIsIdempotent_data();
    void rewriteIsIdempotent();
    void groupIdBesideANonTextTagIdSurvivesSave();
    void keepsUnknownFields();
    void writesNoUnicodeEscapes();
    void writesRequestBodies();
    void readsNumbersAsStrings();
    void menuGetWithoutMenuIdsFromPull();
    void selfMenuWithoutMenuIsNoMenu();
    void loneSurrogatesSurviveSave();
    void requestBodiesCarryOnlyKnownAndButtonFields();
    void conditionalMenuNameIsKeptAndNeverSent();
    void requestBodiesCarryNoActionOfAParent();
    void badInput_data();
    void badInput();
    void invalidUtf8Offsets_data();
    void invalidUtf8Offsets();
    void writeFileIsAtomic();
};

void TestCodec::readsCreateBody()
{
    const ReadResult read = MenuFile::readFile(seed(QStringLiteral("create-5.1-request.json")));
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, Shape::Create);
    QVERIFY(read.data.hasDefaultMenu);
    QVERIFY(read.data.conditionalMenus.isEmpty());
    const QList<Button> &buttons = read.data.defaultMenu.buttons;
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons.at(0).name, QStringLiteral(u"今日歌曲"));
    QCOMPARE(buttons.at(0).type, QStringLiteral("click"));
    QCOMPARE(buttons.at(0).key, QStringLiteral("V1001_TODAY_MUSIC"));
    QCOMPARE(buttons.at(1).subButtons.size(), 3);
    const Button &mini = buttons.at(1).subButtons.at(1);
    QCOMPARE(mini.type, QStringLiteral("miniprogram"));
    QCOMPARE(mini.appId, QStringLiteral("wx286b93c14bbf93aa"));
    QCOMPARE(mini.pagePath, QStringLiteral("pages/lunar/index"));
    QCOMPARE(mini.url, QStringLiteral("http://mp.weixin.qq.com"));
}

void TestCodec::readsConditionalBody()
{
    const ReadResult read =
        MenuFile::readFile(seed(QStringLiteral("addconditional-5.1-request.json")));
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, Shape::Conditional);
    QVERIFY(!read.data.hasDefaultMenu);
    QCOMPARE(read.data.conditionalMenus.size(), 1);
    const MatchRule &rule = read.data.conditionalMenus.first().matchRule;
    QCOMPARE(rule.tagId, QStringLiteral("2"));
    QCOMPARE(rule.clientPlatformType, QStringLiteral("2"));
    QCOMPARE(rule.privacy.value(QStringLiteral("city")).toString(), QStringLiteral(u"广州"));
    QCOMPARE(rule.privacyFieldsInUse().size(), 5);
}

void TestCodec::readsMenuGetResponse()
{
    const ReadResult read = MenuFile::readFile(seed(QStringLiteral("get-5.2-response.json")));
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, Shape::MenuGet);
    QCOMPARE(read.data.defaultMenu.menuId, QStringLiteral("208396938"));
    QCOMPARE(read.data.conditionalMenus.size(), 1);
    const Menu &menu = read.data.conditionalMenus.first();
    QCOMPARE(menu.menuId, QStringLiteral("208396993"));
    // The legacy group_id (a number) reads as tag_id "2"; sex is kept and expires the menu.
    QCOMPARE(menu.matchRule.tagId, QStringLiteral("2"));
    QVERIFY(menu.matchRule.isExpired());
    QVERIFY(menu.matchRule.extras.isEmpty());
    // menuids are not part of the document format.
    const QByteArray written = MenuJsonWriter::document(read.data);
    QVERIFY(!written.contains("menuid"));
    QVERIFY(written.contains("\"tag_id\": \"2\""));
    QVERIFY(written.contains("\"sex\": 1"));
}

void TestCodec::readsSelfMenuInfo()
{
    const ReadResult read = MenuFile::readFile(seed(QStringLiteral("selfmenu-5.1-response.json")));
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, Shape::SelfMenuInfo);
    const QList<Button> &buttons = read.data.defaultMenu.buttons;
    QCOMPARE(buttons.size(), 3);
    QCOMPARE(buttons.at(0).subButtons.size(), 4); // sub_button.list
    const Button &news = buttons.at(0).subButtons.at(1);
    QCOMPARE(news.type, QStringLiteral("news"));
    QVERIFY(news.extras.contains(QStringLiteral("value")));
    QCOMPARE(news.extras.value(QStringLiteral("news_info"))
                 .toObject()
                 .value(QStringLiteral("list"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(buttons.at(1).extras.value(QStringLiteral("value")).toString(),
             QStringLiteral("This is text!"));
    // Written back as a document, the console-only fields survive and sub_button is an array.
    const ReadResult again = MenuFile::readBytes(MenuJsonWriter::document(read.data));
    QVERIFY2(again.ok, qPrintable(again.error.message));
    QCOMPARE(again.shape, Shape::Document);
    QCOMPARE(again.data.defaultMenu.buttons, read.data.defaultMenu.buttons);

    const ReadResult api = MenuFile::readFile(seed(QStringLiteral("selfmenu-5.2-response.json")));
    QVERIFY2(api.ok, qPrintable(api.error.message));
    QCOMPARE(api.data.defaultMenu.buttons.at(1).subButtons.size(), 3);
}

void TestCodec::readsDocument()
{
    const ReadResult read =
        MenuFile::readFile(QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json"));
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, Shape::Document);
    QVERIFY(read.data.hasDefaultMenu);
    QCOMPARE(read.data.defaultMenu.buttons.size(), 3);
    QCOMPARE(read.data.conditionalMenus.size(), 2);
    // Newest first: the iOS menu for tag 100 is tried before the members' menu for tag 2.
    QCOMPARE(read.data.conditionalMenus.at(0).matchRule.tagId, QStringLiteral("100"));
    QCOMPARE(read.data.conditionalMenus.at(1).matchRule.tagId, QStringLiteral("2"));
}

void TestCodec::shapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Shape>("shape");
    QTest::newRow("create") << QByteArray(R"({"button":[]})") << Shape::Create;
    QTest::newRow("conditional") << QByteArray(R"({"button":[],"matchrule":{"tag_id":"1"}})")
                                 << Shape::Conditional;
    QTest::newRow("document menu") << QByteArray(R"({"menu":{"button":[]}})") << Shape::Document;
    QTest::newRow("document conditional only")
        << QByteArray(R"({"conditionalmenu":[{"button":[],"matchrule":{}}]})") << Shape::Document;
    QTest::newRow("menu-get by default menuid")
        << QByteArray(R"({"menu":{"button":[],"menuid":1}})") << Shape::MenuGet;
    QTest::newRow("menu-get by conditional menuid")
        << QByteArray(
               R"({"menu":{"button":[]},"conditionalmenu":[{"button":[],"matchrule":{},"menuid":"7"}]})")
        << Shape::MenuGet;
    QTest::newRow("selfmenu-info")
        << QByteArray(R"({"is_menu_open":1,"selfmenu_info":{"button":[]}})") << Shape::SelfMenuInfo;
    // A closed menu that is still configured; {"is_menu_open":0} alone holds no menu at all
    // (selfMenuWithoutMenuIsNoMenu).
    QTest::newRow("selfmenu-info closed")
        << QByteArray(R"({"is_menu_open":0,"selfmenu_info":{"button":[]}})") << Shape::SelfMenuInfo;
}

void TestCodec::shapes()
{
    QFETCH(QByteArray, json);
    QFETCH(Shape, shape);
    const ReadResult read = MenuFile::readBytes(json);
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.shape, shape);
}

void TestCodec::documentRoundTripIsByteStable()
{
    const QString fileName =
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
    const QByteArray original = readAll(fileName);
    QVERIFY(!original.isEmpty());
    const ReadResult read = MenuFile::readBytes(original);
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(QString::fromUtf8(MenuJsonWriter::document(read.data)), QString::fromUtf8(original));
}

void TestCodec::rewriteIsIdempotent_data()
{
    QTest::addColumn<QString>("fileName");
    const QDir dir(QStringLiteral(WEMENU_TEST_DATA "/seed"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (MenuFile::readFile(dir.filePath(file)).ok)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestCodec::rewriteIsIdempotent()
{
    QFETCH(QString, fileName);
    const ReadResult first = MenuFile::readFile(fileName);
    QVERIFY(first.ok);
    const QByteArray once = MenuJsonWriter::document(first.data);
    const ReadResult second = MenuFile::readBytes(once);
    QVERIFY2(second.ok, qPrintable(second.error.message));
    // menuids are dropped by the document format; everything else survives.
    DocumentData expected = first.data;
    expected.defaultMenu.menuId.clear();
    for (Menu &menu : expected.conditionalMenus)
        menu.menuId.clear();
    QCOMPARE(second.data, expected);
    QCOMPARE(MenuJsonWriter::document(second.data), once);
}

void TestCodec::groupIdBesideANonTextTagIdSurvivesSave()
{
    // Found by fuzzing: the tag came from group_id while the non-text tag_id was kept beside
    // it, and Save wrote "tag_id" twice, so the rule read back differently.
    const ReadResult read = readJson(
        R"({"conditionalmenu":[{"button":[],"matchrule":{"tag_id":true,"group_id":"5"}}]})");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const MatchRule &rule = read.data.conditionalMenus.at(0).matchRule;
    QVERIFY(rule.tagId.isEmpty());
    QCOMPARE(rule.extras.value(QStringLiteral("tag_id")), QJsonValue(true));
    QCOMPARE(rule.extras.value(QStringLiteral("group_id")), QJsonValue(QStringLiteral("5")));

    const QByteArray saved = MenuJsonWriter::document(read.data);
    QCOMPARE(saved.count("\"tag_id\""), 1);
    const ReadResult back = MenuFile::readBytes(saved);
    QVERIFY2(back.ok, qPrintable(back.error.message));
    QCOMPARE(back.data, read.data);
}

void TestCodec::keyWithAByteOrderMarkHasOneCanonicalForm()
{
    // Found by fuzzing: Qt drops the U+FEFF of a key but keeps the key in the mark's place, so
    // the unknown members around it came out in another order each time the file was saved.
    const QByteArray bytes = "{\"menu\": {\"button\": [{\"name\": \"a\", \"type\": \"click\", "
                             "\"key\": \"k\", \"\xef\xbb\xbf"
                             "color\": \"red\", \"z\": 1}]},"
                             " \"x_console\": [{\"\xef\xbb\xbf"
                             "type\": \"text\", \"name\": \"n\", "
                             "\"value\": \"v\", \"type\": \"img\"}]}";
    const ReadResult read = MenuFile::readBytes(bytes);
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const QByteArray once = MenuJsonWriter::document(read.data);
    const ReadResult again = MenuFile::readBytes(once);
    QVERIFY2(again.ok, qPrintable(again.error.message));
    QCOMPARE(MenuJsonWriter::document(again.data), once);
    QCOMPARE(again.data, read.data); // what was read is what a save keeps
    // Each key once: "type" is not written twice.
    QCOMPARE(once.count("\"type\""), 2); // the button's, and the console entry's
}

void TestCodec::keepsUnknownFields()
{
    const ReadResult read = readJson(R"({
        "menu": {"button": [{"name": "a", "type": "click", "key": "k",
                             "x_note": {"by": ["ops", 2]}, "color": "red"}],
                 "x_menu": true},
        "conditionalmenu": [{"button": [{"name": "b", "type": "click", "key": "k"}],
                             "matchrule": {"tag_id": "3", "sex": "", "future_field": 9},
                             "x_cond": null}],
        "x_document": [1, 2.5, "three"]
    })");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const Button &button = read.data.defaultMenu.buttons.first();
    QCOMPARE(button.extras.value(QStringLiteral("color")).toString(), QStringLiteral("red"));
    QVERIFY(read.data.defaultMenu.extras.value(QStringLiteral("x_menu")).toBool());
    const MatchRule &rule = read.data.conditionalMenus.first().matchRule;
    QCOMPARE(rule.extras.value(QStringLiteral("future_field")).toInt(), 9);
    QVERIFY(rule.privacy.contains(QStringLiteral("sex")));
    QVERIFY(!rule.isExpired()); // an empty privacy field does not expire the rule

    const QByteArray written = MenuJsonWriter::document(read.data);
    const ReadResult again = MenuFile::readBytes(written);
    QVERIFY2(again.ok, qPrintable(again.error.message));
    QCOMPARE(again.data, read.data);
    QVERIFY(written.contains("\"x_note\""));
    QVERIFY(written.contains("2.5"));
    QVERIFY(written.contains("\"x_cond\": null"));
}

void TestCodec::writesNoUnicodeEscapes()
{
    DocumentData data;
    Button button;
    button.name = QStringLiteral(u"咖啡🍔&<>\u2028\"\\");
    button.type = QStringLiteral("click");
    button.key = QStringLiteral(u"é\u2029\t\n");
    data.defaultMenu.buttons.append(button);
    const QByteArray written = MenuJsonWriter::document(data);
    QVERIFY2(!written.contains("\\u"), written.constData());
    QVERIFY(written.contains(QStringLiteral(u"咖啡🍔&<>").toUtf8()));
    QVERIFY(written.contains("\xe2\x80\xa8")); // U+2028 raw
    QVERIFY(written.contains("\\\"\\\\"));
    QVERIFY(written.contains("\\t\\n"));
    const ReadResult read = MenuFile::readBytes(written);
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.data.defaultMenu.buttons.first(), button);

    // The only escape left: a control character that JSON cannot hold raw.
    Button control;
    control.name = QStringLiteral("a") + QChar(0x01);
    QCOMPARE(MenuJsonWriter::button(control).count("\\u0001"), 1);
}

void TestCodec::writesRequestBodies()
{
    const ReadResult read =
        MenuFile::readFile(QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json"));
    QVERIFY(read.ok);
    const ReadResult create =
        MenuFile::readBytes(MenuJsonWriter::createBody(read.data.defaultMenu));
    QVERIFY2(create.ok, qPrintable(create.error.message));
    QCOMPARE(create.shape, Shape::Create);
    QCOMPARE(create.data.defaultMenu.buttons, read.data.defaultMenu.buttons);

    const Menu &menu = read.data.conditionalMenus.at(1);
    const ReadResult conditional = MenuFile::readBytes(MenuJsonWriter::conditionalBody(menu));
    QVERIFY2(conditional.ok, qPrintable(conditional.error.message));
    QCOMPARE(conditional.shape, Shape::Conditional);
    QCOMPARE(conditional.data.conditionalMenus.size(), 1);
    QVERIFY(conditional.data.conditionalMenus.first().sameContent(menu));
}

void TestCodec::readsNumbersAsStrings()
{
    // Numbers are read as text only where WeChat itself sends them: match-rule fields and
    // menuid. In a button field a number is kept as read, for the validator to report.
    const ReadResult read = readJson(
        R"({"button":[{"name":2024,"type":"click","key":7}],"matchrule":{"group_id":5,"client_platform_type":1}})");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const Menu &menu = read.data.conditionalMenus.first();
    QVERIFY(menu.buttons.first().name.isEmpty());
    QVERIFY(menu.buttons.first().key.isEmpty());
    QCOMPARE(menu.buttons.first().extras.value(QStringLiteral("name")), QJsonValue(2024));
    QCOMPARE(menu.buttons.first().extras.value(QStringLiteral("key")), QJsonValue(7));
    QCOMPARE(menu.matchRule.tagId, QStringLiteral("5"));
    QCOMPARE(menu.matchRule.clientPlatformType, QStringLiteral("1"));

    const ReadResult live = readJson(
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K"}],"menuid":208379533}})");
    QVERIFY2(live.ok, qPrintable(live.error.message));
    QCOMPARE(live.data.defaultMenu.menuId, QStringLiteral("208379533"));
}

void TestCodec::menuGetWithoutMenuIdsFromPull()
{
    // menu/get leaves out every menuid when there are no conditional menus: the content alone
    // reads as our own document, a pull says where it came from.
    const QByteArray answer =
        R"({"menu":{"button":[{"name":"A","type":"click","key":"K","sub_button":[]}]}})";
    QCOMPARE(MenuFile::readBytes(answer).shape, Shape::Document);
    const ReadResult pulled = MenuFile::readBytes(answer, Shape::MenuGet);
    QVERIFY2(pulled.ok, qPrintable(pulled.error.message));
    QCOMPARE(pulled.shape, Shape::MenuGet);
    QCOMPARE(pulled.data.defaultMenu.buttons.size(), 1);
    // Other shapes stay what they are.
    QCOMPARE(
        MenuFile::readBytes(R"({"button":[{"name":"A","type":"click","key":"K"}]})", Shape::MenuGet)
            .shape,
        Shape::Create);
}

void TestCodec::selfMenuWithoutMenuIsNoMenu()
{
    for (const char *json : {R"({"is_menu_open":0})", R"({"is_menu_open":1})",
                             R"({"is_menu_open":0,"selfmenu_info":null})"}) {
        const ReadResult read = readJson(json);
        QVERIFY2(!read.ok, json);
        QCOMPARE(read.shape, Shape::SelfMenuInfo);
        QVERIFY2(read.error.message.contains(QStringLiteral("no menu")),
                 qPrintable(read.error.message));
    }
    // A closed menu that is still there is read (and checked).
    const ReadResult closed = readJson(
        R"({"is_menu_open":0,"selfmenu_info":{"button":[{"name":"A","type":"click","key":"K"}]}})");
    QVERIFY2(closed.ok, qPrintable(closed.error.message));
}

void TestCodec::loneSurrogatesSurviveSave()
{
    // A lone surrogate has no UTF-8 form: it is written as its escape and reads back as it was,
    // never as "?" (the validator refuses it, 40033).
    const ReadResult read = readJson(
        R"({"menu":{"button":[{"name":"A\ud800B","type":"click","key":"\udc00","x_note":"\ud800"}]}})");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const Button &button = read.data.defaultMenu.buttons.first();
    QCOMPARE(button.name, QStringLiteral("A") + QChar(0xd800) + QStringLiteral("B"));
    const QByteArray written = MenuJsonWriter::document(read.data);
    QVERIFY2(written.contains("\"A\\ud800B\""), written.constData());
    QVERIFY2(written.contains("\"\\udc00\""), written.constData());
    QVERIFY2(!written.contains('?'), written.constData());
    const ReadResult again = MenuFile::readBytes(written);
    QVERIFY2(again.ok, qPrintable(again.error.message));
    QCOMPARE(again.data, read.data);
    // A pair stays raw UTF-8.
    Button pair;
    pair.name = QStringLiteral(u"A🍔");
    QVERIFY(!MenuJsonWriter::button(pair).contains("\\u"));
}

void TestCodec::requestBodiesCarryOnlyKnownAndButtonFields()
{
    const ReadResult read = readJson(R"({
        "menu": {"button": [{"name": "a", "type": "click", "key": "k", "x_note": "kept"}],
                 "matchrule": {"tag_id": "2"}, "x_menu": true},
        "conditionalmenu": [{"button": [{"name": "b", "type": "click", "key": "k",
                                         "x_flag": 1}],
                             "matchrule": {"tag_id": "3", "future_field": 9},
                             "conditionalmenu": [], "name": "VIP members"}]
    })");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const QByteArray create = MenuJsonWriter::createBody(read.data.defaultMenu);
    QVERIFY2(create.contains("\"x_note\": \"kept\""), create.constData());
    QVERIFY2(!create.contains("matchrule"), create.constData());
    QVERIFY2(!create.contains("x_menu"), create.constData());
    const QByteArray conditional =
        MenuJsonWriter::conditionalBody(read.data.conditionalMenus.first());
    QVERIFY2(conditional.contains("\"x_flag\": 1"), conditional.constData());
    QVERIFY2(conditional.contains("\"tag_id\": \"3\""), conditional.constData());
    QVERIFY2(!conditional.contains("future_field"), conditional.constData());
    QVERIFY2(!conditional.contains("conditionalmenu"), conditional.constData());
    QVERIFY2(!conditional.contains("VIP members"), conditional.constData());
    // The document file keeps them all.
    const QByteArray document = MenuJsonWriter::document(read.data);
    for (const char *kept : {"x_menu", "future_field", "VIP members", "\"matchrule\": {"})
        QVERIFY2(document.contains(kept), kept);
}

void TestCodec::conditionalMenuNameIsKeptAndNeverSent()
{
    const ReadResult read = readJson(R"({
        "menu": {"button": [{"name": "a", "type": "click", "key": "k"}]},
        "conditionalmenu": [{"name": "VIP members",
                             "button": [{"name": "b", "type": "click", "key": "k"}],
                             "matchrule": {"tag_id": "2", "client_platform_type": "1"}}]
    })");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const Menu &menu = read.data.conditionalMenus.first();
    QCOMPARE(menu.name, QStringLiteral("VIP members"));
    QVERIFY(!menu.extras.contains(QStringLiteral("name")));

    // Save and open again: the name is still there.
    const ReadResult again = MenuFile::readBytes(MenuJsonWriter::document(read.data));
    QVERIFY2(again.ok, qPrintable(again.error.message));
    QCOMPARE(again.data, read.data);

    // An addconditional body (export and publish both write it) never carries it.
    const QByteArray body = MenuJsonWriter::conditionalBody(menu);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QVERIFY2(!object.contains(QStringLiteral("name")), body.constData());
    QVERIFY2(!body.contains("VIP members"), body.constData());
    QCOMPARE(object.value(QStringLiteral("button")).toArray().size(), 1);
    // Read back as a body, the menu has no name: the name is not WeChat's.
    const ReadResult asBody = MenuFile::readBytes(body);
    QVERIFY2(asBody.ok, qPrintable(asBody.error.message));
    QVERIFY(asBody.data.conditionalMenus.first().name.isEmpty());
    QVERIFY(asBody.data.conditionalMenus.first().sameContent(menu));
}

void TestCodec::requestBodiesCarryNoActionOfAParent()
{
    // A file whose parents keep an action of their own (one with a wrongly typed field).
    const ReadResult read = readJson(R"({
        "menu": {"button": [{"name": "p", "type": "view", "url": "https://example.com/",
                             "key": "k", "appid": "wx1", "pagepath": "pages/a",
                             "media_id": "m", "article_id": "a", "x_note": "kept",
                             "sub_button": [{"name": "s", "type": "view",
                                             "url": "https://example.com/s"}]}]},
        "conditionalmenu": [{"button": [{"name": "q", "type": "click", "url": 5,
                                         "sub_button": [{"name": "t", "type": "click",
                                                         "key": "t"}]}],
                             "matchrule": {"tag_id": "3"}}]
    })");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    const auto parentOf = [](const QByteArray &body) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        return object.value(QStringLiteral("button")).toArray().at(0).toObject();
    };
    const QStringList actionKeys = {QStringLiteral("type"),      QStringLiteral("key"),
                                    QStringLiteral("url"),       QStringLiteral("appid"),
                                    QStringLiteral("pagepath"),  QStringLiteral("media_id"),
                                    QStringLiteral("article_id")};
    const QByteArray create = MenuJsonWriter::createBody(read.data.defaultMenu);
    const QByteArray conditional =
        MenuJsonWriter::conditionalBody(read.data.conditionalMenus.first());
    for (const QByteArray &body : {create, conditional}) {
        const QJsonObject parent = parentOf(body);
        QVERIFY2(parent.contains(QStringLiteral("name")), body.constData());
        for (const QString &key : actionKeys)
            QVERIFY2(!parent.contains(key),
                     qPrintable(key + QLatin1Char(' ') + QString::fromUtf8(body)));
        // The sub-buttons keep theirs.
        QVERIFY2(parent.value(QStringLiteral("sub_button"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("type")),
                 body.constData());
    }
    QVERIFY2(create.contains("\"x_note\": \"kept\""), create.constData());
    // The file keeps them for a round trip.
    const QByteArray document = MenuJsonWriter::document(read.data);
    QVERIFY2(document.contains("\"type\": \"view\""), document.constData());
    QVERIFY2(document.contains("\"url\": 5"), document.constData());
    QCOMPARE(readJson(document.constData()).data, read.data);
}

void TestCodec::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("path");

    QTest::newRow("empty") << QByteArray("  \n") << 1 << 1 << QStringLiteral("empty") << QString();
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{\"button\":[]}") << 1 << 1
                         << QStringLiteral("byte order mark") << QString();
    QTest::newRow("syntax") << QByteArray("{\n  \"button\": [\n    {\"name\": \"a\",}\n  ]\n}") << 3
                            << 18 << QStringLiteral("Line 3, column 18") << QString();
    QTest::newRow("invalid utf-8") << QByteArray("{\n \"button\": [{\"name\": \"\xe4\xbd\"}]}") << 2
                                   << 23 << QStringLiteral("UTF-8") << QString();
    QTest::newRow("latin-1") << QByteArray("{\"button\":[{\"name\":\"caf\xe9\"}]}") << 1 << 24
                             << QStringLiteral("65318") << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << 0 << 0 << QStringLiteral("array") << QString();
    QTest::newRow("not a menu") << QByteArray("{\"hello\":1}") << 0 << 0
                                << QStringLiteral("not a menu") << QString();
    QTest::newRow("error reply") << QByteArray("{\"errcode\":46003,\"errmsg\":\"menu no exist\"}")
                                 << 0 << 0 << QStringLiteral("46003") << QString();
    QTest::newRow("button not array") << QByteArray("{\"button\":{}}") << 0 << 0
                                      << QStringLiteral("array") << QStringLiteral("menu.button");
    QTest::newRow("button not object")
        << QByteArray("{\"menu\":{\"button\":[{}, 3]}}") << 0 << 0 << QStringLiteral("a number")
        << QStringLiteral("menu.button[1]");
    QTest::newRow("sub-button not object")
        << QByteArray("{\"button\":[{\"name\":\"a\",\"sub_button\":[\"x\"]}]}") << 0 << 0
        << QStringLiteral("text") << QStringLiteral("menu.button[0].sub_button[0]");
    QTest::newRow("conditionalmenu not array")
        << QByteArray("{\"conditionalmenu\":{}}") << 0 << 0 << QStringLiteral("array")
        << QStringLiteral("conditionalmenu");
    QTest::newRow("matchrule not object")
        << QByteArray("{\"conditionalmenu\":[{\"button\":[],\"matchrule\":2}]}") << 0 << 0
        << QStringLiteral("object") << QStringLiteral("conditionalmenu[0].matchrule");
    QTest::newRow("menu without buttons") << QByteArray("{\"menu\":{}}") << 0 << 0
                                          << QStringLiteral("button") << QStringLiteral("menu");
    QTest::newRow("deep nesting") << QByteArray(5000, '[') << 1 << 0 << QStringLiteral("JSON")
                                  << QString();
}

void TestCodec::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    QFETCH(QString, path);
    const ReadResult read = MenuFile::readBytes(bytes);
    QVERIFY(!read.ok);
    QCOMPARE(read.shape == Shape::Unknown || !path.isEmpty(), true);
    QVERIFY2(read.error.message.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(read.error.message));
    QCOMPARE(read.error.line, line);
    if (column > 0)
        QCOMPARE(read.error.column, column);
    QCOMPARE(read.error.path, path);
    QVERIFY(read.data.defaultMenu.buttons.isEmpty());
}

void TestCodec::invalidUtf8Offsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");
    QTest::newRow("ascii") << QByteArray("abc") << -1;
    QTest::newRow("chinese") << QByteArray("\xe4\xbb\x8a\xe6\x97\xa5") << -1;
    QTest::newRow("emoji") << QByteArray("a\xf0\x9f\x8d\x94") << -1;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf") << 1;
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << 0;
    QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << 1;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
    QTest::newRow("truncated") << QByteArray("ok\xe4\xbb") << 2;
    QTest::newRow("bad second byte") << QByteArray("\xe4\x41\x8a") << 0;
    QTest::newRow("0xff") << QByteArray("\xff") << 0;
}

void TestCodec::invalidUtf8Offsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QCOMPARE(MenuFile::firstInvalidUtf8(bytes), qsizetype(offset));
}

void TestCodec::writeFileIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fileName = dir.filePath(QStringLiteral("menu.json"));
    QString error;
    QVERIFY2(MenuFile::writeFile(fileName, "first\n", &error), qPrintable(error));
    QCOMPARE(readAll(fileName), QByteArray("first\n"));
    QVERIFY2(MenuFile::writeFile(fileName, "second\n", &error), qPrintable(error));
    QCOMPARE(readAll(fileName), QByteArray("second\n"));

    // A full disk (a file size limit): the write fails, the old file stays as it was.
    {
        const FileSizeLimit limit(4);
        QVERIFY(!MenuFile::writeFile(fileName, "third, and longer\n", &error));
    }
    QVERIFY2(error.contains(fileName), qPrintable(error));
    QCOMPARE(readAll(fileName), QByteArray("second\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("menu.json")});

    // A path under a missing folder fails with a message and creates nothing.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/menu.json"));
    QVERIFY(!MenuFile::writeFile(missing, "x", &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
