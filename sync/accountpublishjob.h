#pragma once

#include "publishrunner.h"
#include "publishstep.h"

#include <documentdata.h>
#include <menuchanges.h>
#include <menuvariables.h>

#include <QObject>
#include <QPointer>

#include <memory>

class AccountSession;
class PublishHistory;

/**
 * One account of "Publish to Several Accounts": the document filled in with the account's
 * variables, compared with the account's live menus through its own session (its own token,
 * never shared), then published (PublishRunner, history under the account's key) with the
 * outcome in words. A failure stays with its account; retry() compares again and publishes
 * what is still missing.
 */
class AccountPublishJob : public QObject
{
    Q_OBJECT

public:
    enum class State { Waiting, Reading, Ready, NothingToDo, Invalid, Publishing, Done, Failed };
    Q_ENUM(State)

    /// `session` (not yet opened) talks to the account; `filled` is the document filled in
    /// for it (MenuVariables::fill()). `history` is not owned.
    AccountPublishJob(std::unique_ptr<AccountSession> session, PublishHistory *history,
                      const FilledDocument &filled, QObject *parent = nullptr);
    ~AccountPublishJob() override;

    /// Opens the session and reads the live menus; then Ready, NothingToDo, Invalid or Failed.
    void compare();
    /// Publishes the plan of the last comparison (only when Ready); then Done or Failed.
    void publish();
    /// Compares again and, when there is something to do, publishes it at once.
    void retry();

    State state() const { return m_state; }
    /// The account's name as shown.
    QString accountName() const;
    AccountSession *session() const { return m_session.get(); }
    const DocumentData &wanted() const { return m_wanted; }
    const DocumentData &live() const { return m_live; }
    const QList<PublishStep> &steps() const { return m_steps; }
    /// The changes from the live menus to the filled-in document (MenuChanges::compare()).
    const QList<MenuChange> &changes() const { return m_changes; }
    /// The review in one line: "3 changes: 2 buttons changed, 1 menu added".
    QString summary() const;
    /// Where the account stands, in words ("Published and verified.", "Stopped at ...").
    QString message() const { return m_message; }
    /// The technical detail of a failure (errcode, errmsg), apart from the words.
    QString technical() const { return m_technical; }
    int done() const { return m_done; }
    int total() const { return m_total; }

signals:
    void stateChanged(AccountPublishJob::State state);
    void progress(int done, int total);

private:
    void setState(State state, const QString &message, const QString &technical = {});
    void read();
    void finished(const PublishOutcome &outcome);

    std::unique_ptr<AccountSession> m_session;
    bool m_opened = false;
    PublishHistory *m_history;
    DocumentData m_wanted;
    QList<VariableUse> m_unknown;
    DocumentData m_live;
    QList<PublishStep> m_steps;
    QList<MenuChange> m_changes;
    QPointer<PublishRunner> m_runner;
    State m_state = State::Waiting;
    QString m_message;
    QString m_technical;
    bool m_publishWhenReady = false;
    int m_done = 0;
    int m_total = 0;
};
