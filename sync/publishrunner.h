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
        Changed,    ///< the live state is not the one expected (someone else changed it):
                    ///< nothing ran, or (after an answer was lost) stepsDone calls ran
        Failed,     ///< a call failed: the calls before it ran, none after it
        Cancelled,  ///< stopped between calls by the user
        Unverified, ///< every call ran, but menu/get does not show the wanted state
    };

    Status status = Status::Done;
    /// The calls of the run: the stepsDone that ran, then the rest of the last plan. It differs
    /// from the plan given to run() when an answer was lost and the run planned again.
    QList<PublishStep> steps;
    int stepsDone = 0;   ///< calls that ran, the first of `steps`
    int failedStep = -1; ///< the index in `steps` of the call that failed
    int rereads = 0;     ///< times the account was read again after an unknown outcome
    ApiResult failure;   ///< its answer, or the failure of a read
    DocumentData live;   ///< the live state at the end (or the new one for Changed)
    QString historyFile; ///< where the state before the publish was saved
};

/**
 * Publishes a plan: reads the live state again and stops if it is not the one the user
 * reviewed; saves it to the history; runs the calls one by one, stopping at the first failure;
 * then reads the live state once more to verify. The document is never changed by a run.
 *
 * Every call goes out once (design.md, "Exactly once"). When its outcome is unknown (-1,
 * HTTP 5xx, a timeout, a lost reply) or a menu/delconditional answers 65301, the runner reads
 * the account: if it shows the state just before or just after that call, the run plans again
 * from it and goes on (at most kMaxRereads times a run, then it fails); any other state stops
 * it as a colleague's change does.
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

    /// Re-reads of the account after unknown outcomes allowed in one run.
    static constexpr int kMaxRereads = 3;

signals:
    /// `done` of `total` calls have run (`total` changes when the run plans again).
    void progress(int done, int total);
    /// The run planned again after reading the account: `steps` as in PublishOutcome::steps.
    void planChanged(const QList<PublishStep> &steps, int done);
    /// The outcome of `step` was unknown; reading the account showed whether it ran.
    void callChecked(const PublishStep &step, bool ran);

private:
    void runNext();
    void answered(const PublishStep &step, const ApiResult &result);
    void checkLive(const PublishStep &step, const ApiResult &result);
    void replan(const DocumentData &live);
    void fail(const ApiResult &result);
    void verify();
    void finish(PublishOutcome outcome);
    QList<PublishStep> steps() const { return m_ran + m_rest; }

    QPointer<ApiClient> m_client;
    PublishHistory *m_history;
    QString m_account;
    DocumentData m_wanted;
    DocumentData m_current;    ///< the live state as the calls so far should have left it
    QList<PublishStep> m_ran;  ///< the calls that ran, in order
    QList<PublishStep> m_rest; ///< the calls still to make, the next first
    PublishOutcome m_outcome;
    Callback m_done;
    bool m_cancelled = false;
};
