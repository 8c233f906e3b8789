#include <tagnames.h>

#include <QJsonDocument>
#include <QtTest>

class TestTagNames : public QObject
{
    Q_OBJECT

private slots:
    void readsTagsGet();
    void otherAnswersHaveNoTags();
    void byId();
};

void TestTagNames::readsTagsGet()
{
    const QJsonObject answer = QJsonDocument::fromJson(R"({"tags":[
        {"id":2,"name":"星标组","count":0},
        {"id":127,"name":"VIP","count":5}]})")
                                   .object();
    const TagNames::TagList expected = {{QStringLiteral("2"), QStringLiteral("星标组")},
                                        {QStringLiteral("127"), QStringLiteral("VIP")}};
    QCOMPARE(TagNames::fromTagsGet(answer), expected);
}

void TestTagNames::otherAnswersHaveNoTags()
{
    const QJsonObject refused =
        QJsonDocument::fromJson(R"({"errcode":40001,"errmsg":"invalid credential"})").object();
    QVERIFY(TagNames::fromTagsGet(refused).isEmpty());
    QVERIFY(TagNames::fromTagsGet(QJsonObject()).isEmpty());
}

void TestTagNames::byId()
{
    const QHash<QString, QString> names =
        TagNames::byId({{QStringLiteral("2"), QStringLiteral("星标组")},
                        {QStringLiteral("127"), QStringLiteral("VIP")}});
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(QStringLiteral("2")), QStringLiteral("星标组"));
    QCOMPARE(names.value(QStringLiteral("127")), QStringLiteral("VIP"));
}

QTEST_GUILESS_MAIN(TestTagNames)
#include "tst_tagnames.moc"
