#include "campaignrunner.h"
#include "campaignrunner_p.h"

#include "campaignretry.h"
#include "campaignstore.h"
#include "errorpolicy.h"
#include "livemenus.h"
#include "publishhistory.h"
#include "publishplanner.h"
#include "publishrunner.h"

#include <QDir>
#include <QTimer>

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
                    .arg(campaign.label(), campaign.start.toString(Qt::ISODate),
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
                                 .arg(campaign.label(), Campaign::stepKey(step), error);
        campaign.addLog(m_run->now, Campaign::stepKey(step), QStringLiteral("refused"), text);
        stepDone(campaign, step, false, text);
        return;
    }
    m_run->session->open([this, campaign, step](const QString &why) mutable {
        if (!why.isEmpty()) {
            const QString text = tr("Campaign %1: the %2 step did not run: %3")
                                     .arg(campaign.label(), Campaign::stepKey(step), why);
            campaign.addLog(m_run->now, Campaign::stepKey(step), QStringLiteral("refused"), text);
            stepDone(campaign, step, false, text);
            return;
        }
        readLive([this, campaign, step](const LiveResult &live) mutable {
            if (!live.ok) {
                int &attempts = step == Step::Start ? campaign.startAttempts : campaign.endAttempts;
                ++attempts;
                const bool retry =
                    CampaignRetry::isTransient(live.failure) && attempts < Campaign::kMaxAttempts;
                QString text = tr("Campaign %1: the %2 step could not read the account: %3")
                                   .arg(campaign.label(), Campaign::stepKey(step),
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
