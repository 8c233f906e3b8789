#include "fakescheduler.h"
#include "scriptedprompter.h"

#include <accounts.h>
#include <accountsession.h>
#include <campaigncontroller.h>
#include <campaignrunner.h>
#include <campaignsdialog.h>
#include <campaignsessions.h>
#include <campaignstore.h>
#include <campaigntime.h>
#include <desktopnotifier.h>
#include <documentcontroller.h>
#include <hostedsandbox.h>
#include <mainwindow.h>
#include <memorysecretstore.h>
#include <menudocument.h>
#include <menufile.h>
#include <messagelabel.h>
#include <publishhistory.h>
#include <recoverystore.h>
#include <reviewlist.h>
#include <scheduledialog.h>

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
const QTimeZone kBeijing(QByteArrayLiteral("Asia/Shanghai"));

/// 2030-11-11 00:00 Beijing time: Double 11.
QDateTime beijing(int day, int hour)
{
    return QDateTime(QDate(2030, 11, day), QTime(hour, 0), kBeijing);
}

} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void campaignsListsACampaignWithItsStateAndBothTimes();
    void cancelForgetsAScheduledCampaignAndAsksForAStartedOne();
    void scheduleRefusesAnEndBeforeTheStart();
    void scheduleWarnsWhenTheStartIsSoon();
    void scheduleShowsWhatTheStartChanges();
    void aDueStepRunsInTheEditorAndIsAnnounced();
    void screenshot();

private:
    Campaign campaign(const QString &file, const QDateTime &start, const QDateTime &end) const;
    static void markStarted(Campaign *campaign);
    QAction *action(const QString &name) const;
    ScheduleDialog *openSchedule();

    QDateTime m_now = beijing(10, 20).toUTC(); ///< four hours before Double 11
    std::unique_ptr<QTemporaryDir> m_dir;
    ScriptedPrompter m_prompter;
    FakeScheduler m_scheduler;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<PublishHistory> m_history;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<CampaignStore> m_store;
    std::unique_ptr<CampaignRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    CampaignController *m_campaigns = nullptr;
};

void TestCampaigns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The computer's time is not Beijing time: both must show, each right.
    qputenv("TZ", "Europe/Paris");
    QVERIFY(kBeijing.isValid());
}

void TestCampaigns::init()
{
    m_now = beijing(10, 20).toUTC();
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
    m_prompter = ScriptedPrompter();
    m_scheduler = FakeScheduler();
    m_keychain = std::make_unique<MemorySecretStore>();
    m_accounts = std::make_unique<Accounts>(m_keychain.get(),
                                            m_dir->filePath(QStringLiteral("sandbox/state.json")));
    m_history = std::make_unique<PublishHistory>(m_dir->filePath(QStringLiteral("history")));
    m_recovery = std::make_unique<RecoveryStore>(m_dir->filePath(QStringLiteral("recovery")));
    m_store = std::make_unique<CampaignStore>(m_dir->filePath(QStringLiteral("campaigns")));
    m_runner = std::make_unique<CampaignRunner>(
        m_store.get(), m_history.get(), [](const Campaign &, QString *error) {
            *error = QStringLiteral("no session in this test");
            return std::unique_ptr<AccountSession>();
        });
    m_runner->setClock([this] { return m_now; });
    m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get(), m_accounts.get(),
                                            m_history.get());
    m_campaigns = new CampaignController(m_store.get(), m_runner.get(), &m_scheduler, &m_prompter,
                                         m_window.get());
    m_window->show();
}

void TestCampaigns::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_runner.reset();
    m_store.reset();
    m_recovery.reset();
    m_accounts.reset();
    m_history.reset();
    m_dir.reset();
}

Campaign TestCampaigns::campaign(const QString &file, const QDateTime &start,
                                 const QDateTime &end) const
{
    const ReadResult read = MenuFile::readFile(file);
    Campaign campaign;
    campaign.id = m_store->newId();
    campaign.sourceFile = file;
    campaign.document = read.data;
    campaign.account = m_accounts->current();
    campaign.savedAccount = true;
    campaign.start = start.toUTC();
    campaign.end = end.isValid() ? end.toUTC() : QDateTime();
    campaign.createdAt = m_now;
    return campaign;
}

void TestCampaigns::markStarted(Campaign *campaign)
{
    campaign->state = Campaign::State::Started;
    campaign->hasSnapshot = true; // the account was empty before the start
    campaign->hasPublished = true;
    campaign->published = campaign->document;
}

QAction *TestCampaigns::action(const QString &name) const
{
    auto *found = m_window->findChild<QAction *>(name);
    return found;
}

ScheduleDialog *TestCampaigns::openSchedule()
{
    if (!m_window->files()->openFile(kSample))
        return nullptr;
    QAction *schedule = action(QStringLiteral("actionSchedule"));
    if (!schedule)
        return nullptr;
    schedule->trigger();
    return m_window->findChild<ScheduleDialog *>(QStringLiteral("scheduleDialog"));
}

void TestCampaigns::campaignsListsACampaignWithItsStateAndBothTimes()
{
    QString error;
    const Campaign double11 = campaign(kSample, beijing(11, 0), beijing(12, 0));
    QVERIFY2(m_store->save(double11, &error), qPrintable(error));

    QAction *campaigns = action(QStringLiteral("actionCampaigns"));
    QVERIFY(campaigns);
    QVERIFY(
        m_window->findChild<QMenu *>(QStringLiteral("accountMenu"))->actions().contains(campaigns));
    campaigns->trigger();
    auto *dialog = m_window->findChild<CampaignsDialog *>(QStringLiteral("campaignsDialog"));
    QVERIFY(dialog);
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->data(CampaignsDialog::MenuColumn, CampaignsDialog::IdRole).toString(),
             double11.id);
    QCOMPARE(item->text(CampaignsDialog::MenuColumn), QStringLiteral("sample-menu"));
    QVERIFY(!item->icon(CampaignsDialog::MenuColumn).isNull());
    QCOMPARE(item->text(CampaignsDialog::StateColumn),
             Campaign::stateText(Campaign::State::Scheduled));
    QCOMPARE(item->text(CampaignsDialog::AccountColumn), Account::sandboxDisplayName());

    // Paris is seven hours behind Beijing in November: 00:00 there is 17:00 the day before.
    const QLocale locale;
    const QString parisStart = locale.toString(
        QDateTime(QDate(2030, 11, 10), QTime(17, 0), Qt::LocalTime), QLocale::ShortFormat);
    const QString parisEnd = locale.toString(
        QDateTime(QDate(2030, 11, 11), QTime(17, 0), Qt::LocalTime), QLocale::ShortFormat);
    const QString beijingStart = locale.toString(beijing(11, 0), QLocale::ShortFormat);
    const QString beijingEnd = locale.toString(beijing(12, 0), QLocale::ShortFormat);
    QVERIFY(parisStart.contains(QStringLiteral("17")));
    QCOMPARE(item->text(CampaignsDialog::LocalTimeColumn),
             QStringLiteral("Start: %1\nEnd: %2").arg(parisStart, parisEnd));
    QCOMPARE(item->text(CampaignsDialog::BeijingTimeColumn),
             QStringLiteral("Start: %1\nEnd: %2").arg(beijingStart, beijingEnd));
    QVERIFY(dialog->cancelButton()->isEnabled());

    // Once its end has passed before the start ran, it shows as missed.
    m_now = beijing(13, 0).toUTC();
    dialog->reload();
    QCOMPARE(list->topLevelItem(0)->text(CampaignsDialog::StateColumn),
             Campaign::stateText(Campaign::State::Missed));
    dialog->close();
}

void TestCampaigns::cancelForgetsAScheduledCampaignAndAsksForAStartedOne()
{
    QString error;
    const Campaign scheduled = campaign(kSample, beijing(11, 0), beijing(12, 0));
    QVERIFY(m_store->save(scheduled, &error));
    Campaign started = campaign(kSample, beijing(10, 0), beijing(12, 0));
    markStarted(&started);
    QVERIFY(m_store->save(started, &error));

    action(QStringLiteral("actionCampaigns"))->trigger();
    auto *dialog = m_window->findChild<CampaignsDialog *>(QStringLiteral("campaignsDialog"));
    QVERIFY(dialog);
    QTreeWidget *list = dialog->list();
    const auto select = [list](const QString &id) {
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->data(0, CampaignsDialog::IdRole).toString() == id)
                list->setCurrentItem(list->topLevelItem(row));
        }
        return list->currentItem()->data(0, CampaignsDialog::IdRole).toString() == id;
    };

    // A scheduled campaign: cancelled without a question.
    QVERIFY(select(scheduled.id));
    dialog->cancelButton()->click();
    QVERIFY(m_prompter.questions.isEmpty());
    QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(QLatin1Char('\n'))));
    Campaign read;
    QVERIFY(m_store->read(scheduled.id, &read, &error));
    QCOMPARE(read.state, Campaign::State::Cancelled);
    QVERIFY(select(scheduled.id));
    QCOMPARE(list->currentItem()->text(CampaignsDialog::StateColumn),
             Campaign::stateText(Campaign::State::Cancelled));
    QVERIFY(!dialog->cancelButton()->isEnabled());
    QVERIFY(!m_scheduler.arranged.isEmpty());

    // A started one: asked first; "no" keeps its end.
    QVERIFY(select(started.id));
    m_prompter.yesNoAnswer = false;
    dialog->cancelButton()->click();
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY(m_prompter.questions.first().contains(QStringLiteral("stays live")));
    QVERIFY(m_store->read(started.id, &read, &error));
    QCOMPARE(read.end, started.end);
    // "yes" drops the end: the campaign menu stays.
    m_prompter.yesNoAnswer = true;
    QVERIFY(select(started.id));
    dialog->cancelButton()->click();
    QVERIFY(m_store->read(started.id, &read, &error));
    QVERIFY(!read.end.isValid());
    QCOMPARE(read.state, Campaign::State::Started);
    dialog->close();
}

void TestCampaigns::scheduleRefusesAnEndBeforeTheStart()
{
    ScheduleDialog *dialog = openSchedule();
    QVERIFY(dialog);
    QVERIFY(dialog->startEdit()->dateTime() > m_now);
    dialog->setTimes(m_now.addSecs(3600), m_now.addSecs(1800));
    QVERIFY(dialog->endCheck()->isChecked());
    QCOMPARE(dialog->timeMessage()->fullText(),
             QStringLiteral("The end must come after the start."));
    QVERIFY(!dialog->scheduleButton()->isEnabled());
    dialog->schedule();
    QCOMPARE(m_prompter.errors.size(), 1);
    QVERIFY(m_prompter.errors.first().contains(QStringLiteral("end must come after the start")));
    QVERIFY(m_store->load().isEmpty());
    // An end equal to the start is refused too; a later one is fine.
    dialog->setTimes(m_now.addSecs(3600), m_now.addSecs(3600));
    QVERIFY(!dialog->scheduleButton()->isEnabled());
    dialog->setTimes(m_now.addSecs(3600), m_now.addSecs(7200));
    QVERIFY(dialog->scheduleButton()->isEnabled());
    QVERIFY(dialog->timeMessage()->fullText().isEmpty());
    dialog->reject();
}

void TestCampaigns::scheduleWarnsWhenTheStartIsSoon()
{
    ScheduleDialog *dialog = openSchedule();
    QVERIFY(dialog);
    dialog->setTimes(m_now.addSecs(2 * 60), QDateTime());
    QVERIFY(dialog->timeMessage()->fullText().contains(QStringLiteral("less than five minutes")));
    QVERIFY(dialog->scheduleButton()->isEnabled());

    // Asked; "no" schedules nothing.
    m_prompter.yesNoAnswer = false;
    dialog->scheduleButton()->click();
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY(m_prompter.questions.first().contains(QStringLiteral("less than five minutes")));
    QVERIFY(m_store->load().isEmpty());
    QVERIFY(dialog->isVisible());

    // "yes" adds it through the core, for the current account, and arranges the timer.
    m_prompter.yesNoAnswer = true;
    dialog->scheduleButton()->click();
    const QList<Campaign> added = m_store->load();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().state, Campaign::State::Scheduled);
    QCOMPARE(added.first().start, m_now.addSecs(2 * 60));
    QVERIFY(!added.first().end.isValid());
    QCOMPARE(added.first().account.name, m_accounts->current().name);
    QCOMPARE(QFileInfo(added.first().sourceFile).fileName(), QStringLiteral("sample-menu.json"));
    QVERIFY(!m_scheduler.arranged.isEmpty());
    QTRY_VERIFY(!m_window->findChild<ScheduleDialog *>(QStringLiteral("scheduleDialog")));

    // Five minutes or more: no warning.
    dialog = openSchedule();
    QVERIFY(dialog);
    dialog->setTimes(m_now.addSecs(5 * 60), QDateTime());
    QVERIFY(dialog->timeMessage()->fullText().isEmpty());
    dialog->reject();
}

void TestCampaigns::scheduleShowsWhatTheStartChanges()
{
    ScheduleDialog *dialog = openSchedule();
    QVERIFY(dialog);
    // The Sandbox starts empty: the sample's default menu and its conditional menus are added.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->compared(), 20000);
    QVERIFY(!dialog->review()->cards().isEmpty());
    QVERIFY(dialog->message()->text().contains(QStringLiteral("change at the start")));
    dialog->reject();
}

void TestCampaigns::aDueStepRunsInTheEditorAndIsAnnounced()
{
    // The editor's runner, with sessions to the Sandbox as the editor makes them.
    HostedSandbox sandbox(m_accounts->sandbox());
    CampaignSessions sessions(m_accounts->network(), m_keychain.get(), &sandbox);
    m_campaigns->deleteLater();
    m_campaigns = nullptr;
    QTRY_VERIFY(!m_window->findChild<CampaignController *>());
    m_runner = std::make_unique<CampaignRunner>(
        m_store.get(), m_history.get(), [&sessions](const Campaign &campaign, QString *error) {
            return sessions.create(campaign, error);
        });
    m_runner->setClock([this] { return m_now; });
    m_campaigns = new CampaignController(m_store.get(), m_runner.get(), &m_scheduler, &m_prompter,
                                         m_window.get());
    // Never the user's desktop: a bus that is not there (the status bar still says it).
    m_campaigns->setNotifier(new DesktopNotifier(QDBusConnection(QStringLiteral("no-bus"))));
    QSignalSpy notified(m_campaigns->notifier(), &DesktopNotifier::delivered);
    QSignalSpy ran(m_campaigns, &CampaignController::ran);
    QSignalSpy said(m_campaigns, &CampaignController::statusMessage);

    QString error;
    const Campaign due = campaign(kSample, beijing(10, 19), beijing(12, 0));
    QVERIFY(m_store->save(due, &error));
    m_campaigns->startRunning(); // as when the editor starts
    QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 1, 20000);
    Campaign read;
    QVERIFY(m_store->read(due.id, &read, &error));
    QCOMPARE(read.state, Campaign::State::Started);
    QVERIFY(!said.isEmpty());
    QCOMPARE(said.first().first().toString(),
             QStringLiteral("Campaign started: sample-menu is live on %1")
                 .arg(Account::sandboxDisplayName()));
    QCOMPARE(notified.size(), 1);
    QVERIFY(!m_scheduler.arranged.isEmpty());
    // Nothing more is due: the next tick runs nothing.
    m_campaigns->runDue();
    QTRY_COMPARE_WITH_TIMEOUT(ran.size(), 2, 20000);
    QCOMPARE(said.size(), 1);
    m_campaigns->deleteLater();
    m_campaigns = nullptr;
    QTRY_VERIFY(!m_window->findChild<CampaignController *>());
}

void TestCampaigns::screenshot()
{
    // With WEMENU_SCREENSHOT_DIR set: the Campaigns dialog for the README.
    const QString directory = qEnvironmentVariable("WEMENU_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("WEMENU_SCREENSHOT_DIR is not set");
    QString error;
    Campaign double11 = campaign(kSample, beijing(11, 0), beijing(12, 0));
    double11.sourceFile = QStringLiteral("double-11.json");
    QVERIFY(m_store->save(double11, &error));
    Campaign spring = campaign(kSample, beijing(1, 0), beijing(8, 0));
    spring.start = QDateTime(QDate(2030, 2, 2), QTime(0, 0), kBeijing).toUTC();
    spring.end = QDateTime(QDate(2030, 2, 9), QTime(0, 0), kBeijing).toUTC();
    spring.sourceFile = QStringLiteral("spring-festival.json");
    spring.state = Campaign::State::Ended;
    QVERIFY(m_store->save(spring, &error));
    Campaign launch = campaign(kSample, beijing(10, 10), QDateTime());
    launch.sourceFile = QStringLiteral("launch.json");
    markStarted(&launch);
    QVERIFY(m_store->save(launch, &error));
    action(QStringLiteral("actionCampaigns"))->trigger();
    auto *dialog = m_window->findChild<CampaignsDialog *>(QStringLiteral("campaignsDialog"));
    QVERIFY(dialog);
    dialog->resize(980, 460);
    QVERIFY(dialog->grab().save(QDir(directory).filePath(QStringLiteral("campaigns.png"))));
    dialog->close();
}

QTEST_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
