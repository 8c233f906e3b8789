#pragma once

#include <campaign.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CampaignRunner;
class CampaignStore;
class CampaignsDialog;
class DesktopNotifier;
class MainWindow;
class Prompter;
class QAction;
class QSystemTrayIcon;
class ScheduleDialog;
class SystemScheduler;
struct CampaignRunReport;
struct DocumentData;

/**
 * The editor's side of campaigns: Account › Schedule This Menu… and Account › Campaigns…,
 * the due steps run when the editor starts and once a minute while it is open (through the
 * core's CampaignRunner, without waiting for another run's lock), and a desktop notification
 * for each step (a tray message where no notification service answers). The campaign's log
 * and the publish history are written by the runner.
 */
class CampaignController : public QObject
{
    Q_OBJECT

public:
    /// How often the editor looks for due steps while it is open.
    static constexpr int kRunInterval = 60 * 1000;
    /// Milliseconds after the start before the first run, once the window is on screen.
    static constexpr int kFirstRun = 1000;

    /// Adds the actions to `window`'s Account menu. `store`, `runner` and `scheduler` (may be
    /// null: no system timer) are not owned and outlive the controller.
    CampaignController(CampaignStore *store, CampaignRunner *runner, SystemScheduler *scheduler,
                       Prompter *prompter, MainWindow *window);
    ~CampaignController() override;

    QAction *scheduleAction() const { return m_scheduleAction; }
    QAction *campaignsAction() const { return m_campaignsAction; }
    DesktopNotifier *notifier() const { return m_notifier; }
    /// Notifies through `notifier` (a private bus in tests) instead of the session bus; takes
    /// it over.
    void setNotifier(DesktopNotifier *notifier);

    /// Runs the due steps shortly (kFirstRun) and then every kRunInterval.
    void startRunning();
    /// Runs the due steps now unless a run is under way.
    void runDue();

    /// Opens Schedule This Menu for the open document and the current account.
    ScheduleDialog *scheduleThisMenu();
    /// Opens the list of campaigns.
    CampaignsDialog *showCampaigns();

    /**
     * Adds a campaign: `document` (from `sourceFile`) published to the current account at
     * `start`, the menus before it restored at `end` (invalid: never), then arranges the system
     * timer. Returns false with `message` saying why when it is refused; else `message` says
     * when it runs and whether the system timer runs it.
     */
    bool add(const DocumentData &document, const QString &sourceFile, const QDateTime &start,
             const QDateTime &end, QString *message);
    /// Cancels `id`: a scheduled campaign runs neither step; a started one keeps its menu and
    /// drops its end (after asking). False with `message` set when nothing changed.
    bool cancel(const QString &id, QString *message);

signals:
    /// A line for the status bar.
    void statusMessage(const QString &text);
    /// A run of due steps ended.
    void ran(const CampaignRunReport &report);

private:
    void notifyStep(const Campaign &campaign, Campaign::Step step, bool ok, const QString &outcome);
    void showTrayMessage(const QString &summary, const QString &body);
    /// Asks the system timer for the next step; returns what it said.
    QString arrange();

    CampaignStore *m_store;
    CampaignRunner *m_runner;
    SystemScheduler *m_scheduler;
    Prompter *m_prompter;
    MainWindow *m_window;
    DesktopNotifier *m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_scheduleAction;
    QAction *m_campaignsAction;
    QTimer m_timer;
    QPointer<CampaignsDialog> m_campaignsDialog;
    QPointer<ScheduleDialog> m_scheduleDialog;
};
