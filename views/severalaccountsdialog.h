#pragma once

#include <accountlist.h>
#include <accountpublishjob.h>
#include <documentdata.h>

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class AccountSession;
class PublishHistory;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

/**
 * "Publish to Several Accounts": the open document filled in for each account of a group,
 * one row per account with its review in one line (and the full Compare and Publish review a
 * click away), its progress, its outcome in words and Retry once it failed. Each account
 * talks through its own session; one account's failure never stops the others. At most
 * kJobs accounts publish at once. The document is never changed here.
 */
class SeveralAccountsDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new, unopened session with the saved account of that name (null when there is none).
    using SessionFactory = std::function<std::unique_ptr<AccountSession>(const QString &name)>;

    /// Accounts publishing at the same time.
    static constexpr int kJobs = 4;

    SeveralAccountsDialog(const AccountList &accounts, SessionFactory sessions,
                          PublishHistory *history, const DocumentData &document,
                          QWidget *parent = nullptr);
    ~SeveralAccountsDialog() override;

    /// Chooses the group and compares each of its accounts.
    void chooseGroup(const QString &group);
    /// Publishes to every account that is ready.
    void publishAll();

    QComboBox *groupCombo() const { return m_group; }
    QTableWidget *rows() const { return m_rows; }
    QPushButton *publishButton() const { return m_publish; }
    QLabel *message() const { return m_message; }
    /// The accounts of the chosen group, in its order.
    const QList<AccountPublishJob *> &jobs() const { return m_jobs; }
    /// The row of `account` (its shown name); -1 when it is not listed.
    int rowOf(const QString &account) const;
    /// The Retry and Review buttons of a row.
    QPushButton *retryButton(int row) const;
    QPushButton *reviewButton(int row) const;
    /// True while an account reads or publishes.
    bool isBusy() const;

    void reject() override;

signals:
    /// The full Compare and Publish review of one account's filled-in document.
    void reviewRequested(AccountPublishJob *job);

private:
    void showRow(int row);
    void startNext();
    void updateSummary();

    AccountList m_accounts;
    SessionFactory m_sessions;
    PublishHistory *m_history;
    DocumentData m_document;
    QList<AccountPublishJob *> m_jobs;
    QList<AccountPublishJob *> m_queue; ///< ready, waiting for their turn to publish
    QComboBox *m_group;
    QTableWidget *m_rows;
    QLabel *m_message;
    QPushButton *m_publish;
};
