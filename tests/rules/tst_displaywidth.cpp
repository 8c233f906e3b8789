#include <displaywidth.h>
#include <publicsuffixlist.h>
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
    void ofCluster_data();
    void ofCluster();
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
    // From ICU's properties: emoji presentation counts 2, text-style symbols 1.
    QTest::newRow("regional indicator C, alone") << uint(0x1F1E8) << 2;
    QTest::newRow("skin tone modifier") << uint(0x1F3FD) << 2;
    QTest::newRow("watch, emoji presentation in the BMP") << uint(0x231A) << 2;
    QTest::newRow("copyright sign, text style") << uint(0xA9) << 1;
    QTest::newRow("white smiling face, text style") << uint(0x263A) << 1;
    QTest::newRow("squared Latin A, ambiguous") << uint(0x1F130) << 1;
    QTest::newRow("combining acute accent") << uint(0x301) << 1;
    QTest::newRow("ZWJ") << uint(0x200D) << 1;
    QTest::newRow("CJK ext G") << uint(0x30000) << 2;
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
    // One grapheme cluster, one glyph on the phone: 2 units at most.
    QTest::newRow("family, ZWJ sequence") << QStringLiteral(u"👨‍👩‍👧‍👦") << 2;
    QTest::newRow("family + Latin") << QStringLiteral(u"👨‍👩‍👧Home") << 2 + 4;
    QTest::newRow("two families") << QStringLiteral(u"👨‍👩‍👧‍👦👩‍👩‍👦")
                                  << 4;
    QTest::newRow("rainbow flag, VS16 + ZWJ") << QStringLiteral(u"🏳️‍🌈") << 2;
    QTest::newRow("heart on fire, ZWJ") << QStringLiteral(u"❤️‍🔥") << 2;
    QTest::newRow("flag of China") << QStringLiteral(u"🇨🇳") << 2;
    QTest::newRow("two flags") << QStringLiteral(u"🇨🇳🇭🇰") << 4;
    QTest::newRow("flag + CJK") << QStringLiteral(u"🇨🇳中国") << 2 + 4;
    QTest::newRow("flag of England, tag sequence")
        << QStringLiteral(u"🏴󠁧󠁢󠁥󠁮󠁧󠁿") << 2;
    QTest::newRow("thumbs up, skin tone") << QStringLiteral(u"👍🏽") << 2;
    QTest::newRow("keycap 1") << QStringLiteral(u"1️⃣") << 2;
    QTest::newRow("keycap 1 + Latin") << QStringLiteral(u"1️⃣VIP") << 2 + 3;
    QTest::newRow("red heart, VS16") << QStringLiteral(u"❤️") << 2;
    QTest::newRow("red heart, text style") << QStringLiteral(u"❤") << 1;
    QTest::newRow("copyright, text style") << QStringLiteral(u"©2024") << 5;
    QTest::newRow("decomposed e acute") << QStringLiteral(u"cafe\u0301") << 4;
    QTest::newRow("Hangul jamo syllable") << QStringLiteral(u"\u1100\u1161\u11A8") << 2;
    QTest::newRow("Devanagari conjunct with ZWJ") << QStringLiteral(u"क्‍ष") << 1;
    QTest::newRow("Latin + ZWJ, not an emoji") << QStringLiteral(u"a\u200Db") << 2;
}

void TestDisplayWidth::ofText()
{
    QFETCH(QString, text);
    QFETCH(int, units);

    QCOMPARE(DisplayWidth::of(text), units);
}

void TestDisplayWidth::ofCluster_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<int>("units");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("Latin") << QStringLiteral("a") << 1;
    QTest::newRow("CJK") << QStringLiteral(u"中") << 2;
    QTest::newRow("family") << QStringLiteral(u"👨‍👩‍👧‍👦") << 2;
    QTest::newRow("flag") << QStringLiteral(u"🇯🇵") << 2;
    QTest::newRow("keycap #") << QStringLiteral(u"#️⃣") << 2;
    QTest::newRow("VS16 after a non-emoji") << QStringLiteral(u"a\uFE0F") << 1;
    QTest::newRow("CJK with a combining mark") << QStringLiteral(u"中\u0301") << 2;
}

void TestDisplayWidth::ofCluster()
{
    QFETCH(QString, cluster);
    QFETCH(int, units);

    QCOMPARE(DisplayWidth::ofCluster(cluster), units);
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
    // Grapheme clusters count as one glyph and are never split.
    QTest::newRow("4 families fit") << QStringLiteral(u"👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍"
                                                      u"👩‍👧‍👦")
                                    << top
                                    << QStringLiteral(u"👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍"
                                                      u"👩‍👧‍👦");
    QTest::newRow("5 families cut")
        << QStringLiteral(u"👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍"
                          u"👦")
        << top
        << QStringLiteral(u"👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦.."
                          u".");
    QTest::newRow("family + Latin fits") << QStringLiteral(u"👨‍👩‍👧Family") << top
                                         << QStringLiteral(u"👨‍👩‍👧Family");
    QTest::newRow("family at an odd limit")
        << QStringLiteral(u"A👨‍👩‍👧") << 2 << QStringLiteral(u"A...");
    QTest::newRow("4 flags fit") << QStringLiteral(u"🇨🇳🇭🇰🇲🇴🇹🇼") << top
                                 << QStringLiteral(u"🇨🇳🇭🇰🇲🇴🇹🇼");
    QTest::newRow("5 flags cut, never half a flag")
        << QStringLiteral(u"🇨🇳🇭🇰🇲🇴🇹🇼🇸🇬") << top << QStringLiteral(u"🇨🇳🇭🇰🇲🇴🇹🇼...");
    QTest::newRow("flag after 7 Latin")
        << QStringLiteral(u"ABCDEFG🇨🇳") << top << QStringLiteral(u"ABCDEFG...");
    QTest::newRow("flag + CJK fit")
        << QStringLiteral(u"🇨🇳中国制造") << sub << QStringLiteral(u"🇨🇳中国制造");
    QTest::newRow("rainbow flags cut")
        << QStringLiteral(u"🏳️‍🌈🏳️‍🌈🏳️‍🌈🏳️‍🌈🏳️‍🌈")
        << top << QStringLiteral(u"🏳️‍🌈🏳️‍🌈🏳️‍🌈🏳️‍🌈...");
    QTest::newRow("keycaps cut") << QStringLiteral(u"1️⃣2️⃣3️⃣4️⃣5️⃣") << top
                                 << QStringLiteral(u"1️⃣2️⃣3️⃣4️⃣...");
    QTest::newRow("skin tones cut")
        << QStringLiteral(u"👍🏽👍🏽👍🏽👍🏽👍🏽") << top
        << QStringLiteral(u"👍🏽👍🏽👍🏽👍🏽...");
    QTest::newRow("accent kept with its letter")
        << QStringLiteral(u"abcdefge\u0301x") << top << QStringLiteral(u"abcdefge\u0301...");
    QTest::newRow("decomposed accents fit")
        << QStringLiteral(u"e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301") << top
        << QStringLiteral(u"e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301");
}

void TestDisplayWidth::cut()
{
    QFETCH(QString, text);
    QFETCH(int, maxUnits);
    QFETCH(QString, shown);

    const QString result = DisplayWidth::cut(text, maxUnits);
    QCOMPARE(result, shown);
    QVERIFY2(result.isValidUtf16(), "a cut must never split a surrogate pair");
    if (result == text) {
        QVERIFY(DisplayWidth::of(text) <= maxUnits);
    } else {
        const QString kept = result.chopped(3);
        QVERIFY(DisplayWidth::of(kept) <= maxUnits);
        QVERIFY2(text.startsWith(kept), "a cut shows a prefix of the title");
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
        finder.setPosition(kept.size());
        QVERIFY2(finder.isAtBoundary(), "a cut must never split a grapheme cluster");
    }
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

    // From the ICANN section of the Public Suffix List, as libpsl holds it.
    QTest::newRow("shop.example.com.cn")
        << QStringLiteral("https://shop.example.com.cn/") << QStringLiteral("example.com.cn");
    QTest::newRow("example.com.cn")
        << QStringLiteral("https://example.com.cn/") << QStringLiteral("example.com.cn");
    QTest::newRow("ac.cn") << QStringLiteral("https://www.ioa.ac.cn/")
                           << QStringLiteral("ioa.ac.cn");
    QTest::newRow("province under cn")
        << QStringLiteral("https://www.foo.bj.cn/") << QStringLiteral("foo.bj.cn");
    QTest::newRow("co.uk") << QStringLiteral("https://www.shop.co.uk/")
                           << QStringLiteral("shop.co.uk");
    QTest::newRow("com.hk, deep") << QStringLiteral("https://a.b.shop.com.hk/")
                                  << QStringLiteral("shop.com.hk");
    QTest::newRow("com.tw") << QStringLiteral("https://m.shop.com.tw/")
                            << QStringLiteral("shop.com.tw");
    QTest::newRow("wildcard rule *.ck")
        << QStringLiteral("https://a.shop.co.ck/") << QStringLiteral("shop.co.ck");
    QTest::newRow("exception rule !www.ck")
        << QStringLiteral("https://a.www.ck/") << QStringLiteral("www.ck");
    // The PRIVATE section is left out: hosted sites share their provider's domain.
    QTest::newRow("a.github.io") << QStringLiteral("https://a.github.io/x")
                                 << QStringLiteral("github.io");
    QTest::newRow("b.github.io") << QStringLiteral("https://b.github.io/")
                                 << QStringLiteral("github.io");
    QTest::newRow("github.io") << QStringLiteral("https://github.io/")
                               << QStringLiteral("github.io");
    QTest::newRow("blogspot.com") << QStringLiteral("https://me.blogspot.com/")
                                  << QStringLiteral("blogspot.com");
    QTest::newRow("appspot.com") << QStringLiteral("https://my-app.appspot.com/")
                                 << QStringLiteral("appspot.com");
    // A top-level domain the list does not know: one label of suffix.
    QTest::newRow("unknown TLD") << QStringLiteral("http://a.intranet.lan/")
                                 << QStringLiteral("intranet.lan");
    QTest::newRow("single label") << QStringLiteral("http://localhost:8080/")
                                  << QStringLiteral("localhost");
    // A host that is itself a public suffix counts as itself.
    QTest::newRow("bare public suffix")
        << QStringLiteral("https://com.cn/") << QStringLiteral("com.cn");
    QTest::newRow("trailing dot") << QStringLiteral("https://www.example.com./")
                                  << QStringLiteral("example.com");
    // Internationalized hosts in their ACE form, whichever form the link uses.
    QTest::newRow("IDN in Unicode")
        << QStringLiteral(u"https://www.例子.中国/") << QStringLiteral("xn--fsqu00a.xn--fiqs8s");
    QTest::newRow("IDN in ACE") << QStringLiteral("https://shop.xn--fsqu00a.xn--fiqs8s/")
                                << QStringLiteral("xn--fsqu00a.xn--fiqs8s");
    QTest::newRow("IDN under .com")
        << QStringLiteral(u"https://www.例子.com/") << QStringLiteral("xn--fsqu00a.com");
    QTest::newRow("IDN suffix 公司.cn") << QStringLiteral(u"https://m.例子.公司.cn/")
                                        << QStringLiteral("xn--fsqu00a.xn--55qx5d.cn");
    // More addresses.
    QTest::newRow("IPv4 with port")
        << QStringLiteral("http://10.0.0.1:8080/") << QStringLiteral("10.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("http://[2001:db8::1]/menu")
                          << QStringLiteral("2001:db8::1");
}

void TestDisplayWidth::domain()
{
    QFETCH(QString, url);
    QFETCH(QString, domain);

    QVERIFY2(PublicSuffixList::loadError().isEmpty(), qPrintable(PublicSuffixList::loadError()));
    QCOMPARE(registrableDomain(url), domain);
}

QTEST_GUILESS_MAIN(TestDisplayWidth)
#include "tst_displaywidth.moc"
