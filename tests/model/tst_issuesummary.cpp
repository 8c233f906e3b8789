#include <issuesummary.h>

#include <QtTest>

namespace {

Issue issue(Issue::Severity severity, const QString &rule)
{
    Issue result;
    result.severity = severity;
    result.rule = rule;
    return result;
}

const Issue kError = issue(Issue::Severity::Error, QStringLiteral("name.bytes"));
const Issue kWarning = issue(Issue::Severity::Warning, QStringLiteral("rule.shadowed"));

} // namespace

class TestIssueSummary : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void worse();
};

void TestIssueSummary::counts_data()
{
    QTest::addColumn<IssueList>("issues");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("worst");

    const int error = int(Issue::Severity::Error);
    const int warning = int(Issue::Severity::Warning);
    QTest::newRow("none") << IssueList() << 0 << 0 << -1;
    QTest::newRow("one warning") << IssueList{kWarning} << 0 << 1 << warning;
    QTest::newRow("one error") << IssueList{kError} << 1 << 0 << error;
    QTest::newRow("error after warnings")
        << IssueList{kWarning, kWarning, kError} << 1 << 2 << error;
    QTest::newRow("warning after errors") << IssueList{kError, kError, kWarning} << 2 << 1 << error;
}

void TestIssueSummary::counts()
{
    QFETCH(IssueList, issues);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(int, worst);

    QCOMPARE(IssueSummary::errorCount(issues), errors);
    QCOMPARE(IssueSummary::warningCount(issues), warnings);
    QCOMPARE(IssueSummary::worstSeverity(issues), worst);
}

void TestIssueSummary::worse()
{
    const int error = int(Issue::Severity::Error);
    const int warning = int(Issue::Severity::Warning);
    QCOMPARE(IssueSummary::worse(-1, kWarning), warning);
    QCOMPARE(IssueSummary::worse(-1, kError), error);
    QCOMPARE(IssueSummary::worse(warning, kError), error);
    // An error stays the worst whatever comes after it.
    QCOMPARE(IssueSummary::worse(error, kWarning), error);
}

QTEST_GUILESS_MAIN(TestIssueSummary)
#include "tst_issuesummary.moc"
