// The steps of a campaign: the start, the put back after a start that failed part-way, and
// the end. The run that picks them is in campaignrunner.cpp.

#include "campaignrunner.h"
#include "campaignrunner_p.h"

#include "campaignretry.h"
#include "campaignstore.h"
#include "errorpolicy.h"
#include "livemenus.h"
#include "publishcheck.h"
#include "publishhistory.h"
#include "publishplanner.h"
#include "publishrunner.h"

#include <QTimer>

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
                    .arg(campaign.label());
            campaign.addLog(m_run->now, key, QStringLiteral("done"), text);
            stepDone(campaign, Step::Start, true, text);
            return;
        }
        const QList<DocumentData> path = PublishCheck::pathOf(
            campaign.snapshot, PublishPlanner::plan(campaign.snapshot, campaign.document),
            campaign.document);
        if (!PublishCheck::onPath(live, path)) {
            campaign.running.reset();
            campaign.state = Campaign::State::Failed;
            campaign.failure =
                campaign.putBackPending
                    ? tr("Campaign %1: the menus from before the start were still to be put "
                         "back, but the live menus have changed since in another way (someone "
                         "published meanwhile), so nothing was changed and their change stays "
                         "live. The menus from before the campaign are kept in its file and in "
                         "the publish history.")
                          .arg(campaign.label())
                    : tr("Campaign %1: the start was interrupted and the account has changed "
                         "since in another way; WeMenu changes nothing. Check the account and "
                         "publish the menus you want.")
                          .arg(campaign.label());
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
                          .arg(campaign.label())
                    : tr("Campaign %1 started: its menus are published (%2 call(s)) and verified.")
                          .arg(campaign.label())
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
            const bool retry = (CampaignRetry::isTransient(outcome.failure) ||
                                outcome.status == PublishOutcome::Status::Changed) &&
                               campaign.startAttempts < Campaign::kMaxAttempts;
            QString text = tr("Campaign %1: the start failed before changing anything: %2")
                               .arg(campaign.label(), why);
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
                           CampaignRetry::isTransient(live.failure), false);
            return;
        }
        const QList<DocumentData> path = PublishCheck::pathOf(
            campaign.snapshot, PublishPlanner::plan(campaign.snapshot, campaign.document),
            campaign.document);
        if (!PublishCheck::onPath(live.live, path)) {
            campaign.running.reset();
            campaign.putBackPending = false;
            campaign.state = Campaign::State::Failed;
            campaign.failure =
                tr("Campaign %1: the start stopped part-way (%2) and the account could not be "
                   "put back: %3. Open the publish history of the account and publish the menus "
                   "from before the start.")
                    .arg(campaign.label(), why, tr("the account has changed in another way"));
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
                                       CampaignRetry::isTransient(restore.failure) ||
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
                    const bool retry = !wasPending && CampaignRetry::isTransient(failure) &&
                                       campaign.startAttempts < Campaign::kMaxAttempts;
                    QString text = tr("Campaign %1: the start stopped part-way (%2); the menus "
                                      "from before it are back.")
                                       .arg(campaign.label(), why);
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
    const QDateTime waitUntil = CampaignRetry::causePassesAt(failure, m_run->now);
    const bool retry = waitUntil.isValid() || ((transient || progressed) &&
                                               campaign.putBackAttempts < Campaign::kMaxAttempts);
    QString text = tr("Campaign %1: the start stopped part-way (%2), and putting the menus from "
                      "before it back stopped too: %3.")
                       .arg(campaign.label(), why, stopped);
    if (retry) {
        campaign.running = Step::Start;
        campaign.putBackPending = true;
        campaign.putBackWhy = why;
        text += QLatin1Char(' ') + tr("Followers now see part of the campaign's menus and part of "
                                      "the menus from before it.");
        if (waitUntil.isValid()) {
            campaign.retryAfter = waitUntil;
            const QString when = waitUntil.toTimeZone(CampaignRetry::beijing())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
        const QList<DocumentData> path = PublishCheck::pathOf(
            from, PublishPlanner::plan(from, campaign.snapshot), campaign.snapshot);
        if (!PublishCheck::onPath(live, path)) {
            campaign.running.reset();
            campaign.state = Campaign::State::RestoreSkipped;
            campaign.failure =
                tr("Campaign %1: restore skipped: the end had stopped part-way, and the live "
                   "menus have changed since in another way (someone published meanwhile), so "
                   "nothing was changed and their change stays live. The menus from before "
                   "the campaign are kept in its file and in the publish history.")
                    .arg(campaign.label());
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
                .arg(campaign.label());
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
                    .arg(campaign.label())
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
                                        ? CampaignRetry::causePassesAt(outcome.failure, m_run->now)
                                        : QDateTime();
        const bool transient = CampaignRetry::isTransient(outcome.failure) ||
                               outcome.status == PublishOutcome::Status::Changed;
        const bool retry = waitUntil.isValid() || ((transient || partWay) &&
                                                   campaign.endAttempts < Campaign::kMaxAttempts);
        QString text = tr("Campaign %1: the end failed: %2").arg(campaign.label(), why);
        text += QLatin1Char(' ') +
                (partWay ? tr("Followers now see part of the campaign's menus and part of the "
                              "menus from before it.")
                         : tr("Followers still see the campaign's menus."));
        if (waitUntil.isValid()) {
            campaign.retryAfter = waitUntil;
            const QString when = waitUntil.toTimeZone(CampaignRetry::beijing())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
