#include "publishdialog.h"

#include "accountbanner.h"
#include "detailsfold.h"
#include "prompter.h"
#include "reviewlist.h"
#include "reviewpdf.h"

#include <accountdirectory.h>
#include <accountqueries.h>
#include <accountsession.h>
#include <errorpolicy.h>
#include <issuesummary.h>
#include <livemenus.h>
#include <menufile.h>
#include <menulabel.h>
#include <publishhistory.h>
#include <publishplanner.h>
#include <tagnames.h>
#include <validator.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {

/// The call itself and its quota: technical detail.
QString technicalText(const PublishStep &step)
{
    if (step.quota().isEmpty())
        return step.line();
    return step.line() + QLatin1Char('\n') +
           PublishDialog::tr("counts against the daily quota of %1 (2000 a day)").arg(step.quota());
}

/// A failure that may pass when tried again: WeChat busy, a timeout, the network.
bool isTransient(const ApiResult &failure)
{
    if (failure.ok())
        return false;
    return ErrorPolicy::outcomeUnknown(failure) || failure.kind == ApiResult::Kind::Timeout ||
           failure.kind == ApiResult::Kind::NetworkError ||
           failure.kind == ApiResult::Kind::LostReply ||
           (failure.kind == ApiResult::Kind::WeChatError && failure.errcode == -1);
}

} // namespace

PublishDialog::PublishDialog(AccountDirectory *accounts, PublishHistory *history,
                             const DocumentData &wanted, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_history(history)
    , m_wanted(wanted)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Compare and Publish"));
    resize(900, 660); // fits a 1280 x 720 screen
    auto *layout = new QVBoxLayout(this);
    m_banner = new AccountBanner;
    layout->addWidget(m_banner);

    m_review = new ReviewList;
    layout->addWidget(m_review, 1);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("publishMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_technical = new DetailsFold(tr("&Technical details"));
    m_technical->setObjectName(QStringLiteral("technicalDetails"));
    m_technical->toggle()->setObjectName(QStringLiteral("technicalToggle"));
    m_technical->addWidget(new QLabel(tr("The calls WeMenu will make, in this order:")));
    m_planList = new QListWidget;
    m_planList->setObjectName(QStringLiteral("plan"));
    m_planList->setMaximumHeight(110);
    m_technical->addWidget(m_planList);
    m_calls = new QLabel;
    m_calls->setObjectName(QStringLiteral("publishCalls"));
    m_calls->setWordWrap(true);
    m_calls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_technical->addWidget(m_calls);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("publishDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_technical->addWidget(m_details);
    layout->addWidget(m_technical);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_buttons = new QDialogButtonBox;
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_stop = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setToolTip(tr("Stops before the next call; the call under way finishes."));
    m_retry = m_buttons->addButton(tr("Retr&y"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Reads the account again and makes the calls still missing, if the "
                           "account is as the stop left it."));
    m_finish = m_buttons->addButton(tr("&Finish Publishing"), QDialogButtonBox::ActionRole);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setToolTip(
        tr("Reads the account again and lists only the calls still missing; Publish makes them."));
    m_restore = m_buttons->addButton(tr("&Restore Previous Menus"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Plans the way back to the menus the account had before this publish; "
                             "Publish makes the calls."));
    m_export = m_buttons->addButton(tr("&Export Review…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportReviewButton"));
    m_export->setToolTip(tr("Saves this review as a PDF, phones and changes with a line for a "
                            "signature, to send before publishing."));
    m_export->setVisible(false);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);
    for (QPushButton *button : {m_stop, m_retry, m_finish, m_restore, m_export})
        button->setAutoDefault(false);

    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, &PublishDialog::retry);
    connect(m_export, &QPushButton::clicked, this, &PublishDialog::askAndExport);
    // Both read the account again and show the new plan; nothing runs before Publish.
    connect(m_finish, &QPushButton::clicked, this, &PublishDialog::compare);
    connect(m_restore, &QPushButton::clicked, this, &PublishDialog::restorePrevious);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    if (m_accounts)
        m_banner->setAccount(m_accounts->current());
    setUpPublishButton();
    setState(State::Reading, tr("Reading the live menus…"));
}

PublishDialog::~PublishDialog() = default;

void PublishDialog::reject()
{
    if (m_state == State::Publishing) {
        m_message->setText(tr("Publishing… Click Stop to end after the call under way."));
        return;
    }
    QDialog::reject();
}

void PublishDialog::setState(State state, const QString &message, const QString &details)
{
    m_state = state;
    m_message->setText(message);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    if (state != State::Failed)
        m_lastFailure = ApiResult();
    m_publish->setEnabled(state == State::Ready);
    m_publish->setVisible(state != State::Done);
    m_stop->setVisible(state == State::Publishing);
    m_retry->setVisible(state == State::Failed && isTransient(m_lastFailure));
    m_finish->setVisible(state == State::Failed && m_outcome.stepsDone >= 0);
    m_restore->setVisible(state == State::Failed && !m_outcome.historyFile.isEmpty());
    m_progress->setVisible(state == State::Publishing);
    m_export->setVisible(m_prompter != nullptr);
    m_export->setEnabled(m_compared && state != State::Publishing && state != State::Reading);
    emit stateChanged(state);
}

void PublishDialog::setPrompter(Prompter *prompter)
{
    m_prompter = prompter;
    m_export->setVisible(m_prompter != nullptr);
}

bool PublishDialog::exportReview(const QString &fileName, QString *error) const
{
    ReviewPdfContent content;
    if (m_accounts) {
        content.accountLabel = m_accounts->current().displayName();
        content.practice = m_accounts->current().isSandbox();
    }
    content.date = QDateTime::currentDateTime();
    content.before = m_reviewData.live();
    content.after = m_reviewData.wanted();
    content.tagNames = m_tagNames;
    for (const MenuReview &menu : m_reviewData.menus()) {
        content.followers.insert(menu.isRemoved() ? -2 - menu.oldMenu : menu.newMenu,
                                 menu.followers);
    }
    return ReviewPdf::write(fileName, content, error);
}

void PublishDialog::askAndExport()
{
    if (!m_prompter || !m_compared)
        return;
    const QString account = m_accounts ? m_accounts->current().displayName() : QString();
    const QString suggested = tr("Review %1 %2.pdf")
                                  .arg(account, QDate::currentDate().toString(Qt::ISODate))
                                  .replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString fileName =
        m_prompter->saveFileName(this, tr("Export Review"), suggested, tr("PDF files (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportReview(fileName, &error))
        m_prompter->showError(this, tr("Export Review"), error);
}

void PublishDialog::setTagNames(const QHash<QString, QString> &tagNames)
{
    m_tagNames = tagNames;
}

QString PublishDialog::stepText(const PublishStep &step) const
{
    switch (step.kind) {
    case PublishStep::Kind::Create:
        return tr("Replace the default menu");
    case PublishStep::Kind::Delete:
        return tr("Delete every menu of the account");
    case PublishStep::Kind::DelConditional:
        for (int i = 0; i < m_live.conditionalMenus.size(); ++i) {
            if (m_live.conditionalMenus.at(i).menuId == step.menuId)
                return tr("Remove %1").arg(MenuLabel::conditional(m_live, i, m_tagNames));
        }
        return tr("Remove a live conditional menu");
    case PublishStep::Kind::AddConditional:
        if (step.wantedIndex >= 0 && step.wantedIndex < m_wanted.conditionalMenus.size())
            return tr("Add %1").arg(MenuLabel::conditional(m_wanted, step.wantedIndex, m_tagNames));
        break;
    }
    return step.line();
}

void PublishDialog::setUpPublishButton()
{
    if (!m_accounts)
        return;
    const Account account = m_accounts->current();
    const bool real = !account.isSandbox();
    // A real account is published to only by a click on a button that names it.
    QString name = account.displayName();
    name.replace(QLatin1Char('&'), QStringLiteral("&&"));
    m_publish->setText(real ? tr("&Publish to %1").arg(name) : tr("&Publish"));
    m_publish->setAutoDefault(!real);
    m_publish->setDefault(!real);
}

void PublishDialog::readTags(AccountSession *session, std::function<void()> done)
{
    AccountQueries::fetchTagsWithCounts(
        session->client(),
        [self = QPointer<PublishDialog>(this), done](const QList<AccountQueries::Tag> &tags,
                                                     const QHash<QString, int> &counts, bool ok) {
            if (!self)
                return;
            if (ok) {
                // Names the account gives win over the ones known before.
                const QHash<QString, QString> names = TagNames::byId(tags);
                for (auto it = names.constBegin(); it != names.constEnd(); ++it)
                    self->m_tagNames.insert(it.key(), it.value());
                self->m_tagCounts = counts;
            }
            done(); // without tags the review names the tag ids
        });
}

void PublishDialog::compare()
{
    m_review->clear();
    m_planList->clear();
    m_calls->clear();
    m_compared = false;
    if (!m_accounts)
        return;
    m_banner->setAccount(m_accounts->current());
    setUpPublishButton();
    if (Validator::awaitsFirstButton(m_wanted)) {
        // A new, empty menu: nothing to compare, and WeChat would refuse it.
        setState(State::Invalid, Validator::noButtonsYet());
        return;
    }
    const int errors = IssueSummary::errorCount(Validator::validate(m_wanted, Shape::Document));
    setState(State::Reading, tr("Reading the live menus…"));
    m_accounts->openSession([this, self = QPointer<PublishDialog>(this),
                             errors](AccountSession *session, const QString &error) {
        if (!self)
            return;
        if (!session) {
            m_retrying = false;
            setState(State::Failed, error);
            return;
        }
        readTags(session, [this, session, errors] {
            auto *reader = new LiveMenus(session->client(), this);
            reader->pullApiMenus([this, self = QPointer<PublishDialog>(this), reader,
                                  errors](const LiveResult &live) {
                if (!self)
                    return;
                reader->deleteLater();
                if (!live.ok) {
                    m_retrying = false;
                    m_lastFailure = live.failure;
                    setState(State::Failed, ErrorPolicy::explain(live.failure),
                             ErrorPolicy::technical(live.failure));
                    return;
                }
                const bool retrying = std::exchange(m_retrying, false);
                const bool asLeft = LiveMenus::sameContent(live.live, m_outcome.live);
                showComparison(live);
                if (errors > 0) {
                    setState(State::Invalid, tr("The document has %1 error(s); fix them (see the "
                                                "Problems list) before publishing.")
                                                 .arg(errors));
                } else if (m_steps.isEmpty()) {
                    setState(State::NothingToDo, tr("The account already shows this document."));
                } else if (retrying && asLeft) {
                    setState(State::Ready, {});
                    publish();
                } else {
                    const int menus = int(m_reviewData.menus().size());
                    setState(State::Ready,
                             (retrying ? tr("The account changed since the stop: above is the "
                                            "new difference. ")
                                       : QString()) +
                                 (menus == 1 ? tr("1 menu changes. Nothing runs until you "
                                                  "click Publish.")
                                             : tr("%1 menus change. Nothing runs until you "
                                                  "click Publish.")
                                                   .arg(menus)));
                }
            });
        });
    });
}

void PublishDialog::retry()
{
    m_retrying = true;
    compare();
}

void PublishDialog::showComparison(const LiveResult &live)
{
    m_live = live.live;
    emit liveRead(m_live);
    m_steps = PublishPlanner::plan(m_live, m_wanted);
    m_reviewData = PublishReview(m_live, m_wanted, m_steps, m_tagNames, m_tagCounts);
    m_compared = true;
    m_review->setReview(m_reviewData, m_accounts ? m_accounts->current().displayName() : QString());
    showPlan(m_steps, 0);
}

void PublishDialog::showPlan(const QList<PublishStep> &steps, int done)
{
    m_planList->clear();
    QStringList calls;
    for (int i = 0; i < steps.size(); ++i) {
        const PublishStep &step = steps.at(i);
        auto *item = new QListWidgetItem(stepText(step), m_planList);
        item->setToolTip(technicalText(step));
        if (i < done)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        calls.append(technicalText(step).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    }
    m_calls->setText(calls.join(QLatin1Char('\n')));
}

void PublishDialog::publish()
{
    if (m_state != State::Ready || !m_accounts)
        return;
    setState(State::Publishing, tr("Publishing…"));
    m_progress->setRange(0, int(m_steps.size()));
    m_progress->setValue(0);
    m_accounts->openSession([this, self = QPointer<PublishDialog>(this)](AccountSession *session,
                                                                         const QString &error) {
        if (!self)
            return;
        if (!session) {
            setState(State::Failed, error);
            return;
        }
        m_runner = new PublishRunner(session->client(), m_history,
                                     PublishHistory::accountKey(m_accounts->current()), this);
        connect(m_runner, &PublishRunner::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
        // After a lost answer the run reads the account and may plan again: fewer or more
        // calls than were listed.
        connect(m_runner, &PublishRunner::planChanged, this,
                [this](const QList<PublishStep> &steps, int done) {
                    m_steps = steps;
                    showPlan(steps, done);
                });
        connect(m_runner, &PublishRunner::callChecked, this,
                [this](const PublishStep &step, bool ran) {
                    m_message->setText(
                        ran ? tr("The answer to %1 was lost, but the account shows the call took "
                                 "effect. Publishing goes on…")
                                  .arg(stepText(step))
                            : tr("The answer to %1 was lost and the account shows the call did "
                                 "not take effect. Publishing goes on from the account as it "
                                 "is…")
                                  .arg(stepText(step)));
                });
        m_runner->run(m_live, m_wanted, m_steps,
                      [this, self = QPointer<PublishDialog>(this)](const PublishOutcome &outcome) {
                          if (self)
                              finished(outcome);
                      });
    });
}

void PublishDialog::finished(const PublishOutcome &outcome)
{
    m_outcome = outcome;
    if (!outcome.steps.isEmpty() && outcome.status != PublishOutcome::Status::Changed)
        m_steps = outcome.steps;
    if (m_runner)
        m_runner->deleteLater();
    m_live = outcome.live;
    emit liveRead(m_live);
    switch (outcome.status) {
    case PublishOutcome::Status::Done:
        setState(State::Done, tr("Published and verified: the account now shows this document. "
                                 "Phones pick up the new menu within about 5 minutes, or at "
                                 "once after unfollowing and following the account again."));
        return;
    case PublishOutcome::Status::Changed: {
        LiveResult live;
        live.ok = true;
        live.live = outcome.live;
        showComparison(live);
        setState(m_steps.isEmpty() ? State::NothingToDo : State::Ready,
                 outcome.rereads == 0
                     ? tr("Someone changed the live menus since the comparison, so nothing was "
                          "published. Above is the new difference; publish again if it is "
                          "right.")
                     : tr("After a lost answer the account shows neither the menus before nor "
                          "after that call: someone else changed them. %1 call(s) ran. Above "
                          "is the new difference; publish again if it is right.")
                           .arg(outcome.stepsDone));
        return;
    }
    case PublishOutcome::Status::Unverified:
        setState(State::Failed, tr("Every call ran, but the account does not show the document. "
                                   "Compare again to see what differs."));
        return;
    case PublishOutcome::Status::Cancelled:
        setState(State::Failed,
                 followersNow(outcome, nullptr) +
                     tr("Stopped after %1 of %2 call(s). The account shows a mix of old and new; "
                        "finish the publish or restore the previous menus.")
                         .arg(outcome.stepsDone)
                         .arg(m_steps.size()));
        return;
    case PublishOutcome::Status::Failed:
        break;
    }
    m_lastFailure = outcome.failure;
    if (outcome.failedStep < 0) {
        setState(State::Failed,
                 tr("Nothing was published. %1").arg(ErrorPolicy::explain(outcome.failure)),
                 ErrorPolicy::technical(outcome.failure));
        return;
    }
    const PublishStep &failed = m_steps.at(outcome.failedStep);
    QString message =
        followersNow(outcome, &failed) +
        tr("Stopped at call %1 of %2 (%3): %4\n%5 call(s) before it ran; none after it.")
            .arg(outcome.failedStep + 1)
            .arg(m_steps.size())
            .arg(stepText(failed), ErrorPolicy::explain(outcome.failure))
            .arg(outcome.stepsDone);
    if (outcome.rereads >= PublishRunner::kMaxRereads &&
        ErrorPolicy::outcomeUnknown(outcome.failure)) {
        message += QLatin1Char('\n') +
                   tr("The account was read again %1 times after answers that left the outcome "
                      "unknown; WeMenu stops here rather than guess. Compare again later.")
                       .arg(outcome.rereads);
    }
    setState(State::Failed, message,
             failed.line() + QLatin1Char('\n') + ErrorPolicy::technical(outcome.failure));
}

QString PublishDialog::followersNow(const PublishOutcome &outcome, const PublishStep *failed) const
{
    const int errcode =
        outcome.failure.kind == ApiResult::Kind::WeChatError ? outcome.failure.errcode : 0;
    const QStringList lines = m_reviewData.nowSee(outcome.live, failed, errcode);
    if (lines.isEmpty())
        return {};
    return tr("What followers see now:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) +
           QStringLiteral("\n\n");
}

void PublishDialog::restorePrevious()
{
    const ReadResult read = MenuFile::readFile(m_outcome.historyFile);
    if (!read.ok) {
        setState(State::Failed, read.error.message);
        return;
    }
    m_wanted = read.data;
    compare();
}
