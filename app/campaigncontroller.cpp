#include "campaigncontroller.h"

#include "campaignnotes.h"

#include "desktopnotifier.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "publishingactions.h"

#include <accountdirectory.h>
#include <campaignrunner.h>
#include <campaignsdialog.h>
#include <campaignstore.h>
#include <campaigntime.h>
#include <issuesummary.h>
#include <menudocument.h>
#include <prompter.h>
#include <scheduledialog.h>
#include <systemscheduler.h>
#include <validator.h>

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace {

/// How long the status bar and the tray icon show a step.
constexpr int kShownMs = 15 * 1000;

QString menuName(const Campaign &campaign)
{
    return CampaignNotes::menuName(campaign);
}

} // namespace

CampaignController::CampaignController(CampaignStore *store, CampaignRunner *runner,
                                       SystemScheduler *scheduler, Prompter *prompter,
                                       MainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_runner(runner)
    , m_scheduler(scheduler)
    , m_prompter(prompter)
    , m_window(window)
    , m_notifier(new DesktopNotifier(this))
{
    m_notifier->setFallback(
        [this](const QString &summary, const QString &body) { showTrayMessage(summary, body); });
    m_runner->setLockTimeout(0); // another run under way: leave it, the next tick comes soon
    connect(m_runner, &CampaignRunner::stepFinished, this, &CampaignController::notifyStep);
    connect(m_runner, &CampaignRunner::campaignMissed, this,
            [this](const Campaign &campaign, const QString &outcome) {
                const QString summary = CampaignNotes::missedSummary(campaign);
                m_notifier->notify(summary, outcome);
                emit statusMessage(summary);
            });

    m_scheduleAction = new QAction(tr("Sc&hedule This Menu…"), this);
    m_scheduleAction->setObjectName(QStringLiteral("actionSchedule"));
    m_scheduleAction->setToolTip(
        tr("Publish this menu at a set time, and put the previous menus back at another"));
    connect(m_scheduleAction, &QAction::triggered, this, [this] { scheduleThisMenu(); });
    m_campaignsAction = new QAction(tr("Ca&mpaigns…"), this);
    m_campaignsAction->setObjectName(QStringLiteral("actionCampaigns"));
    m_campaignsAction->setToolTip(tr("The scheduled menus, their state and times"));
    connect(m_campaignsAction, &QAction::triggered, this, [this] { showCampaigns(); });
    if (PublishingActions *publishing = window->publishing())
        publishing->addActions({m_scheduleAction, m_campaignsAction});
    connect(this, &CampaignController::statusMessage, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, kShownMs); });

    m_timer.setInterval(kRunInterval);
    connect(&m_timer, &QTimer::timeout, this, &CampaignController::runDue);
}

CampaignController::~CampaignController() = default;

void CampaignController::setNotifier(DesktopNotifier *notifier)
{
    delete m_notifier;
    m_notifier = notifier;
    m_notifier->setParent(this);
    m_notifier->setFallback(
        [this](const QString &summary, const QString &body) { showTrayMessage(summary, body); });
}

void CampaignController::startRunning()
{
    m_timer.start();
    // The steps due at start run once the window is on screen, not before it is drawn.
    QTimer::singleShot(kFirstRun, this, &CampaignController::runDue);
}

void CampaignController::runDue()
{
    if (m_runner->isRunning())
        return;
    m_runner->runDue([self = QPointer<CampaignController>(this)](const CampaignRunReport &report) {
        if (!self)
            return;
        if (report.ran > 0 || report.failed > 0)
            self->arrange();
        if (self->m_campaignsDialog)
            self->m_campaignsDialog->reload();
        emit self->ran(report);
    });
}

void CampaignController::notifyStep(const Campaign &campaign, Campaign::Step step, bool ok,
                                    const QString &outcome)
{
    const QString summary = CampaignNotes::stepSummary(campaign, step, ok);
    m_notifier->notify(summary, outcome);
    emit statusMessage(summary);
}

void CampaignController::showTrayMessage(const QString &summary, const QString &body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the status bar has it
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
            m_window->raise();
            m_window->activateWindow();
            showCampaigns();
        });
    }
    m_tray->show();
    m_tray->showMessage(summary, body, QSystemTrayIcon::Information, kShownMs);
}

QString CampaignController::arrange()
{
    if (!m_scheduler)
        return {};
    QString message;
    m_scheduler->arrange(m_store->nextStepTime(), &message);
    return message;
}

ScheduleDialog *CampaignController::scheduleThisMenu()
{
    MenuDocument *document = m_window->document();
    AccountDirectory *accounts =
        m_window->publishing() ? m_window->publishing()->accounts() : nullptr;
    if (!document || !accounts)
        return nullptr;
    if (m_scheduleDialog)
        m_scheduleDialog->close();
    const QString sourceFile = document->fileName();
    auto *dialog = new ScheduleDialog(accounts, document->data(), m_window);
    m_scheduleDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPrompter(m_prompter);
    dialog->setClock([runner = m_runner] { return runner->now(); });
    connect(dialog, &ScheduleDialog::scheduleRequested, this,
            [this, dialog, data = document->data(), sourceFile](const QDateTime &start,
                                                                const QDateTime &end) {
                QString message;
                if (!add(data, sourceFile, start, end, &message)) {
                    dialog->showFailure(message);
                    return;
                }
                emit statusMessage(message);
                dialog->accept();
            });
    dialog->open(); // window-modal, without a nested event loop
    dialog->compare();
    return dialog;
}

CampaignsDialog *CampaignController::showCampaigns()
{
    if (m_campaignsDialog) {
        m_campaignsDialog->reload();
        m_campaignsDialog->raise();
        return m_campaignsDialog;
    }
    auto *dialog = new CampaignsDialog(m_store, m_window);
    m_campaignsDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock([runner = m_runner] { return runner->now(); });
    connect(dialog, &CampaignsDialog::cancelRequested, this, [this, dialog](const Campaign &c) {
        QString message;
        if (cancel(c.id, &message))
            emit statusMessage(message);
        else if (!message.isEmpty())
            m_prompter->showError(dialog, dialog->windowTitle(), message);
        dialog->reload();
    });
    dialog->open();
    return dialog;
}

bool CampaignController::add(const DocumentData &document, const QString &sourceFile,
                             const QDateTime &start, const QDateTime &end, QString *message)
{
    AccountDirectory *accounts =
        m_window->publishing() ? m_window->publishing()->accounts() : nullptr;
    if (!accounts)
        return false;
    if (Validator::awaitsFirstButton(document)) {
        *message = Validator::noButtonsYet();
        return false;
    }
    if (const int errors = IssueSummary::errorCount(Validator::validate(document, Shape::Document));
        errors > 0) {
        *message = tr("The menu has %1 error(s); fix them (see the Problems list) before "
                      "scheduling it.")
                       .arg(errors);
        return false;
    }
    if (end.isValid() && end <= start) {
        *message = tr("The end must come after the start.");
        return false;
    }
    const QDateTime now = m_runner->now().toUTC();
    Campaign campaign;
    campaign.id = m_store->newId();
    campaign.sourceFile = sourceFile;
    campaign.document = document;
    campaign.account = accounts->current();
    campaign.savedAccount = true;
    campaign.start = start.toUTC();
    campaign.end = end.isValid() ? end.toUTC() : QDateTime();
    campaign.createdAt = now;
    campaign.state = Campaign::State::Scheduled;
    const QString account = campaign.account.displayName();
    campaign.addLog(
        now, QStringLiteral("add"), QStringLiteral("done"),
        campaign.end.isValid()
            ? tr("Scheduled in the editor: %1 goes live on %2 at %3 and the menus "
                 "before it come back at %4.")
                  .arg(menuName(campaign), account, CampaignTime::both(campaign.start),
                       CampaignTime::both(campaign.end))
            : tr("Scheduled in the editor: %1 goes live on %2 at %3.")
                  .arg(menuName(campaign), account, CampaignTime::both(campaign.start)));
    QString error;
    if (!m_store->save(campaign, &error)) {
        *message = error;
        return false;
    }
    *message = campaign.start <= now
                   ? tr("Scheduled: the start has passed, so %1 goes live on %2 now.")
                         .arg(menuName(campaign), account)
                   : tr("Scheduled: %1 goes live on %2 at %3.")
                         .arg(menuName(campaign), account, CampaignTime::both(campaign.start));
    const QString timer = arrange();
    if (!timer.isEmpty())
        *message += QLatin1Char(' ') + timer;
    if (campaign.start <= now)
        runDue();
    return true;
}

bool CampaignController::cancel(const QString &id, QString *message)
{
    QLockFile lock(m_store->lockFile());
    if (!lock.tryLock(0)) {
        *message = tr("A campaign step is running right now; try again in a moment.");
        return false;
    }
    Campaign campaign;
    if (!m_store->read(id, &campaign, message))
        return false;
    const QDateTime now = m_runner->now().toUTC();
    const QString account = campaign.account.displayName();
    if (campaign.state == Campaign::State::Scheduled && !campaign.running) {
        campaign.state = Campaign::State::Cancelled;
        campaign.addLog(now, QStringLiteral("cancel"), QStringLiteral("cancelled"),
                        tr("Cancelled in the editor before its start."));
        *message = tr("Cancelled: %1 will not go live on %2.").arg(menuName(campaign), account);
    } else if (campaign.state == Campaign::State::Started && campaign.end.isValid() &&
               !campaign.running) {
        const QString question =
            tr("%1 is live on %2. If you cancel the campaign, it stays live: the menus from "
               "before the start are not put back at %3. Cancel the campaign?")
                .arg(menuName(campaign), account, CampaignTime::both(campaign.end));
        if (!m_prompter->askYesNo(m_window, tr("Cancel Campaign"), question)) {
            message->clear();
            return false;
        }
        campaign.end = QDateTime();
        campaign.addLog(now, QStringLiteral("cancel"), QStringLiteral("end dropped"),
                        tr("The end was cancelled in the editor: the campaign menu stays live."));
        *message = tr("Cancelled: %1 stays live on %2.").arg(menuName(campaign), account);
    } else {
        *message = tr("This campaign has no step left to cancel (%1).")
                       .arg(Campaign::stateText(campaign.state));
        return false;
    }
    if (!m_store->save(campaign, message))
        return false;
    lock.unlock();
    const QString timer = arrange();
    if (!timer.isEmpty())
        *message += QLatin1Char(' ') + timer;
    return true;
}
