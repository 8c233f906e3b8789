#include "accountpublishjob.h"

#include "accountsession.h"
#include "errorpolicy.h"
#include "livemenus.h"
#include "publishhistory.h"
#include "publishplanner.h"

#include <issuesummary.h>
#include <validator.h>

#include <QSet>

AccountPublishJob::AccountPublishJob(std::unique_ptr<AccountSession> session,
                                     PublishHistory *history, const FilledDocument &filled,
                                     QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_history(history)
    , m_wanted(filled.document)
    , m_unknown(filled.unknown)
{}

AccountPublishJob::~AccountPublishJob() = default;

QString AccountPublishJob::accountName() const
{
    return m_session ? m_session->account().displayName() : QString();
}

void AccountPublishJob::setState(State state, const QString &message, const QString &technical)
{
    m_state = state;
    m_message = message;
    m_technical = technical;
    emit stateChanged(state);
}

void AccountPublishJob::compare()
{
    if (m_state == State::Reading || m_state == State::Publishing)
        return;
    m_steps.clear();
    m_changes.clear();
    if (!m_unknown.isEmpty()) {
        QStringList names;
        for (const VariableUse &use : std::as_const(m_unknown)) {
            if (!names.contains(use.variable))
                names.append(QStringLiteral("${%1}").arg(use.variable));
        }
        names.removeDuplicates();
        setState(State::Invalid,
                 tr("No value for %1: set it for the account or its group in Manage Accounts. "
                    "Nothing is sent to this account.")
                     .arg(names.join(QStringLiteral(", "))));
        return;
    }
    const IssueList issues = Validator::validate(m_wanted, Shape::Document);
    if (Validator::awaitsFirstButton(m_wanted) || IssueSummary::errorCount(issues) > 0) {
        QString first = Validator::noButtonsYet();
        for (const Issue &issue : issues) {
            if (issue.isError()) {
                first = issue.message;
                break;
            }
        }
        setState(State::Invalid,
                 tr("Filled in for this account, the menu breaks a rule: %1 Nothing is sent to "
                    "this account.")
                     .arg(first));
        return;
    }
    setState(State::Reading, tr("Reading the live menus…"));
    if (m_opened && m_session->client()) {
        read();
        return;
    }
    m_session->open([this, self = QPointer<AccountPublishJob>(this)](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            m_publishWhenReady = false;
            setState(State::Failed, error);
            return;
        }
        m_opened = true;
        read();
    });
}

void AccountPublishJob::read()
{
    auto *reader = new LiveMenus(m_session->client(), this);
    reader->pullApiMenus(
        [this, self = QPointer<AccountPublishJob>(this), reader](const LiveResult &live) {
            if (!self)
                return;
            reader->deleteLater();
            if (!live.ok) {
                m_publishWhenReady = false;
                setState(State::Failed, ErrorPolicy::explain(live.failure),
                         ErrorPolicy::technical(live.failure));
                return;
            }
            m_live = live.live;
            m_steps = PublishPlanner::plan(m_live, m_wanted);
            m_changes = MenuChanges::compare(m_live, m_wanted);
            if (m_steps.isEmpty()) {
                m_publishWhenReady = false;
                setState(State::NothingToDo, tr("The account already shows this menu."));
                return;
            }
            setState(State::Ready, tr("Ready: %1 call(s).").arg(m_steps.size()));
            if (std::exchange(m_publishWhenReady, false))
                publish();
        });
}

void AccountPublishJob::retry()
{
    m_publishWhenReady = true;
    compare();
    if (m_state != State::Reading && m_state != State::Publishing)
        m_publishWhenReady = false; // it stopped before reading: nothing to publish
}

void AccountPublishJob::publish()
{
    if (m_state != State::Ready || !m_session || !m_session->client())
        return;
    m_done = 0;
    m_total = int(m_steps.size());
    setState(State::Publishing, tr("Publishing…"));
    emit progress(m_done, m_total);
    m_runner = new PublishRunner(m_session->client(), m_history,
                                 PublishHistory::accountKey(m_session->account()), this);
    connect(m_runner, &PublishRunner::progress, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        emit progress(done, total);
    });
    m_runner->run(m_live, m_wanted, m_steps,
                  [this, self = QPointer<AccountPublishJob>(this)](const PublishOutcome &outcome) {
                      if (self)
                          finished(outcome);
                  });
}

void AccountPublishJob::finished(const PublishOutcome &outcome)
{
    if (m_runner)
        m_runner->deleteLater();
    m_live = outcome.live;
    if (!outcome.steps.isEmpty() && outcome.status != PublishOutcome::Status::Changed)
        m_steps = outcome.steps;
    switch (outcome.status) {
    case PublishOutcome::Status::Done:
        m_done = m_total;
        emit progress(m_done, m_total);
        setState(State::Done, tr("Published and verified: %1 call(s).").arg(outcome.stepsDone));
        return;
    case PublishOutcome::Status::Changed:
        setState(State::Failed, tr("Someone changed the live menus since the comparison, so "
                                   "nothing more was published here. Retry compares again."));
        return;
    case PublishOutcome::Status::Unverified:
        setState(State::Failed, tr("Every call ran, but the account does not show the menu. "
                                   "Retry compares again."));
        return;
    case PublishOutcome::Status::Cancelled:
        setState(State::Failed,
                 tr("Stopped after %1 of %2 call(s).").arg(outcome.stepsDone).arg(m_steps.size()));
        return;
    case PublishOutcome::Status::Failed:
        break;
    }
    if (outcome.failedStep < 0) {
        setState(State::Failed,
                 tr("Nothing was published. %1").arg(ErrorPolicy::explain(outcome.failure)),
                 ErrorPolicy::technical(outcome.failure));
        return;
    }
    const PublishStep &failed = m_steps.at(outcome.failedStep);
    setState(State::Failed,
             tr("Stopped at call %1 of %2: %3 %4 call(s) before it ran; none after it.")
                 .arg(outcome.failedStep + 1)
                 .arg(m_steps.size())
                 .arg(ErrorPolicy::explain(outcome.failure))
                 .arg(outcome.stepsDone),
             failed.line() + QLatin1Char('\n') + ErrorPolicy::technical(outcome.failure));
}

QString AccountPublishJob::summary() const
{
    if (m_state == State::Waiting || m_state == State::Reading || m_state == State::Invalid)
        return {};
    if (m_changes.isEmpty())
        return tr("No changes");
    int menus = 0;
    int added = 0;
    int removed = 0;
    int changed = 0;
    QSet<QString> changedButtons;
    for (const MenuChange &change : m_changes) {
        switch (change.kind) {
        case MenuChange::Kind::MenuAdded:
            if (change.menu == -1) {
                // The account had no menu: each button of the default menu is new.
                for (const Button &button : m_wanted.menu(-1).buttons)
                    added += 1 + int(button.subButtons.size());
                break;
            }
            ++menus;
            break;
        case MenuChange::Kind::MenuRemoved:
        case MenuChange::Kind::MenuMoved:
        case MenuChange::Kind::RuleChanged:
            ++menus;
            break;
        case MenuChange::Kind::ButtonAdded:
            ++added;
            break;
        case MenuChange::Kind::ButtonRemoved:
            ++removed;
            break;
        case MenuChange::Kind::ButtonMoved:
        case MenuChange::Kind::ButtonChanged:
            if (!changedButtons.contains(change.path)) {
                changedButtons.insert(change.path);
                ++changed;
            }
            break;
        }
    }
    QStringList parts;
    if (changed > 0)
        parts.append(tr("%1 button(s) changed").arg(changed));
    if (added > 0)
        parts.append(tr("%1 added").arg(added));
    if (removed > 0)
        parts.append(tr("%1 removed").arg(removed));
    if (menus > 0)
        parts.append(tr("%1 menu change(s)").arg(menus));
    return parts.join(QStringLiteral(", "));
}
