#include "publishrunner.h"

#include "apiclient.h"
#include "livemenus.h"
#include "publishhistory.h"
#include "publishplanner.h"

#include <QPointer>
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
    m_plan = plan;
    m_done = std::move(done);
    m_outcome = PublishOutcome();
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
                if (!m_history->save(m_account, live.live, &m_outcome.historyFile, &error)) {
                    m_outcome.status = PublishOutcome::Status::Failed;
                    m_outcome.failure = ApiResult::refused(error);
                    finish(m_outcome);
                    return;
                }
            }
            emit progress(0, int(m_plan.size()));
            runStep(0);
        });
}

void PublishRunner::runStep(int index)
{
    if (index >= m_plan.size()) {
        verify();
        return;
    }
    if (m_cancelled) {
        m_outcome.status = PublishOutcome::Status::Cancelled;
        verify();
        return;
    }
    const PublishStep &step = m_plan.at(index);
    const auto answered = [this, self = QPointer<PublishRunner>(this),
                           index](const ApiResult &result) {
        if (!self)
            return;
        if (!result.ok()) {
            m_outcome.status = PublishOutcome::Status::Failed;
            m_outcome.failedStep = index;
            m_outcome.failure = result;
            verify(); // report what the account looks like now
            return;
        }
        m_outcome.stepsDone = index + 1;
        emit progress(index + 1, int(m_plan.size()));
        runStep(index + 1);
    };
    switch (step.kind) {
    case PublishStep::Kind::Create:
        m_client->post(step.endpoint(), MenuJsonWriter::createBody(m_wanted.defaultMenu), answered);
        break;
    case PublishStep::Kind::Delete:
        m_client->get(step.endpoint(), answered);
        break;
    case PublishStep::Kind::DelConditional: {
        JsonWriter writer;
        writer.value(QJsonObject{{QStringLiteral("menuid"), step.menuId}});
        m_client->post(step.endpoint(), writer.result(), answered);
        break;
    }
    case PublishStep::Kind::AddConditional:
        m_client->post(
            step.endpoint(),
            MenuJsonWriter::conditionalBody(m_wanted.conditionalMenus.at(step.wantedIndex)),
            answered);
        break;
    }
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
