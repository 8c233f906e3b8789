#pragma once

#include <documentdata.h>
#include <liveresult.h>
#include <publishrunner.h>
#include <publishstep.h>

#include <QDialog>
#include <QHash>
#include <QPointer>

class AccountDirectory;
class AccountSession;
class PublishHistory;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

/**
 * Compare and publish: reads the live menus of the current account, shows how the document
 * differs (per menu, in words) and the calls that will make it so, then publishes with
 * progress that can be stopped between calls. The document is never changed here.
 */
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Reading, Ready, NothingToDo, Invalid, Publishing, Done, Failed };
    Q_ENUM(State)

    PublishDialog(AccountDirectory *accounts, PublishHistory *history, const DocumentData &wanted,
                  QWidget *parent = nullptr);
    ~PublishDialog() override;

    /// The account's tag names by id, for the menus' labels (see MenuLabel).
    void setTagNames(const QHash<QString, QString> &tagNames);
    /// Reads the live state and shows the comparison.
    void compare();
    /// What a call of the plan does, in words: "Add 1. VIP members · Tag 星标会员" (its
    /// endpoint and target go to the tooltip and the technical details).
    QString stepText(const PublishStep &step) const;
    void publish();

    State state() const { return m_state; }
    QTreeWidget *differences() const { return m_diff; }
    QListWidget *plan() const { return m_planList; }
    QLabel *message() const { return m_message; }
    /// The technical detail of a failure (errcode, errmsg), shown on request.
    QLabel *details() const { return m_details; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *restoreButton() const { return m_restore; }
    const PublishOutcome &outcome() const { return m_outcome; }
    const DocumentData &live() const { return m_live; }

    /// Closing waits while calls are under way: Stop ends a run safely.
    void reject() override;

signals:
    void stateChanged(PublishDialog::State state);
    /// The live state after a read or a publish, for the status bar.
    void liveRead(const DocumentData &live);

private:
    void setState(State state, const QString &message, const QString &details = {});
    void showComparison(const LiveResult &live);
    /// Lists `steps`; the first `done` of them have run and are shown greyed.
    void showPlan(const QList<PublishStep> &steps, int done);
    void finished(const PublishOutcome &outcome);
    void restorePrevious();

    QPointer<AccountDirectory> m_accounts;
    PublishHistory *m_history;
    DocumentData m_wanted;
    DocumentData m_live;
    QHash<QString, QString> m_tagNames;
    QList<PublishStep> m_steps;
    PublishOutcome m_outcome;
    QPointer<PublishRunner> m_runner;
    State m_state = State::Reading;

    QLabel *m_account;
    QTreeWidget *m_diff;
    QListWidget *m_planList;
    QLabel *m_message;
    QLabel *m_details;
    QPushButton *m_showDetails;
    QProgressBar *m_progress;
    QPushButton *m_publish;
    QPushButton *m_stop;
    QPushButton *m_finish;
    QPushButton *m_restore;
    QDialogButtonBox *m_buttons;
};
