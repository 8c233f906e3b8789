#include <displaywidth.h>
#include <registrabledomain.h>

#include <QtTest>

class TestDisplayWidth : public QObject
{
    Q_OBJECT

private slots:
    void limits();
    void ofCodePoint_data();
    void ofCodePoint();
    void ofText_data();
    void ofText();
    void cut_data();
    void cut();
    void domain_data();
    void domain();
};

void TestDisplayWidth::limits()
{
    // About 4 Chinese characters on the top level, 8 in a sub-menu.
    QCOMPARE(DisplayWidth::kTopLevelUnits, 8);
    QCOMPARE(DisplayWidth::kSubMenuUnits, 16);
}

void TestDisplayWidth::ofCodePoint_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<int>("units");

    QTest::newRow("Latin A") << uint(0x41) << 1;
    QTest::newRow("space") << uint(0x20) << 1;
    QTest::newRow("e acute") << uint(0xE9) << 1;
    QTest::newRow("CJK zhong") << uint(0x4E2D) << 2;
    QTest::newRow("CJK ext B") << uint(0x20000) << 2;
    QTest::newRow("ideographic space") << uint(0x3000) << 2;
    QTest::newRow("ideographic comma") << uint(0x3001) << 2;
    QTest::newRow("hiragana a") << uint(0x3042) << 2;
    QTest::newRow("Hangul ga") << uint(0xAC00) << 2;
    QTest::newRow("fullwidth A") << uint(0xFF21) << 2;
    QTest::newRow("fullwidth comma") << uint(0xFF0C) << 2;
    QTest::newRow("fullwidth yen") << uint(0xFFE5) << 2;
    QTest::newRow("fullwidth white parenthesis, last fullwidth") << uint(0xFF60) << 2;
    QTest::newRow("halfwidth full stop") << uint(0xFF61) << 1;
    QTest::newRow("halfwidth katakana wo") << uint(0xFF66) << 1;
    QTest::newRow("halfwidth prolonged sound mark") << uint(0xFF70) << 1;
    QTest::newRow("halfwidth katakana a") << uint(0xFF71) << 1;
    QTest::newRow("halfwidth semi-voiced mark") << uint(0xFF9F) << 1;
    QTest::newRow("hamburger emoji") << uint(0x1F354) << 2;
    QTest::newRow("grinning face emoji") << uint(0x1F600) << 2;
}

void TestDisplayWidth::ofCodePoint()
{
    QFETCH(uint, codePoint);
    QFETCH(int, units);

    QCOMPARE(DisplayWidth::of(char32_t(codePoint)), units);
}

void TestDisplayWidth::ofText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("units");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("4 CJK") << QStringLiteral(u"今日歌曲") << 8;
    QTest::newRow("6 CJK") << QStringLiteral(u"今日歌曲推荐") << 12;
    QTest::newRow("8 Latin") << QStringLiteral("Category") << 8;
    QTest::newRow("9 Latin") << QStringLiteral("Settings!") << 9;
    QTest::newRow("Latin with space and digits") << QStringLiteral("ABC 123") << 7;
    QTest::newRow("precomposed e acute") << QStringLiteral(u"café") << 4;
    QTest::newRow("VIP + 4 CJK") << QStringLiteral(u"VIP会员专享") << 3 + 8;
    QTest::newRow("2 CJK + App") << QStringLiteral(u"下载App") << 4 + 3;
    QTest::newRow("CJK Latin mixed") << QStringLiteral(u"今A日歌曲推") << 2 + 1 + 2 + 2 + 2 + 2;
    QTest::newRow("emoji") << QStringLiteral(u"🍔") << 2;
    QTest::newRow("emoji + Latin") << QStringLiteral(u"🍔Burger") << 2 + 6;
    QTest::newRow("two emoji") << QStringLiteral(u"😀😀") << 4;
    QTest::newRow("CJK ext B") << QStringLiteral(u"𠀀") << 2;
    QTest::newRow("fullwidth A") << QStringLiteral(u"Ａ") << 2;
    QTest::newRow("fullwidth ABC") << QStringLiteral(u"ＡＢＣ") << 6;
    QTest::newRow("halfwidth katakana a") << QStringLiteral(u"ｱ") << 1;
    QTest::newRow("halfwidth katakana word") << QStringLiteral(u"ｶﾀｶﾅ") << 4;
    QTest::newRow("fullwidth katakana word") << QStringLiteral(u"カタカナ") << 8;
    QTest::newRow("hiragana") << QStringLiteral(u"ひらがな") << 8;
    QTest::newRow("Hangul") << QStringLiteral(u"한글") << 4;
    QTest::newRow("CJK punctuation") << QStringLiteral(u"好，行、") << 8;
}

void TestDisplayWidth::ofText()
{
    QFETCH(QString, text);
    QFETCH(int, units);

    QCOMPARE(DisplayWidth::of(text), units);
}

void TestDisplayWidth::cut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxUnits");
    QTest::addColumn<QString>("shown");

    const int top = 8;
    const int sub = 16;

    QTest::newRow("empty") << QString() << top << QString();
    // CJK on the top level: 4 characters fit.
    QTest::newRow("4 CJK fit") << QStringLiteral(u"今日歌曲") << top << QStringLiteral(u"今日歌曲");
    QTest::newRow("6 CJK cut") << QStringLiteral(u"今日歌曲推荐") << top
                               << QStringLiteral(u"今日歌曲...");
    QTest::newRow("8 CJK cut") << QStringLiteral(u"发布后的图文消息") << top
                               << QStringLiteral(u"发布后的...");
    QTest::newRow("4 CJK + Latin cut")
        << QStringLiteral(u"今日歌曲A") << top << QStringLiteral(u"今日歌曲...");
    // Latin: 8 letters fit, 9 show the first 8.
    QTest::newRow("8 Latin fit") << QStringLiteral("Category") << top << QStringLiteral("Category");
    QTest::newRow("9 Latin cut") << QStringLiteral("abcdefghi") << top
                                 << QStringLiteral("abcdefgh...");
    QTest::newRow("10 Latin cut") << QStringLiteral("Categories") << top
                                  << QStringLiteral("Categori...");
    // Mixed: the longest prefix that fits, even when it leaves a unit unused.
    QTest::newRow("VIP + CJK") << QStringLiteral(u"VIP会员专享") << top
                               << QStringLiteral(u"VIP会员...");
    QTest::newRow("CJK + VIP + CJK")
        << QStringLiteral(u"会员VIP专享") << top << QStringLiteral(u"会员VIP...");
    QTest::newRow("7 units fit, next is wide")
        << QStringLiteral(u"今A日歌曲推") << top << QStringLiteral(u"今A日歌...");
    QTest::newRow("7 Latin then CJK")
        << QStringLiteral(u"ABCDEFG今") << top << QStringLiteral(u"ABCDEFG...");
    QTest::newRow("mixed fits") << QStringLiteral(u"下载App") << top << QStringLiteral(u"下载App");
    // Emoji count 2 and are never split.
    QTest::newRow("4 emoji fit") << QStringLiteral(u"🍔🍔🍔🍔") << top << QStringLiteral(u"🍔🍔🍔🍔");
    QTest::newRow("5 emoji cut") << QStringLiteral(u"🍔🍔🍔🍔🍔") << top << QStringLiteral(u"🍔🍔🍔🍔...");
    QTest::newRow("Latin + 4 emoji cut")
        << QStringLiteral(u"A🍔🍔🍔🍔") << top << QStringLiteral(u"A🍔🍔🍔...");
    QTest::newRow("emoji at an odd limit") << QStringLiteral(u"A🍔") << 2 << QStringLiteral(u"A...");
    QTest::newRow("Latin + 4 emoji in sub")
        << QStringLiteral(u"A🍔🍔🍔🍔") << sub << QStringLiteral(u"A🍔🍔🍔🍔");
    // Fullwidth Latin counts 2, halfwidth katakana 1.
    QTest::newRow("fullwidth cut")
        << QStringLiteral(u"ＡＢＣＤＥ") << top << QStringLiteral(u"ＡＢＣＤ...");
    QTest::newRow("8 halfwidth katakana fit")
        << QStringLiteral(u"ｱｲｳｴｵｶｷｸ") << top << QStringLiteral(u"ｱｲｳｴｵｶｷｸ");
    QTest::newRow("9 halfwidth katakana cut")
        << QStringLiteral(u"ｱｲｳｴｵｶｷｸｹ") << top << QStringLiteral(u"ｱｲｳｴｵｶｷｸ...");
    // Sub-menu: 16 units.
    QTest::newRow("sub: 8 CJK fit")
        << QStringLiteral(u"拍照或者相册发图") << sub << QStringLiteral(u"拍照或者相册发图");
    QTest::newRow("sub: 9 CJK cut")
        << QStringLiteral(u"拍照或者相册发图片") << sub << QStringLiteral(u"拍照或者相册发图...");
    QTest::newRow("sub: 16 Latin fit")
        << QStringLiteral("abcdefghijklmnop") << sub << QStringLiteral("abcdefghijklmnop");
    QTest::newRow("sub: 17 Latin cut")
        << QStringLiteral("abcdefghijklmnopq") << sub << QStringLiteral("abcdefghijklmnop...");
    QTest::newRow("sub: 6 CJK fit")
        << QStringLiteral(u"今日歌曲推荐") << sub << QStringLiteral(u"今日歌曲推荐");
}

void TestDisplayWidth::cut()
{
    QFETCH(QString, text);
    QFETCH(int, maxUnits);
    QFETCH(QString, shown);

    const QString result = DisplayWidth::cut(text, maxUnits);
    QCOMPARE(result, shown);
    QVERIFY2(result.isValidUtf16(), "a cut must never split a surrogate pair");
}

void TestDisplayWidth::domain_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("domain");

    // The last two labels of the host.
    QTest::newRow("bare") << QStringLiteral("http://example.com") << QStringLiteral("example.com");
    QTest::newRow("subdomain a") << QStringLiteral("https://a.example.com/x")
                                 << QStringLiteral("example.com");
    QTest::newRow("subdomain b") << QStringLiteral("https://b.example.com/y?z=1")
                                 << QStringLiteral("example.com");
    QTest::newRow("deep subdomain")
        << QStringLiteral("https://mp.weixin.qq.com/s?__biz=1#rd") << QStringLiteral("qq.com");
    QTest::newRow("port") << QStringLiteral("https://shop.example.com:8443/p")
                          << QStringLiteral("example.com");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@sub.example.org/")
                               << QStringLiteral("example.org");
    QTest::newRow("upper case host")
        << QStringLiteral("HTTPS://WWW.Example.COM/Path") << QStringLiteral("example.com");
    QTest::newRow("plain .cn") << QStringLiteral("https://www.example.cn/")
                               << QStringLiteral("example.cn");
    // Three labels under com.cn, net.cn, org.cn, gov.cn, edu.cn and com.hk.
    QTest::newRow("com.cn x") << QStringLiteral("https://x.foo.com.cn/")
                              << QStringLiteral("foo.com.cn");
    QTest::newRow("com.cn y") << QStringLiteral("https://y.foo.com.cn/p")
                              << QStringLiteral("foo.com.cn");
    QTest::newRow("com.cn bare") << QStringLiteral("https://foo.com.cn")
                                 << QStringLiteral("foo.com.cn");
    QTest::newRow("com.cn other") << QStringLiteral("https://bar.com.cn/")
                                  << QStringLiteral("bar.com.cn");
    QTest::newRow("net.cn") << QStringLiteral("https://www.bar.net.cn/")
                            << QStringLiteral("bar.net.cn");
    QTest::newRow("org.cn") << QStringLiteral("https://a.b.baz.org.cn/")
                            << QStringLiteral("baz.org.cn");
    QTest::newRow("gov.cn") << QStringLiteral("http://www.beijing.gov.cn/")
                            << QStringLiteral("beijing.gov.cn");
    QTest::newRow("edu.cn") << QStringLiteral("https://www.tsinghua.edu.cn/")
                            << QStringLiteral("tsinghua.edu.cn");
    QTest::newRow("com.hk") << QStringLiteral("https://shop.foo.com.hk/")
                            << QStringLiteral("foo.com.hk");
    // No host, no domain.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("relative") << QStringLiteral("/pages/index.html") << QString();
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QString();
    // An IP address counts as itself.
    QTest::newRow("IPv4") << QStringLiteral("http://192.168.1.10/menu")
                          << QStringLiteral("192.168.1.10");
}

void TestDisplayWidth::domain()
{
    QFETCH(QString, url);
    QFETCH(QString, domain);

    QCOMPARE(registrableDomain(url), domain);
}

QTEST_GUILESS_MAIN(TestDisplayWidth)
#include "tst_displaywidth.moc"
