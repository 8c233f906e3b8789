#pragma once

#include "campaign.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class AccountSession;
struct ApiResult;
struct DocumentData;
struct LiveResult;
struct PublishOutcome;
class CampaignStore;
class PublishHistory;

/// What one run of due steps did.
struct CampaignRunReport
{
    bool busy = false;    ///< another run held the lock: nothing ran
    int ran = 0;          ///< steps that ran to their end (done, restored)
    int failed = 0;       ///< steps that failed, were refused, or skipped the restore; missed ones
    QStringList messages; ///< one line per step, missed campaign or unreadable file, in words
    QStringList problems; ///< the lines of `messages` that make the run fail (exit 1)

    bool ok() const { return !busy && problems.isEmpty(); }
};

/**
 * Runs every due step of the store's campaigns once (design.md, "Campaign rules"): a
 * QLockFile keeps two runs apart, and every campaign is read again once the lock is held, so
 * no step runs twice. The start reads the live menus (the snapshot), publishes the document
 * with the plan and runner of `push` (PublishPlanner, PublishRunner: history, exactly once,
 * verify); the end restores the snapshot only while the live menus equal what the start
 * published. A start that failed part-way restores the snapshot while live is on its path; a
 * restore that stops too stays pending (Campaign::putBackPending) and resumes the same way;
 * an end that stopped part-way (failed or interrupted) stays due and resumes, planned again
 * from live, while live is on its own path (else "restore skipped"). Transient failures (busy,
 * timeout, network) and part-way ends are retried by the next run, at most three times; a
 * daily quota makes the end wait for the next 00:00 Beijing time (Campaign::retryAfter).
 */
class CampaignRunner : public QObject
{
    Q_OBJECT

public:
    /// Builds an unopened session for a campaign's account (the runner opens it), or null
    /// with `error` set (e.g. no such saved account, no secret in the environment).
    using SessionFactory =
        std::function<std::unique_ptr<AccountSession>(const Campaign &campaign, QString *error)>;
    using Clock = std::function<QDateTime()>;
    using Callback = std::function<void(const CampaignRunReport &)>;

    /// `store` and `history` are not owned and must outlive the runner.
    CampaignRunner(CampaignStore *store, PublishHistory *history, SessionFactory sessions,
                   QObject *parent = nullptr);
    ~CampaignRunner() override;

    /// The clock (UTC); the system clock by default. `--now` stands in for it.
    void setClock(Clock clock);
    QDateTime now() const;
    /// How long to wait for another run's lock: -1 waits until it is free, 0 leaves at once
    /// (the editor). Default -1.
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }

    /// Runs every step due now, one after the other, then calls `done`. Never two at once.
    void runDue(Callback done);
    bool isRunning() const { return m_running; }

signals:
    /// A step begins (`campaign` as stored before it).
    void stepStarted(const Campaign &campaign, Campaign::Step step);
    /// A step ended: `ok` false when it failed, was refused or skipped the restore; `outcome`
    /// says what happened in words (for a desktop notification). `campaign` as now stored.
    void stepFinished(const Campaign &campaign, Campaign::Step step, bool ok,
                      const QString &outcome);
    /// A campaign was found missed: neither step ran.
    void campaignMissed(const Campaign &campaign, const QString &outcome);

private:
    struct Run;
    using Step = Campaign::Step;
    void next();
    void finish();
    void runStep(const QString &id, Step step);
    void runStart(Campaign campaign, const DocumentData &live);
    void runEnd(Campaign campaign, const DocumentData &live);
    void restoreAfterStart(Campaign campaign, const ApiResult &failure, const QString &why);
    /// The put back after a failed start stopped (`stopped` in words, `failure` the error if
    /// any): it stays pending and resumes later, or the campaign fails for good.
    void putBackStopped(Campaign campaign, const QString &why, const QString &stopped,
                        const ApiResult &failure, bool transient, bool progressed);
    void publish(const DocumentData &live, const DocumentData &wanted,
                 std::function<void(const PublishOutcome &)> done);
    void readLive(std::function<void(const LiveResult &)> done);
    void stepDone(Campaign campaign, Step step, bool ok, const QString &outcome);
    bool save(const Campaign &campaign);

    CampaignStore *m_store;
    PublishHistory *m_history;
    SessionFactory m_sessions;
    Clock m_clock;
    int m_lockTimeoutMs = -1;
    bool m_running = false;
    std::unique_ptr<Run> m_run;
};
