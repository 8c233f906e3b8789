#include "severalaccountsdialog.h"

#include <accountsession.h>
#include <menuvariables.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { AccountColumn, ChangesColumn, ProgressColumn, OutcomeColumn, ActionsColumn };
} // namespace

SeveralAccountsDialog::SeveralAccountsDialog(const AccountList &accounts, SessionFactory sessions,
                                             PublishHistory *history, const DocumentData &document,
                                             QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_sessions(std::move(sessions))
    , m_history(history)
    , m_document(document)
{
    setObjectName(QStringLiteral("severalAccountsDialog"));
    setWindowTitle(tr("Publish to Several Accounts"));
    resize(900, 420);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("groupCombo"));
    for (const AccountGroup &group : m_accounts.groups())
        m_group->addItem(group.name);
    auto *groupLabel = new QLabel(tr("Account &group:"));
    groupLabel->setBuddy(m_group);
    top->addWidget(groupLabel);
    top->addWidget(m_group, 1);
    layout->addLayout(top);

    m_rows = new QTableWidget(0, 5);
    m_rows->setObjectName(QStringLiteral("accountRows"));
    m_rows->setHorizontalHeaderLabels(
        {tr("Account"), tr("Changes"), tr("Progress"), tr("Outcome"), QString()});
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setWordWrap(true);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    m_rows->horizontalHeader()->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    m_rows->setColumnWidth(AccountColumn, 130);
    m_rows->setColumnWidth(ChangesColumn, 220);
    m_rows->setColumnWidth(ProgressColumn, 90);
    layout->addWidget(m_rows, 1);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("severalMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox;
    m_publish = buttons->addButton(tr("&Publish to These Accounts"), QDialogButtonBox::ActionRole);
    m_publish->setObjectName(QStringLiteral("publishAll"));
    m_publish->setAutoDefault(false); // Enter never publishes
    m_publish->setDefault(false);
    buttons->addButton(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &SeveralAccountsDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, &SeveralAccountsDialog::publishAll);
    connect(m_group, &QComboBox::currentTextChanged, this, &SeveralAccountsDialog::chooseGroup);
}

SeveralAccountsDialog::~SeveralAccountsDialog() = default;

void SeveralAccountsDialog::chooseGroup(const QString &name)
{
    if (isBusy())
        return;
    if (m_group->currentText() != name) {
        m_group->setCurrentText(name); // comes back here
        return;
    }
    qDeleteAll(m_jobs);
    m_jobs.clear();
    m_queue.clear();
    m_rows->setRowCount(0);
    const AccountGroup *group = m_accounts.findGroup(name);
    if (!group) {
        m_message->setText(tr("Make a group of accounts in Manage Accounts first."));
        updateSummary();
        return;
    }
    for (const QString &account : group->accounts) {
        std::unique_ptr<AccountSession> session = m_sessions(account);
        if (!session)
            continue;
        const FilledDocument filled =
            MenuVariables::fill(m_document, m_accounts.resolvedVariables(name, account));
        auto *job = new AccountPublishJob(std::move(session), m_history, filled, this);
        const int row = int(m_jobs.size());
        m_jobs.append(job);
        m_rows->insertRow(row);
        m_rows->setItem(row, AccountColumn, new QTableWidgetItem(job->accountName()));
        m_rows->setItem(row, ChangesColumn, new QTableWidgetItem);
        m_rows->setItem(row, OutcomeColumn, new QTableWidgetItem);
        auto *progress = new QProgressBar;
        progress->setTextVisible(true);
        m_rows->setCellWidget(row, ProgressColumn, progress);
        auto *actions = new QWidget;
        auto *actionsLayout = new QHBoxLayout(actions);
        actionsLayout->setContentsMargins(2, 0, 2, 0);
        auto *review = new QPushButton(tr("Review…"));
        review->setObjectName(QStringLiteral("reviewAccount"));
        review->setToolTip(tr("The full Compare and Publish review of this account"));
        review->setAutoDefault(false);
        auto *retry = new QPushButton(tr("Retry"));
        retry->setObjectName(QStringLiteral("retryAccount"));
        retry->setToolTip(tr("Reads this account again and publishes what is still missing"));
        retry->setAutoDefault(false);
        actionsLayout->addWidget(review);
        actionsLayout->addWidget(retry);
        m_rows->setCellWidget(row, ActionsColumn, actions);
        connect(review, &QPushButton::clicked, this, [this, job] { emit reviewRequested(job); });
        connect(retry, &QPushButton::clicked, job, &AccountPublishJob::retry);
        connect(job, &AccountPublishJob::stateChanged, this, [this, job] {
            showRow(int(m_jobs.indexOf(job)));
            if (job->state() != AccountPublishJob::State::Publishing &&
                job->state() != AccountPublishJob::State::Reading)
                startNext();
            updateSummary();
        });
        connect(job, &AccountPublishJob::progress, this,
                [this, job] { showRow(int(m_jobs.indexOf(job))); });
        showRow(row);
    }
    m_rows->resizeRowsToContents();
    for (AccountPublishJob *job : std::as_const(m_jobs))
        job->compare();
    updateSummary();
}

void SeveralAccountsDialog::showRow(int row)
{
    if (row < 0 || row >= m_jobs.size())
        return;
    AccountPublishJob *job = m_jobs.at(row);
    using State = AccountPublishJob::State;
    const State state = job->state();
    m_rows->item(row, ChangesColumn)->setText(job->summary());
    QStringList changes;
    for (const MenuChange &change : job->changes())
        changes.append(MenuChanges::describe(change, job->live(), job->wanted()));
    m_rows->item(row, ChangesColumn)->setToolTip(changes.join(QLatin1Char('\n')));
    QString outcome = job->message();
    if (state == State::Waiting)
        outcome = tr("Waiting");
    m_rows->item(row, OutcomeColumn)->setText(outcome);
    m_rows->item(row, OutcomeColumn)
        ->setToolTip(job->technical().isEmpty()
                         ? outcome
                         : outcome + QStringLiteral("\n\n") + job->technical());
    auto *progress = static_cast<QProgressBar *>(m_rows->cellWidget(row, ProgressColumn));
    if (state == State::Reading) {
        progress->setRange(0, 0);
    } else {
        progress->setRange(0, qMax(1, job->total()));
        progress->setValue(state == State::Done || state == State::NothingToDo
                               ? qMax(1, job->total())
                               : job->done());
    }
    retryButton(row)->setVisible(state == State::Failed);
    reviewButton(row)->setEnabled(state == State::Ready || state == State::NothingToDo ||
                                  state == State::Done || state == State::Failed);
    m_rows->resizeRowToContents(row);
}

void SeveralAccountsDialog::publishAll()
{
    for (AccountPublishJob *job : std::as_const(m_jobs)) {
        if (job->state() == AccountPublishJob::State::Ready && !m_queue.contains(job))
            m_queue.append(job);
    }
    startNext();
    updateSummary();
}

void SeveralAccountsDialog::startNext()
{
    int running = 0;
    for (AccountPublishJob *job : std::as_const(m_jobs)) {
        if (job->state() == AccountPublishJob::State::Publishing)
            ++running;
    }
    while (running < kJobs && !m_queue.isEmpty()) {
        AccountPublishJob *job = m_queue.takeFirst();
        if (job->state() != AccountPublishJob::State::Ready)
            continue; // it changed meanwhile (a review published it)
        job->publish();
        ++running;
    }
}

void SeveralAccountsDialog::updateSummary()
{
    using State = AccountPublishJob::State;
    int ready = 0, done = 0, failed = 0, invalid = 0, busy = 0, same = 0;
    for (AccountPublishJob *job : std::as_const(m_jobs)) {
        switch (job->state()) {
        case State::Ready:
            ++ready;
            break;
        case State::Done:
            ++done;
            break;
        case State::NothingToDo:
            ++same;
            break;
        case State::Failed:
            ++failed;
            break;
        case State::Invalid:
            ++invalid;
            break;
        case State::Waiting:
        case State::Reading:
        case State::Publishing:
            ++busy;
            break;
        }
    }
    m_publish->setEnabled(ready > 0 && m_queue.isEmpty());
    m_publish->setText(ready > 0 ? tr("&Publish to %1 Account(s)").arg(ready)
                                 : tr("&Publish to These Accounts"));
    if (m_jobs.isEmpty())
        return;
    QStringList parts;
    if (done > 0)
        parts.append(tr("%1 published").arg(done));
    if (same > 0)
        parts.append(tr("%1 already up to date").arg(same));
    if (ready > 0)
        parts.append(tr("%1 ready to publish").arg(ready));
    if (failed > 0)
        parts.append(tr("%1 stopped (Retry them)").arg(failed));
    if (invalid > 0)
        parts.append(tr("%1 not sent (see the row)").arg(invalid));
    if (busy > 0)
        parts.append(tr("%1 under way").arg(busy));
    m_message->setText(
        tr("%1 account(s): %2.").arg(m_jobs.size()).arg(parts.join(QStringLiteral(", "))));
}

int SeveralAccountsDialog::rowOf(const QString &account) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row)->accountName() == account)
            return row;
    }
    return -1;
}

QPushButton *SeveralAccountsDialog::retryButton(int row) const
{
    QWidget *actions = m_rows->cellWidget(row, ActionsColumn);
    return actions ? actions->findChild<QPushButton *>(QStringLiteral("retryAccount")) : nullptr;
}

QPushButton *SeveralAccountsDialog::reviewButton(int row) const
{
    QWidget *actions = m_rows->cellWidget(row, ActionsColumn);
    return actions ? actions->findChild<QPushButton *>(QStringLiteral("reviewAccount")) : nullptr;
}

bool SeveralAccountsDialog::isBusy() const
{
    for (AccountPublishJob *job : m_jobs) {
        if (job->state() == AccountPublishJob::State::Reading ||
            job->state() == AccountPublishJob::State::Publishing)
            return true;
    }
    return !m_queue.isEmpty();
}

void SeveralAccountsDialog::reject()
{
    // Closing waits while calls are under way: no account is left half published.
    if (isBusy()) {
        m_message->setText(tr("Publishing is under way; the dialog closes once every account "
                              "has finished."));
        return;
    }
    QDialog::reject();
}
