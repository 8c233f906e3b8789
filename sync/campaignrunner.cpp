#include "campaignrunner.h"

#include "accountsession.h"
#include "campaignstore.h"
#include "errorpolicy.h"
#include "livemenus.h"
#include "publishcheck.h"
#include "publishhistory.h"
#include "publishplanner.h"
#include "publishrunner.h"

#include <errcodes.h>

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

namespace {

/// Busy, a timeout, the network, an answer lost: worth another try at the next run.
bool isTransient(const ApiResult &result)
{
    switch (result.kind) {
    case ApiResult::Kind::NetworkError:
    case ApiResult::Kind::Timeout:
    case ApiResult::Kind::LostReply:
        return true;
    default:
        return ErrorPolicy::outcomeUnknown(result);
    }
}

/// Beijing time (UTC+8 all year), the clock WeChat's daily quotas reset by.
QTimeZone beijing()
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone.isValid() ? zone : QTimeZone(8 * 3600);
}

/// When the cause of a lasting error can have passed (UTC): a daily quota at the next 00:00
/// Beijing time, a per-minute one a minute later. Invalid for any other error.
QDateTime causePassesAt(const ApiResult &result, const QDateTime &now)
{
    if (result.kind != ApiResult::Kind::WeChatError)
        return {};
    if (result.errcode == ErrCode::DailyQuotaReached) {
        const QDate today = now.toTimeZone(beijing()).date();
        return QDateTime(today.addDays(1), QTime(0, 0), beijing()).toUTC();
    }
    if (result.errcode == ErrCode::MinuteQuotaReached)
        return now.addSecs(60);
    return {};
}

/// The states a publish of `wanted` from `from` passes through, `from` first.
QList<DocumentData> pathOf(const DocumentData &from, const QList<PublishStep> &steps,
                           const DocumentData &wanted)
{
    QList<DocumentData> states{from};
    for (const PublishStep &step : steps)
        states.append(PublishCheck::after(states.last(), step, wanted));
    return states;
}

bool onPath(const DocumentData &live, const QList<DocumentData> &states)
{
    for (const DocumentData &state : states) {
        if (PublishCheck::sameState(live, state) || LiveMenus::sameContent(live, state))
            return true;
    }
    return false;
}

/// "3f2a1b0c (spring.json)": how messages name a campaign.
QString label(const Campaign &campaign)
{
    const QString file = QFileInfo(campaign.sourceFile).fileName();
    return file.isEmpty() ? campaign.id : QStringLiteral("%1 (%2)").arg(campaign.id, file);
}

} // namespace

struct CampaignRunner::Run
{
    CampaignRunReport report;
    QList<std::pair<QString, Campaign::Step>> queue;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<AccountSession> session;
    Callback done;
    QDateTime now;
};

CampaignRunner::CampaignRunner(CampaignStore *store, PublishHistory *history,
                               SessionFactory sessions, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_history(history)
    , m_sessions(std::move(sessions))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

CampaignRunner::~CampaignRunner() = default;

void CampaignRunner::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime CampaignRunner::now() const
{
    return m_clock().toUTC();
}

void CampaignRunner::runDue(Callback done)
{
    if (m_running) {
        CampaignRunReport report;
        report.busy = true;
        report.messages.append(tr("Due steps are already being run."));
        QTimer::singleShot(0, this, [done, report] { done(report); });
        return;
    }
    m_running = true;
    m_run = std::make_unique<Run>();
    m_run->done = std::move(done);
    m_run->now = now();

    QDir().mkpath(m_store->directory());
    m_run->lock = std::make_unique<QLockFile>(m_store->lockFile());
    // A run holds the lock for as long as its steps take; only a dead holder makes it stale.
    m_run->lock->setStaleLockTime(0);
    if (!m_run->lock->tryLock(m_lockTimeoutMs)) {
        m_run->report.busy = true;
        m_run->report.messages.append(
            tr("Another run of due campaign steps holds %1; this one leaves them to it.")
                .arg(m_store->lockFile()));
        m_run->lock.reset();
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }

    // Read once the lock is held: what another run did before is seen.
    QList<CampaignStore::Problem> problems;
    const QList<Campaign> campaigns = m_store->load(&problems);
    for (const CampaignStore::Problem &problem : std::as_const(problems)) {
        const QString line = tr("Skipped: %1").arg(problem.message);
        m_run->report.messages.append(line);
        m_run->report.problems.append(line);
    }
    for (Campaign campaign : campaigns) {
        if (campaign.isMissed(m_run->now)) {
            campaign.state = Campaign::State::Missed;
            const QString text =
                tr("Campaign %1 was missed: its start (%2) and end (%3) both passed before it "
                   "could run, so neither step ran and the account was not changed.")
                    .arg(label(campaign), campaign.start.toString(Qt::ISODate),
                         campaign.end.toString(Qt::ISODate));
            campaign.failure = text;
            campaign.addLog(m_run->now, QStringLiteral("start"), QStringLiteral("missed"), text);
            save(campaign);
            ++m_run->report.failed;
            m_run->report.messages.append(text);
            m_run->report.problems.append(text);
            emit campaignMissed(campaign, text);
            continue;
        }
        if (const std::optional<Step> step = campaign.dueStep(m_run->now))
            m_run->queue.append({campaign.id, *step});
    }
    QTimer::singleShot(0, this, [this] { next(); });
}

void CampaignRunner::next()
{
    m_run->session.reset();
    if (m_run->queue.isEmpty()) {
        finish();
        return;
    }
    const auto [id, step] = m_run->queue.takeFirst();
    runStep(id, step);
}

void CampaignRunner::finish()
{
    std::unique_ptr<Run> run = std::move(m_run);
    if (run->lock)
        run->lock->unlock();
    m_running = false;
    if (run->done)
        run->done(run->report);
}

bool CampaignRunner::save(const Campaign &campaign)
{
    QString error;
    if (m_store->save(campaign, &error))
        return true;
    m_run->report.messages.append(error);
    m_run->report.problems.append(error);
    return false;
}

void CampaignRunner::stepDone(Campaign campaign, Step step, bool ok, const QString &outcome)
{
    save(campaign);
    m_run->report.messages.append(outcome);
    if (ok) {
        ++m_run->report.ran;
    } else {
        ++m_run->report.failed;
        m_run->report.problems.append(outcome);
    }
    emit stepFinished(campaign, step, ok, outcome);
    QTimer::singleShot(0, this, [this] { next(); });
}

void CampaignRunner::readLive(std::function<void(const LiveResult &)> done)
{
    auto *reader = new LiveMenus(m_run->session->client(), this);
    reader->pullApiMenus([reader, done](const LiveResult &live) {
        reader->deleteLater();
        done(live);
    });
}

void CampaignRunner::publish(const DocumentData &live, const DocumentData &wanted,
                             std::function<void(const PublishOutcome &)> done)
{
    auto *runner = new PublishRunner(m_run->session->client(), m_history,
                                     PublishHistory::accountKey(m_run->session->account()), this);
    runner->run(live, wanted, PublishPlanner::plan(live, wanted),
                [runner, done](const PublishOutcome &outcome) {
                    runner->deleteLater();
                    done(outcome);
                });
}

void CampaignRunner::runStep(const QString &id, Step step)
{
    Campaign campaign;
    QString error;
    if (!m_store->read(id, &campaign, &error)) {
        m_run->report.messages.append(error);
        m_run->report.problems.append(error);
        QTimer::singleShot(0, this, [this] { next(); });
        return;
    }
    if (campaign.dueStep(m_run->now) != step) { // another run took it meanwhile
        QTimer::singleShot(0, this, [this] { next(); });
        return;
    }
    campaign.retryAfter = QDateTime(); // its time has come
    emit stepStarted(campaign, step);
    m_run->session = m_sessions ? m_sessions(campaign, &error) : nullptr;
    if (!m_run->session) {
        const QString text = tr("Campaign %1: the %2 step did not run: %3")
                                 .arg(label(campaign), Campaign::stepKey(step), error);
        campaign.addLog(m_run->now, Campaign::stepKey(step), QStringLiteral("refused"), text);
        stepDone(campaign, step, false, text);
        return;
    }
    m_run->session->open([this, campaign, step](const QString &why) mutable {
        if (!why.isEmpty()) {
            const QString text = tr("Campaign %1: the %2 step did not run: %3")
                                     .arg(label(campaign), Campaign::stepKey(step), why);
            campaign.addLog(m_run->now, Campaign::stepKey(step), QStringLiteral("refused"), text);
            stepDone(campaign, step, false, text);
            return;
        }
        readLive([this, campaign, step](const LiveResult &live) mutable {
            if (!live.ok) {
                int &attempts = step == Step::Start ? campaign.startAttempts : campaign.endAttempts;
                ++attempts;
                const bool retry = isTransient(live.failure) && attempts < Campaign::kMaxAttempts;
                QString text = tr("Campaign %1: the %2 step could not read the account: %3")
                                   .arg(label(campaign), Campaign::stepKey(step),
                                        ErrorPolicy::explain(live.failure));
                if (retry) {
                    text += QLatin1Char(' ') + tr("Nothing changed; the next run tries again.");
                } else if (!campaign.running) {
                    campaign.state = Campaign::State::Failed;
                    campaign.failure = text;
                }
                campaign.addLog(m_run->now, Campaign::stepKey(step),
                                retry ? QStringLiteral("retry") : QStringLiteral("failed"), text);
                stepDone(campaign, step, false, text);
                return;
            }
            if (step == Step::Start)
                runStart(campaign, live.live);
            else
                runEnd(campaign, live.live);
        });
    });
}

void CampaignRunner::runStart(Campaign campaign, const DocumentData &live)
{
    const QString key = QStringLiteral("start");
    if (campaign.running == Step::Start) {
        // A start was interrupted: finish it if it got there, else put the snapshot back. A
        // pending put back (the start failed) always puts it back.
        if (!campaign.putBackPending && LiveMenus::sameContent(live, campaign.document)) {
            campaign.running.reset();
            campaign.state = Campaign::State::Started;
            campaign.published = live;
            campaign.hasPublished = true;
            const QString text =
                tr("Campaign %1: the interrupted start had published the document; it is live.")
                    .arg(label(campaign));
            campaign.addLog(m_run->now, key, QStringLiteral("done"), text);
            stepDone(campaign, Step::Start, true, text);
            return;
        }
        const QList<DocumentData> path =
            pathOf(campaign.snapshot, PublishPlanner::plan(campaign.snapshot, campaign.document),
                   campaign.document);
        if (!onPath(live, path)) {
            campaign.running.reset();
            campaign.state = Campaign::State::Failed;
            campaign.failure =
                campaign.putBackPending
                    ? tr("Campaign %1: the menus from before the start were still to be put "
                         "back, but the live menus have changed since in another way (someone "
                         "published meanwhile), so nothing was changed and their change stays "
                         "live. The menus from before the campaign are kept in its file and in "
                         "the publish history.")
                          .arg(label(campaign))
                    : tr("Campaign %1: the start was interrupted and the account has changed "
                         "since in another way; WeMenu changes nothing. Check the account and "
                         "publish the menus you want.")
                          .arg(label(campaign));
            campaign.putBackPending = false;
            campaign.addLog(m_run->now, key, QStringLiteral("failed"), campaign.failure);
            stepDone(campaign, Step::Start, false, campaign.failure);
            return;
        }
        if (campaign.putBackPending) {
            restoreAfterStart(campaign, ApiResult::refused(campaign.putBackWhy),
                              campaign.putBackWhy);
            return;
        }
        restoreAfterStart(campaign, ApiResult::refused(tr("the start was interrupted")),
                          tr("the start was interrupted"));
        return;
    }

    campaign.snapshot = live;
    campaign.hasSnapshot = true;
    campaign.running = Step::Start;
    ++campaign.startAttempts;
    if (!save(campaign)) { // nothing is sent unless the snapshot is kept
        m_run->report.failed++;
        QTimer::singleShot(0, this, [this] { next(); });
        return;
    }
    publish(live, campaign.document, [this, campaign, key](const PublishOutcome &outcome) mutable {
        if (outcome.status == PublishOutcome::Status::Done) {
            campaign.running.reset();
            campaign.state = Campaign::State::Started;
            campaign.published = outcome.live;
            campaign.hasPublished = true;
            campaign.failure.clear();
            const QString text =
                outcome.steps.isEmpty()
                    ? tr("Campaign %1 started: the account already showed its menus.")
                          .arg(label(campaign))
                    : tr("Campaign %1 started: its menus are published (%2 call(s)) and verified.")
                          .arg(label(campaign))
                          .arg(outcome.stepsDone);
            campaign.addLog(m_run->now, key, QStringLiteral("done"), text);
            stepDone(campaign, Step::Start, true, text);
            return;
        }
        const QString why = outcome.status == PublishOutcome::Status::Changed
                                ? tr("the live menus changed while publishing")
                            : outcome.status == PublishOutcome::Status::Unverified
                                ? tr("the account does not show the document after publishing")
                                : ErrorPolicy::explain(outcome.failure);
        if (outcome.stepsDone == 0 && outcome.status != PublishOutcome::Status::Unverified) {
            // Nothing ran: the account is as it was.
            campaign.running.reset();
            const bool retry = (isTransient(outcome.failure) ||
                                outcome.status == PublishOutcome::Status::Changed) &&
                               campaign.startAttempts < Campaign::kMaxAttempts;
            QString text = tr("Campaign %1: the start failed before changing anything: %2")
                               .arg(label(campaign), why);
            if (retry) {
                text += QLatin1Char(' ') + tr("The next run tries again.");
            } else {
                campaign.state = Campaign::State::Failed;
                text += QLatin1Char(' ') +
                        tr("The campaign has failed; the account keeps its menus. Fix the cause "
                           "and add the campaign again.");
                campaign.failure = text;
            }
            campaign.addLog(m_run->now, key,
                            retry ? QStringLiteral("retry") : QStringLiteral("failed"), text);
            stepDone(campaign, Step::Start, false, text);
            return;
        }
        restoreAfterStart(campaign, outcome.failure, why);
    });
}

void CampaignRunner::restoreAfterStart(Campaign campaign, const ApiResult &failure,
                                       const QString &why)
{
    const QString key = QStringLiteral("start");
    readLive([this, campaign, failure, why, key](const LiveResult &live) mutable {
        if (!live.ok) {
            putBackStopped(campaign, why, ErrorPolicy::explain(live.failure), live.failure,
                           isTransient(live.failure), false);
            return;
        }
        const QList<DocumentData> path =
            pathOf(campaign.snapshot, PublishPlanner::plan(campaign.snapshot, campaign.document),
                   campaign.document);
        if (!onPath(live.live, path)) {
            campaign.running.reset();
            campaign.putBackPending = false;
            campaign.state = Campaign::State::Failed;
            campaign.failure =
                tr("Campaign %1: the start stopped part-way (%2) and the account could not be "
                   "put back: %3. Open the publish history of the account and publish the menus "
                   "from before the start.")
                    .arg(label(campaign), why, tr("the account has changed in another way"));
            campaign.addLog(m_run->now, key, QStringLiteral("failed"), campaign.failure);
            stepDone(campaign, Step::Start, false, campaign.failure);
            return;
        }
        ++campaign.putBackAttempts;
        publish(live.live, campaign.snapshot,
                [this, campaign, failure, why, key](const PublishOutcome &restore) mutable {
                    if (restore.status != PublishOutcome::Status::Done) {
                        const QString stopped =
                            restore.status == PublishOutcome::Status::Changed
                                ? tr("the live menus changed while putting them back")
                            : restore.status == PublishOutcome::Status::Unverified
                                ? tr("the account does not show the menus from before")
                                : ErrorPolicy::explain(restore.failure);
                        putBackStopped(campaign, why, stopped,
                                       restore.status == PublishOutcome::Status::Failed
                                           ? restore.failure
                                           : ApiResult(),
                                       isTransient(restore.failure) ||
                                           restore.status == PublishOutcome::Status::Changed,
                                       restore.stepsDone > 0 ||
                                           restore.status == PublishOutcome::Status::Unverified);
                        return;
                    }
                    // A put back that had to wait ends the campaign: the start did not happen.
                    const bool wasPending = campaign.putBackPending;
                    campaign.running.reset();
                    campaign.putBackPending = false;
                    campaign.putBackWhy.clear();
                    campaign.putBackAttempts = 0;
                    const bool retry = !wasPending && isTransient(failure) &&
                                       campaign.startAttempts < Campaign::kMaxAttempts;
                    QString text = tr("Campaign %1: the start stopped part-way (%2); the menus "
                                      "from before it are back.")
                                       .arg(label(campaign), why);
                    if (retry) {
                        text += QLatin1Char(' ') + tr("The next run tries again.");
                    } else {
                        campaign.state = Campaign::State::Failed;
                        text += QLatin1Char(' ') + tr("The campaign has failed; fix the cause "
                                                      "and add the campaign again.");
                        campaign.failure = text;
                    }
                    campaign.addLog(m_run->now, key,
                                    retry ? QStringLiteral("retry") : QStringLiteral("restored"),
                                    text);
                    stepDone(campaign, Step::Start, false, text);
                });
    });
}

void CampaignRunner::putBackStopped(Campaign campaign, const QString &why, const QString &stopped,
                                    const ApiResult &failure, bool transient, bool progressed)
{
    // The account is part-way between the menus from before and the campaign's: the put back
    // stays pending and resumes from the account as it is then, after a quota at the time it
    // resets, after a passing error at the next run, at most three times.
    const QString key = QStringLiteral("start");
    const QDateTime waitUntil = causePassesAt(failure, m_run->now);
    const bool retry = waitUntil.isValid() || ((transient || progressed) &&
                                               campaign.putBackAttempts < Campaign::kMaxAttempts);
    QString text = tr("Campaign %1: the start stopped part-way (%2), and putting the menus from "
                      "before it back stopped too: %3.")
                       .arg(label(campaign), why, stopped);
    if (retry) {
        campaign.running = Step::Start;
        campaign.putBackPending = true;
        campaign.putBackWhy = why;
        text += QLatin1Char(' ') + tr("Followers now see part of the campaign's menus and part of "
                                      "the menus from before it.");
        if (waitUntil.isValid()) {
            campaign.retryAfter = waitUntil;
            const QString when =
                waitUntil.toTimeZone(beijing()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            text += QLatin1Char(' ') +
                    tr("The first run after %1 Beijing time resumes putting them back.").arg(when);
        } else {
            text += QLatin1Char(' ') + tr("The next run resumes putting them back.");
        }
    } else {
        campaign.running.reset();
        campaign.putBackPending = false;
        campaign.state = Campaign::State::Failed;
        text += QLatin1Char(' ') + tr("The campaign has failed. Open the publish history of the "
                                      "account and publish the menus from before the start.");
        campaign.failure = text;
    }
    campaign.addLog(m_run->now, key, retry ? QStringLiteral("retry") : QStringLiteral("failed"),
                    text);
    stepDone(campaign, Step::Start, false, text);
}

void CampaignRunner::runEnd(Campaign campaign, const DocumentData &live)
{
    const QString key = QStringLiteral("end");
    if (campaign.running == Step::End) {
        // An end was interrupted: resume while the account is on its path.
        const DocumentData from = campaign.hasPublished ? campaign.published : campaign.document;
        const QList<DocumentData> path =
            pathOf(from, PublishPlanner::plan(from, campaign.snapshot), campaign.snapshot);
        if (!onPath(live, path)) {
            campaign.running.reset();
            campaign.state = Campaign::State::RestoreSkipped;
            campaign.failure =
                tr("Campaign %1: restore skipped: the end had stopped part-way, and the live "
                   "menus have changed since in another way (someone published meanwhile), so "
                   "nothing was changed and their change stays live. The menus from before "
                   "the campaign are kept in its file and in the publish history.")
                    .arg(label(campaign));
            campaign.addLog(m_run->now, key, QStringLiteral("skipped"), campaign.failure);
            stepDone(campaign, Step::End, false, campaign.failure);
            return;
        }
    } else if (!LiveMenus::sameContent(live, campaign.published)) {
        campaign.state = Campaign::State::RestoreSkipped;
        campaign.failure =
            tr("Campaign %1: restore skipped: the live menus are no longer the ones the "
               "campaign published (someone changed them since the start), so nothing was "
               "restored and their change stays live. The menus from before the campaign are "
               "kept in its file and in the publish history.")
                .arg(label(campaign));
        campaign.addLog(m_run->now, key, QStringLiteral("skipped"), campaign.failure);
        stepDone(campaign, Step::End, false, campaign.failure);
        return;
    }
    campaign.running = Step::End;
    ++campaign.endAttempts;
    if (!save(campaign)) {
        m_run->report.failed++;
        QTimer::singleShot(0, this, [this] { next(); });
        return;
    }
    publish(live, campaign.snapshot, [this, campaign, key](const PublishOutcome &outcome) mutable {
        if (outcome.status == PublishOutcome::Status::Done) {
            campaign.running.reset();
            campaign.state = Campaign::State::Ended;
            campaign.failure.clear();
            const QString text =
                tr("Campaign %1 ended: the menus from before it are back (%2 call(s)) and "
                   "verified.")
                    .arg(label(campaign))
                    .arg(outcome.stepsDone);
            campaign.addLog(m_run->now, key, QStringLiteral("done"), text);
            stepDone(campaign, Step::End, true, text);
            return;
        }
        const QString why = outcome.status == PublishOutcome::Status::Changed
                                ? tr("the live menus changed while restoring")
                            : outcome.status == PublishOutcome::Status::Unverified
                                ? tr("the account does not show the restored menus")
                                : ErrorPolicy::explain(outcome.failure);
        // A restore that stopped part-way stays due and resumes from the account as it is
        // then: after a quota at the time it resets, after any other error at the next run,
        // at most three times. One that changed nothing starts afresh, for a passing cause.
        const bool partWay =
            outcome.stepsDone > 0 || outcome.status == PublishOutcome::Status::Unverified;
        if (!partWay)
            campaign.running.reset();
        const QDateTime waitUntil = outcome.status == PublishOutcome::Status::Failed
                                        ? causePassesAt(outcome.failure, m_run->now)
                                        : QDateTime();
        const bool transient =
            isTransient(outcome.failure) || outcome.status == PublishOutcome::Status::Changed;
        const bool retry = waitUntil.isValid() || ((transient || partWay) &&
                                                   campaign.endAttempts < Campaign::kMaxAttempts);
        QString text = tr("Campaign %1: the end failed: %2").arg(label(campaign), why);
        text += QLatin1Char(' ') +
                (partWay ? tr("Followers now see part of the campaign's menus and part of the "
                              "menus from before it.")
                         : tr("Followers still see the campaign's menus."));
        if (waitUntil.isValid()) {
            campaign.retryAfter = waitUntil;
            const QString when =
                waitUntil.toTimeZone(beijing()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            text +=
                QLatin1Char(' ') +
                (campaign.running ? tr("The first run after %1 Beijing time resumes the restore.")
                                  : tr("The first run after %1 Beijing time tries the end again."))
                    .arg(when);
        } else if (retry) {
            text += QLatin1Char(' ') + (campaign.running ? tr("The next run resumes the restore.")
                                                         : tr("The next run tries again."));
        } else {
            campaign.running.reset();
            campaign.state = Campaign::State::Failed;
            text += QLatin1Char(' ') +
                    tr("The campaign has failed. Open the publish history of the account and "
                       "publish the menus from before the campaign.");
            campaign.failure = text;
        }
        campaign.addLog(m_run->now, key, retry ? QStringLiteral("retry") : QStringLiteral("failed"),
                        text);
        stepDone(campaign, Step::End, false, text);
    });
}
