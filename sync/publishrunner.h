#pragma once

#include "apiresult.h"
#include "publishstep.h"

#include <documentdata.h>

#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;
class PublishHistory;

/// How a publish went.
struct PublishOutcome
{
    enum class Status {
        Done,       ///< every call ran, and menu/get shows the wanted state
        Changed,    ///< the live state changed since it was reviewed: nothing ran
        Failed,     ///< a call failed: the calls before it ran, none after it
        Cancelled,  ///< stopped between calls by the user
        Unverified, ///< every call ran, but menu/get does not show the wanted state
    };

    Status status = Status::Done;
    int stepsDone = 0;   ///< calls that succeeded, in plan order
    int failedStep = -1; ///< the index of the call that failed
    ApiResult failure;   ///< its answer, or the failure of a read
    DocumentData live;   ///< the live state at the end (or the new one for Changed)
    QString historyFile; ///< where the state before the publish was saved
};

/**
 * Publishes a plan: reads the live state again and stops if it is not the one the user
 * reviewed; saves it to the history; runs the calls one by one, stopping at the first failure;
 * then reads the live state once more to verify. The document is never changed by a run.
 */
class PublishRunner : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const PublishOutcome &)>;

    PublishRunner(ApiClient *client, PublishHistory *history, const QString &account,
                  QObject *parent = nullptr);

    void run(const DocumentData &reviewedLive, const DocumentData &wanted,
             const QList<PublishStep> &plan, Callback done);
    /// Stops before the next call; the one under way finishes.
    void cancel() { m_cancelled = true; }

signals:
    /// `done` of `total` calls have run.
    void progress(int done, int total);

private:
    void runStep(int index);
    void verify();
    void finish(PublishOutcome outcome);

    QPointer<ApiClient> m_client;
    PublishHistory *m_history;
    QString m_account;
    DocumentData m_wanted;
    QList<PublishStep> m_plan;
    PublishOutcome m_outcome;
    Callback m_done;
    bool m_cancelled = false;
};
