#pragma once

#include "publishreview.h"

#include <documentdata.h>
#include <liveresult.h>
#include <publishrunner.h>
#include <publishstep.h>

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>

class AccountBanner;
class AccountDirectory;
class AccountSession;
class DetailsFold;
class Prompter;
class PublishHistory;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class ReviewList;

/**
 * Compare and publish, a review in pictures: the account's name and kind large at the top;
 * for each menu that changes the live phone and the new phone side by side with the changed
 * buttons marked, the changes in words, who it reaches and what WeChat makes of it; the
 * calls and their quotas in a "Technical details" fold. It then publishes with progress that
 * can be stopped between calls and, after a stop, says what each group of followers sees now.
 * For a real account Publish names it and is never the default button: Enter does not
 * publish. The document is never changed here.
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

    /// Asks where Export Review writes the sign-off PDF; without one the button stays hidden.
    void setPrompter(Prompter *prompter);
    /// Writes the review as a sign-off PDF (ReviewPdf); false with `error` set when it cannot.
    bool exportReview(const QString &fileName, QString *error) const;
    /// The account's tag names by id, for the menus' labels (see MenuLabel).
    void setTagNames(const QHash<QString, QString> &tagNames);
    /// Reads the live state and shows the comparison.
    void compare();
    /// What a call of the plan does, in words: "Add 1. VIP members · Tag 星标会员" (its
    /// endpoint and target go to the tooltip and the technical details).
    QString stepText(const PublishStep &step) const;
    void publish();

    State state() const { return m_state; }
    /// The review in pictures: one card per changed menu.
    ReviewList *review() const { return m_review; }
    /// What the review was made from: the menus, their changes, who they reach.
    const PublishReview &publishReview() const { return m_reviewData; }
    /// The "Technical details" fold: the calls, their quotas, a failure's errcode.
    DetailsFold *technicalDetails() const { return m_technical; }
    AccountBanner *accountBanner() const { return m_banner; }
    QListWidget *plan() const { return m_planList; }
    QLabel *message() const { return m_message; }
    /// The technical detail of a failure (errcode, errmsg), shown on request.
    QLabel *details() const { return m_details; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *finishButton() const { return m_finish; }
    /// Reads the account again and makes the missing calls, after a transient failure.
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *restoreButton() const { return m_restore; }
    /// Export Review…: the review as a PDF to sign off before publishing.
    QPushButton *exportButton() const { return m_export; }
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
    /// After a stop: what each affected group of followers sees now, a line each.
    QString followersNow(const PublishOutcome &outcome, const PublishStep *failed) const;
    void restorePrevious();
    void retry();
    void askAndExport();
    /// Reads the tags (names and follower counts), then `done`.
    void readTags(AccountSession *session, std::function<void()> done);
    /// Publish's text and whether Enter reaches it, by the account's kind.
    void setUpPublishButton();

    QPointer<AccountDirectory> m_accounts;
    PublishHistory *m_history;
    DocumentData m_wanted;
    DocumentData m_live;
    QHash<QString, QString> m_tagNames;
    QHash<QString, int> m_tagCounts;
    PublishReview m_reviewData;
    ApiResult m_lastFailure;
    bool m_retrying = false;
    bool m_compared = false; ///< a comparison is shown: there is a review to export
    Prompter *m_prompter = nullptr;
    QList<PublishStep> m_steps;
    PublishOutcome m_outcome;
    QPointer<PublishRunner> m_runner;
    State m_state = State::Reading;

    AccountBanner *m_banner;
    ReviewList *m_review;
    DetailsFold *m_technical;
    QListWidget *m_planList;
    QLabel *m_calls;
    QLabel *m_message;
    QLabel *m_details;
    QProgressBar *m_progress;
    QPushButton *m_publish;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_finish;
    QPushButton *m_restore;
    QPushButton *m_export;
    QDialogButtonBox *m_buttons;
};
