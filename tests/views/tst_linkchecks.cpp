#include "editorwithaccounts.h"
#include "linktestserver.h"
#include "scriptedprompter.h"

#include <accounts.h>
#include <buttonform.h>
#include <issuespanel.h>
#include <linkcheckpreference.h>
#include <linkchecks.h>
#include <mainwindow.h>
#include <memorysecretstore.h>
#include <menudocument.h>
#include <menufile.h>
#include <menutreemodel.h>
#include <menutreeview.h>
#include <messagelabel.h>
#include <preferencesdialog.h>
#include <publishdialog.h>
#include <publishhistory.h>
#include <publishingactions.h>
#include <recoverystore.h>

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

/// The editor's link checks, against loopback servers only: off in tests unless a test turns
/// them on, the state in the link field, the Problems list, the consent for private hosts,
/// and Compare and Publish asking every link first.
class TestLinkChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offInTestsSoNothingIsAsked();
    void preferenceIsOnByDefault();
    void typedLinkIsCheckedAndShown();
    void privateHostIsAskedOnlyWithConsent();
    void publishChecksEveryLinkFirst();

private:
    /// Opens a document whose only button is a web page with `url`, and selects it.
    void openLink(const QString &url);
    /// Turns the checks on (as a user with the default preference has them), without delay.
    void turnOn();
    QLineEdit *urlEdit() const;
    QString linkState() const;

    EditorWithAccounts m_editor;
};

void TestLinkChecks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLinkChecks::init()
{
    // As ctest, the package check and CI run every test.
    qputenv("WEMENU_LINK_CHECKS", "off");
    m_editor.start();
}

void TestLinkChecks::cleanup()
{
    m_editor.stop();
    qputenv("WEMENU_LINK_CHECKS", "off");
}

void TestLinkChecks::openLink(const QString &url)
{
    const ReadResult read = MenuFile::readBytes(
        QStringLiteral(R"({"menu":{"button":[{"type":"view","name":"Shop","url":"%1"}]}})")
            .arg(url)
            .toUtf8());
    QVERIFY(read.ok);
    QVERIFY(m_editor.window->openData(read.data));
    m_editor.window->selectButton({-1, -1, 0});
}

void TestLinkChecks::turnOn()
{
    qputenv("WEMENU_LINK_CHECKS", "on");
    QVERIFY(linkChecksEnabled());
    m_editor.window->linkChecks()->setDelay(0);
    m_editor.window->linkChecks()->setEnabled(true);
}

QLineEdit *TestLinkChecks::urlEdit() const
{
    return m_editor.window->form()->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
}

QString TestLinkChecks::linkState() const
{
    return m_editor.window->form()->linkState()->property("state").toString();
}

void TestLinkChecks::offInTestsSoNothingIsAsked()
{
    LinkTestServer server;
    QVERIFY(!linkChecksAllowed());
    QVERIFY(!m_editor.window->linkChecks()->isEnabled());
    openLink(server.url(QStringLiteral("/missing")));
    m_editor.window->linkChecks()->setDelay(0);
    bool done = false;
    m_editor.window->linkChecks()->checkAll([&done] { done = true; });
    QVERIFY(done); // at once: nothing to ask
    QCoreApplication::processEvents();
    QCOMPARE(server.requests, 0);
    QVERIFY(m_editor.prompter.questions.isEmpty());
    QCOMPARE(linkState(), QString());
    QVERIFY(!m_editor.window->form()->linkState()->isVisible());

    // Preferences say so too, and cannot turn them on here.
    PreferencesDialog preferences;
    QVERIFY(!preferences.checkLinksBox()->isEnabled());
}

void TestLinkChecks::preferenceIsOnByDefault()
{
    // Without the environment variable, test mode alone keeps them off.
    qunsetenv("WEMENU_LINK_CHECKS");
    QVERIFY(!linkChecksAllowed());
    qputenv("WEMENU_LINK_CHECKS", "on");
    QVERIFY(linkChecksPreferred());
    QVERIFY(linkChecksEnabled());
    PreferencesDialog preferences;
    QVERIFY(preferences.checkLinksBox()->isEnabled());
    QVERIFY(preferences.checkLinksBox()->isChecked());
    preferences.checkLinksBox()->setChecked(false);
    preferences.save();
    QVERIFY(!linkChecksPreferred());
    QVERIFY(!linkChecksEnabled());
    PreferencesDialog again;
    QVERIFY(!again.checkLinksBox()->isChecked());
}

void TestLinkChecks::typedLinkIsCheckedAndShown()
{
    LinkTestServer server;
    m_editor.prompter.yesNoAnswer = true; // checking links on this computer is fine
    openLink(QString());
    turnOn();
    QLineEdit *url = urlEdit();
    QVERIFY(url && url->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.window.get()));
    QCoreApplication::processEvents();
    const QRect before = url->geometry();

    // Typed, checked in the background: first checking, then the answer.
    url->setFocus();
    QTest::keyClicks(url, server.url(QStringLiteral("/hold")));
    QTRY_COMPARE(linkState(), QStringLiteral("checking"));
    QVERIFY(m_editor.window->form()->linkState()->isVisible());
    QCOMPARE(m_editor.window->form()->linkState()->toolTip(), QStringLiteral("Checking the link…"));
    server.release();
    QTRY_COMPARE(linkState(), QStringLiteral("fine"));
    QCOMPARE(url->geometry(), before); // the state sits inside the field: nothing moves

    // A page that answers 404: a warning at the url's path, in the field and the Problems list.
    url->selectAll();
    QTest::keyClicks(url, server.url(QStringLiteral("/missing")));
    QTRY_COMPARE(linkState(), QStringLiteral("problem"));
    QVERIFY(m_editor.window->form()->linkState()->toolTip().contains(QLatin1String("404")));
    const IssueList &issues = m_editor.window->document()->issues();
    const auto link = std::find_if(issues.cbegin(), issues.cend(), [](const Issue &issue) {
        return issue.rule == QLatin1String("link.status");
    });
    QVERIFY(link != issues.cend());
    QCOMPARE(link->path, QStringLiteral("menu.button[0].url"));
    QCOMPARE(link->severity, Issue::Severity::Warning);
    auto *urlIssue = m_editor.window->form()->findChild<MessageLabel *>(QStringLiteral("urlIssue"));
    QVERIFY(urlIssue->fullText().contains(QLatin1String("404")));
    const QList<QTreeWidgetItem *> listed = m_editor.window->issuesPanel()->list()->findItems(
        QStringLiteral("The page answers 404"), Qt::MatchStartsWith | Qt::MatchRecursive, 1);
    QCOMPARE(listed.size(), 1);
    // The question about this computer was asked once, for its host.
    QCOMPARE(m_editor.prompter.questions.size(), 1);
    QVERIFY(m_editor.prompter.questions.first().contains(QLatin1String("127.0.0.1")));

    // Fixed: the warning goes, with no undo step of its own.
    const int undoSteps = m_editor.window->document()->undoStack()->count();
    url->selectAll();
    QTest::keyClicks(url, server.url(QStringLiteral("/ok")));
    QTRY_COMPARE(linkState(), QStringLiteral("fine"));
    for (const Issue &issue : m_editor.window->document()->issues())
        QVERIFY2(!issue.rule.startsWith(QLatin1String("link.")), qPrintable(issue.message));
    QCOMPARE(m_editor.window->document()->undoStack()->count(), undoSteps);
}

void TestLinkChecks::privateHostIsAskedOnlyWithConsent()
{
    LinkTestServer server;
    m_editor.prompter.yesNoAnswer = false;
    turnOn();
    const ReadResult read = MenuFile::readBytes(
        QStringLiteral(R"({"menu":{"button":[{"type":"view","name":"A","url":"%1"},
                          {"type":"view","name":"B","url":"%2"}]}})")
            .arg(server.url(QStringLiteral("/missing")), server.url(QStringLiteral("/ok")))
            .toUtf8());
    QVERIFY(m_editor.window->openData(read.data));
    m_editor.window->selectButton({-1, -1, 0});
    QTRY_COMPARE(linkState(), QStringLiteral("not-asked"));
    QCOMPARE(m_editor.prompter.questions.size(), 1); // once for the host, not per link
    QCOMPARE(server.requests, 0);
    for (const Issue &issue : m_editor.window->document()->issues())
        QVERIFY(!issue.rule.startsWith(QLatin1String("link.")));
}

void TestLinkChecks::publishChecksEveryLinkFirst()
{
    LinkTestServer server;
    m_editor.prompter.yesNoAnswer = true;
    turnOn();
    m_editor.window->linkChecks()->setDelay(60 * 60 * 1000); // only Compare and Publish asks
    openLink(server.url(QStringLiteral("/missing")));
    QCOMPARE(server.requests, 0);

    m_editor.window->publishing()->comparePublish();
    // Every link is asked before the dialog opens; the problem is a warning to confirm.
    QTRY_VERIFY(m_editor.window->publishing()->publishDialog());
    QCOMPARE(server.byRequest.value(QStringLiteral("HEAD /missing")), 1);
    QCOMPARE(m_editor.prompter.questions.size(), 2); // this computer, then the problem
    QVERIFY2(
        m_editor.prompter.questions.last().startsWith(QLatin1String("Compare and Publish: 1 link")),
        qPrintable(m_editor.prompter.questions.last()));
    QVERIFY(m_editor.prompter.questions.last().contains(QLatin1String("404")));
    m_editor.window->publishing()->publishDialog()->close();
    QTRY_VERIFY(!m_editor.window->publishing()->publishDialog());

    // Declined: the editor stays, no dialog opens.
    m_editor.prompter.yesNoAnswer = false;
    m_editor.window->publishing()->comparePublish();
    QCOMPARE(m_editor.prompter.questions.size(), 3);
    QCoreApplication::processEvents();
    QVERIFY(!m_editor.window->publishing()->publishDialog());
}

QTEST_MAIN(TestLinkChecks)
#include "tst_linkchecks.moc"
