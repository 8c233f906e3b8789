// The 3-domain rule of conditional menus (domains.limit, errcode 65316) as the validator applies
// it with registrable domains from the Public Suffix List's ICANN section. The rule's basic rows
// live in tst_validator; these are the cases the list decides.
#include "builders.h"

#include <errcodes.h>
#include <validator.h>

#include <QtTest>

using namespace Build;

namespace {

const QString kRule = QStringLiteral("domains.limit");

/// Conditional menus linking to `urls` in order (view buttons, three to a menu, one menu per
/// tag), under a default menu that links to four other domains, which never count.
DocumentData linking(const QStringList &urls)
{
    DocumentData data =
        document({view(QStringLiteral("D1"), QStringLiteral("https://one.example.org/")),
                  view(QStringLiteral("D2"), QStringLiteral("https://two.example.net/")),
                  subMenu(QStringLiteral("D3"),
                          {view(QStringLiteral("D4"), QStringLiteral("https://three.test.io/")),
                           view(QStringLiteral("D5"), QStringLiteral("https://four.site.de/"))})});
    for (int i = 0; i < urls.size(); ++i) {
        if (i % 3 == 0)
            data.conditionalMenus.append(menu({}, rule(QString::number(i / 3 + 100))));
        data.conditionalMenus.last().buttons.append(
            view(QStringLiteral("L%1").arg(i + 1), urls.at(i)));
    }
    return data;
}

IssueList domainIssues(const DocumentData &data)
{
    IssueList found;
    for (const Issue &issue : Validator::validate(data))
        if (issue.rule == kRule)
            found.append(issue);
    return found;
}

} // namespace

class TestDomainRule : public QObject
{
    Q_OBJECT

private slots:
    void count_data();
    void count();
    void messageNamesTheDomains();
};

void TestDomainRule::count_data()
{
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("faultPath"); // empty: the links stay within 3 domains

    const QString none;
    const QString fourth = QStringLiteral("conditionalmenu[1].button[0].url");

    // github.io sits in the PRIVATE section: every site under it is one domain, github.io.
    QTest::newRow("a. and b.github.io are one domain")
        << QStringList{QStringLiteral("https://example.com/"),
                       QStringLiteral("https://foo.com.cn/"),
                       QStringLiteral("https://a.github.io/"),
                       QStringLiteral("https://b.github.io/x")}
        << none;
    QTest::newRow("three github.io sites, then the 4th domain")
        << QStringList{QStringLiteral("https://a.github.io/"),
                       QStringLiteral("https://b.github.io/"),
                       QStringLiteral("https://c.github.io/"),
                       QStringLiteral("https://example.com/"),
                       QStringLiteral("https://foo.com.cn/"),
                       QStringLiteral("https://qq.com/")}
        << QStringLiteral("conditionalmenu[1].button[2].url");
    // com.cn is a public suffix: each name under it is a domain of its own.
    QTest::newRow("shop. and www.example.com.cn are one domain")
        << QStringList{QStringLiteral("https://shop.example.com.cn/"),
                       QStringLiteral("https://www.example.com.cn/p"),
                       QStringLiteral("https://example.com/"), QStringLiteral("https://qq.com/")}
        << none;
    QTest::newRow("four names under com.cn")
        << QStringList{QStringLiteral("https://shop.example.com.cn/"),
                       QStringLiteral("https://foo.com.cn/"), QStringLiteral("https://bar.com.cn/"),
                       QStringLiteral("https://m.baz.com.cn/")}
        << fourth;
    // Every suffix the list knows, not only a few: ac.cn and bj.cn hold many domains.
    QTest::newRow("four domains under ac.cn and bj.cn")
        << QStringList{QStringLiteral("https://a.ioa.ac.cn/"),
                       QStringLiteral("https://b.ict.ac.cn/"),
                       QStringLiteral("https://x.foo.bj.cn/"),
                       QStringLiteral("https://y.bar.bj.cn/")}
        << fourth;
    QTest::newRow("sub-domains of ac.cn, bj.cn, com.tw")
        << QStringList{QStringLiteral("https://a.ioa.ac.cn/"),
                       QStringLiteral("https://b.ioa.ac.cn/"),
                       QStringLiteral("https://a.foo.bj.cn/"),
                       QStringLiteral("https://b.foo.bj.cn/"),
                       QStringLiteral("https://m.shop.com.tw/")}
        << none;
    // An internationalized host counts once, whether written in Unicode or ACE.
    QTest::newRow("IDN in Unicode and ACE are one domain")
        << QStringList{QString::fromUtf8("https://www.例子.中国/"),
                       QStringLiteral("https://m.xn--fsqu00a.xn--fiqs8s/"),
                       QStringLiteral("https://example.com/"), QStringLiteral("https://qq.com/")}
        << none;
    // An IP address counts as itself.
    QTest::newRow("IP addresses are domains of their own")
        << QStringList{QStringLiteral("http://10.0.0.1/"), QStringLiteral("http://10.0.0.1:8080/x"),
                       QStringLiteral("http://10.0.0.2/"), QStringLiteral("https://example.com/"),
                       QStringLiteral("http://10.0.0.3/")}
        << QStringLiteral("conditionalmenu[1].button[1].url");
}

void TestDomainRule::count()
{
    QFETCH(QStringList, urls);
    QFETCH(QString, faultPath);

    const IssueList issues = domainIssues(linking(urls));
    if (faultPath.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        return;
    }
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    QCOMPARE(issues.first().path, faultPath);
    QCOMPARE(issues.first().errcode, std::optional<int>(ErrCode::TooManyDomains));
    QVERIFY(issues.first().isError());
}

void TestDomainRule::messageNamesTheDomains()
{
    const IssueList issues = domainIssues(linking(
        {QStringLiteral("https://a.github.io/"), QStringLiteral("https://shop.example.com.cn/"),
         QStringLiteral("https://b.github.io/"), QStringLiteral("https://m.qq.com/"),
         QStringLiteral("https://www.example.com.cn/"), QStringLiteral("https://x.y.z.co.uk/")}));
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    QCOMPARE(issues.first().path, QStringLiteral("conditionalmenu[1].button[2].url"));
    const QString named = QStringLiteral("adds z.co.uk to github.io, example.com.cn, qq.com.");
    QVERIFY2(issues.first().message.contains(named), qPrintable(issues.first().message));
}

QTEST_GUILESS_MAIN(TestDomainRule)
#include "tst_domainrule.moc"
