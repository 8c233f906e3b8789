#include "publishrunner.h"

#include "apiclient.h"
#include "errorpolicy.h"
#include "livemenus.h"
#include "publishcheck.h"
#include "publishhistory.h"
#include "publishplanner.h"

#include <QPointer>
#include <errcodes.h>
#include <jsonwriter.h>
#include <menujsonwriter.h>

#include <QJsonObject>

PublishRunner::PublishRunner(ApiClient *client, PublishHistory *history, const QString &account,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_account(account)
{}

void PublishRunner::run(const DocumentData &reviewedLive, const DocumentData &wanted,
                        const QList<PublishStep> &plan, Callback done)
{
    m_wanted = wanted;
    m_current = reviewedLive;
    m_ran.clear();
    m_rest = plan;
    m_done = std::move(done);
    m_outcome = PublishOutcome();
    m_outcome.steps = plan;
    m_cancelled = false;

    auto *reader = new LiveMenus(m_client, this);
    reader->pullApiMenus(
        [this, self = QPointer<PublishRunner>(this), reader, reviewedLive](const LiveResult &live) {
            if (!self)
                return;
            reader->deleteLater();
            if (!live.ok) {
                m_outcome.status = PublishOutcome::Status::Failed;
                m_outcome.failure = live.failure;
                finish(m_outcome);
                return;
            }
            // A colleague may have published since the user looked: then nothing runs.
            if (live.live != reviewedLive) {
                m_outcome.status = PublishOutcome::Status::Changed;
                m_outcome.live = live.live;
                finish(m_outcome);
                return;
            }
            if (m_history) {
                QString error;
                if (!m_history->save(m_account, live.live, &m_outcome.historyFile, &error) ||
                    !m_history->recordPublished(m_outcome.historyFile, m_wanted, &error)) {
                    m_outcome.status = PublishOutcome::Status::Failed;
                    m_outcome.failure = ApiResult::refused(error);
                    finish(m_outcome);
                    return;
                }
            }
            m_current = live.live;
            emit progress(0, int(m_rest.size()));
            runNext();
        });
}

void PublishRunner::runNext()
{
    m_outcome.steps = steps();
    m_outcome.stepsDone = int(m_ran.size());
    if (m_rest.isEmpty()) {
        verify();
        return;
    }
    if (m_cancelled) {
        m_outcome.status = PublishOutcome::Status::Cancelled;
        verify();
        return;
    }
    const PublishStep step = m_rest.first();
    const auto done = [this, self = QPointer<PublishRunner>(this), step](const ApiResult &result) {
        if (self)
            answered(step, result);
    };
    switch (step.kind) {
    case PublishStep::Kind::Create:
        m_client->post(step.endpoint(), MenuJsonWriter::createBody(m_wanted.defaultMenu), done);
        break;
    case PublishStep::Kind::Delete:
        m_client->get(step.endpoint(), done);
        break;
    case PublishStep::Kind::DelConditional: {
        JsonWriter writer;
        writer.value(QJsonObject{{QStringLiteral("menuid"), step.menuId}});
        m_client->post(step.endpoint(), writer.result(), done);
        break;
    }
    case PublishStep::Kind::AddConditional:
        m_client->post(
            step.endpoint(),
            MenuJsonWriter::conditionalBody(m_wanted.conditionalMenus.at(step.wantedIndex)), done);
        break;
    }
}

void PublishRunner::answered(const PublishStep &step, const ApiResult &result)
{
    if (result.ok()) {
        const QJsonValue id = result.json.value(QStringLiteral("menuid"));
        const QString menuId = id.isString()   ? id.toString()
                               : id.isDouble() ? QString::number(id.toInteger())
                                               : QString();
        m_current = PublishCheck::after(m_current, step, m_wanted, menuId);
        m_ran.append(m_rest.takeFirst());
        emit progress(int(m_ran.size()), int(m_ran.size() + m_rest.size()));
        runNext();
        return;
    }
    const bool goneAlready = step.kind == PublishStep::Kind::DelConditional &&
                             result.kind == ApiResult::Kind::WeChatError &&
                             result.errcode == ErrCode::UnknownMenuId;
    if (ErrorPolicy::outcomeUnknown(result) || goneAlready) {
        checkLive(step, result);
        return;
    }
    fail(result);
}

void PublishRunner::checkLive(const PublishStep &step, const ApiResult &result)
{
    if (m_outcome.rereads >= kMaxRereads) {
        fail(result);
        return;
    }
    ++m_outcome.rereads;
    auto *reader = new LiveMenus(m_client, this);
    reader->pullApiMenus(
        [this, self = QPointer<PublishRunner>(this), reader, step, result](const LiveResult &live) {
            if (!self)
                return;
            reader->deleteLater();
            if (!live.ok) {
                fail(result); // the call's outcome stays unknown
                return;
            }
            const DocumentData after = PublishCheck::after(m_current, step, m_wanted);
            if (PublishCheck::sameState(live.live, after)) {
                // It ran (or, for a 65301, the menu is gone already): count it once.
                m_ran.append(m_rest.takeFirst());
                emit callChecked(step, true);
                replan(live.live);
            } else if (PublishCheck::sameState(live.live, m_current)) {
                emit callChecked(step, false);
                replan(live.live);
            } else {
                // Neither before nor after this call: someone else changed the account.
                m_outcome.status = PublishOutcome::Status::Changed;
                m_outcome.steps = steps();
                m_outcome.stepsDone = int(m_ran.size());
                m_outcome.failure = result;
                m_outcome.live = live.live;
                finish(m_outcome);
            }
        });
}

void PublishRunner::replan(const DocumentData &live)
{
    m_current = live;
    m_rest = PublishPlanner::plan(live, m_wanted);
    emit planChanged(steps(), int(m_ran.size()));
    emit progress(int(m_ran.size()), int(m_ran.size() + m_rest.size()));
    runNext();
}

void PublishRunner::fail(const ApiResult &result)
{
    m_outcome.status = PublishOutcome::Status::Failed;
    m_outcome.steps = steps();
    m_outcome.stepsDone = int(m_ran.size());
    m_outcome.failedStep = int(m_ran.size());
    m_outcome.failure = result;
    verify(); // report what the account looks like now
}

void PublishRunner::verify()
{
    auto *reader = new LiveMenus(m_client, this);
    reader->pullApiMenus(
        [this, self = QPointer<PublishRunner>(this), reader](const LiveResult &live) {
            if (!self)
                return;
            reader->deleteLater();
            if (live.ok)
                m_outcome.live = live.live;
            if (m_outcome.status == PublishOutcome::Status::Done) {
                const bool wantedEmpty = PublishPlanner::isEmptyDocument(m_wanted);
                const bool matches =
                    live.ok &&
                    (wantedEmpty ? live.isEmpty() : LiveMenus::sameContent(live.live, m_wanted));
                if (!matches) {
                    m_outcome.status = PublishOutcome::Status::Unverified;
                    if (!live.ok)
                        m_outcome.failure = live.failure;
                }
            }
            finish(m_outcome);
        });
}

void PublishRunner::finish(PublishOutcome outcome)
{
    if (m_done)
        m_done(outcome);
}
