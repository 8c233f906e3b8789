#include "scheduledialog.h"

#include "accountbanner.h"
#include "campaigntime.h"
#include "messagelabel.h"
#include "prompter.h"
#include "publishreview.h"
#include "reviewlist.h"

#include <accountdirectory.h>
#include <accountsession.h>
#include <errorpolicy.h>
#include <issuesummary.h>
#include <livemenus.h>
#include <publishplanner.h>
#include <validator.h>

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

/// The next full hour after `now`, at least ten minutes ahead: a first start to adjust.
QDateTime firstStart(const QDateTime &now)
{
    QDateTime start = now.toLocalTime().addSecs(10 * 60);
    start.setTime(QTime(start.time().hour(), 0));
    return start.addSecs(3600);
}

QDateTimeEdit *dateTimeEdit(const QString &name)
{
    auto *edit = new QDateTimeEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

ScheduleDialog::ScheduleDialog(AccountDirectory *accounts, const DocumentData &wanted,
                               QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_wanted(wanted)
    , m_now([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Schedule This Menu"));
    resize(900, 660); // fits a 1280 x 720 screen
    auto *layout = new QVBoxLayout(this);
    m_banner = new AccountBanner;
    layout->addWidget(m_banner);
    auto *intro = new QLabel(
        tr("At the start WeMenu publishes this menu to the account. At the end it puts back the "
           "menus that were live just before the start, unless someone changed them meanwhile. "
           "The steps run while WeMenu is open, or from the system timer where there is one."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *times = new QGridLayout;
    m_startEdit = dateTimeEdit(QStringLiteral("startEdit"));
    m_startBeijing = new QLabel;
    m_startBeijing->setObjectName(QStringLiteral("startBeijing"));
    auto *startLabel = new QLabel(tr("&Start:"));
    startLabel->setBuddy(m_startEdit);
    times->addWidget(startLabel, 0, 0);
    times->addWidget(m_startEdit, 0, 1);
    times->addWidget(m_startBeijing, 0, 2);
    m_endCheck = new QCheckBox(tr("&End:"));
    m_endCheck->setObjectName(QStringLiteral("endCheck"));
    m_endCheck->setToolTip(tr("Put back the menus that were live before the start"));
    m_endEdit = dateTimeEdit(QStringLiteral("endEdit"));
    m_endBeijing = new QLabel;
    m_endBeijing->setObjectName(QStringLiteral("endBeijing"));
    times->addWidget(m_endCheck, 1, 0);
    times->addWidget(m_endEdit, 1, 1);
    times->addWidget(m_endBeijing, 1, 2);
    times->setColumnStretch(2, 1);
    layout->addLayout(times);
    m_timeMessage = new MessageLabel(2);
    m_timeMessage->setObjectName(QStringLiteral("timeMessage"));
    layout->addWidget(m_timeMessage);

    auto *caption = new QLabel(tr("What the start changes, compared with the live menus now:"));
    caption->setWordWrap(true);
    layout->addWidget(caption);
    m_review = new ReviewList;
    layout->addWidget(m_review, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_schedule = buttons->addButton(tr("S&chedule"), QDialogButtonBox::AcceptRole);
    m_schedule->setObjectName(QStringLiteral("scheduleButton"));
    layout->addWidget(buttons);
    connect(m_schedule, &QPushButton::clicked, this, &ScheduleDialog::schedule);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_startEdit, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::updateTimes);
    connect(m_endEdit, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::updateTimes);
    connect(m_endCheck, &QCheckBox::toggled, this, &ScheduleDialog::updateTimes);

    m_errors = IssueSummary::errorCount(Validator::validate(m_wanted, Shape::Document));
    setClock(m_now);
    m_startEdit->setFocus();
}

void ScheduleDialog::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    const QDateTime start = firstStart(m_now());
    setTimes(start, QDateTime());
    m_endEdit->setDateTime(start.addDays(1));
}

void ScheduleDialog::setTimes(const QDateTime &start, const QDateTime &end)
{
    m_startEdit->setDateTime(start.toLocalTime());
    m_endCheck->setChecked(end.isValid());
    if (end.isValid())
        m_endEdit->setDateTime(end.toLocalTime());
    updateTimes();
}

QDateTime ScheduleDialog::start() const
{
    return m_startEdit->dateTime();
}

QDateTime ScheduleDialog::end() const
{
    return m_endCheck->isChecked() ? m_endEdit->dateTime() : QDateTime();
}

ScheduleDialog::TimeCheck ScheduleDialog::checkTimes(const QDateTime &start, const QDateTime &end,
                                                     const QDateTime &now)
{
    if (end.isValid() && end <= start)
        return TimeCheck::EndNotAfterStart;
    if (now.secsTo(start) < kSoonSeconds)
        return TimeCheck::StartSoon;
    return TimeCheck::Fine;
}

void ScheduleDialog::updateTimes()
{
    m_endEdit->setEnabled(m_endCheck->isChecked());
    m_startBeijing->setText(tr("Beijing time: %1").arg(CampaignTime::beijingText(start())));
    m_endBeijing->setText(m_endCheck->isChecked()
                              ? tr("Beijing time: %1").arg(CampaignTime::beijingText(end()))
                              : tr("No end: the menu stays until someone publishes another."));
    const QDateTime now = m_now();
    switch (checkTimes(start(), end(), now)) {
    case TimeCheck::EndNotAfterStart:
        m_timeMessage->setMessage(tr("The end must come after the start."));
        break;
    case TimeCheck::StartSoon:
        m_timeMessage->setMessage(
            start() <= now
                ? tr("The start has passed: the menu is published as soon as you schedule it.")
                : tr("The start is less than five minutes away: there is little time to check "
                     "the menu, and it goes live without asking again."));
        break;
    case TimeCheck::Fine:
        m_timeMessage->setMessage(QString());
        break;
    }
    m_schedule->setEnabled(m_errors == 0 &&
                           checkTimes(start(), end(), now) != TimeCheck::EndNotAfterStart);
}

void ScheduleDialog::compare()
{
    m_review->clear();
    m_compared = false;
    if (!m_accounts)
        return;
    m_banner->setAccount(m_accounts->current());
    if (Validator::awaitsFirstButton(m_wanted)) {
        m_errors = qMax(m_errors, 1);
        m_message->setText(Validator::noButtonsYet());
        updateTimes();
        return;
    }
    if (m_errors > 0) {
        m_message->setText(tr("The document has %1 error(s); fix them (see the Problems list) "
                              "before scheduling it.")
                               .arg(m_errors));
        updateTimes();
        return;
    }
    m_message->setText(tr("Reading the live menus…"));
    m_accounts->openSession([this, self = QPointer<ScheduleDialog>(this)](AccountSession *session,
                                                                          const QString &error) {
        if (!self)
            return;
        if (!session) {
            m_message->setText(
                tr("The live menus could not be read, so the change is not shown: %1").arg(error));
            return;
        }
        auto *reader = new LiveMenus(session->client(), this);
        const QString accountName = session->account().displayName();
        reader->pullApiMenus([this, self, reader, accountName](const LiveResult &live) {
            if (!self)
                return;
            reader->deleteLater();
            if (!live.ok) {
                m_message->setText(
                    tr("The live menus could not be read, so the change is not shown: %1")
                        .arg(ErrorPolicy::explain(live.failure)));
                return;
            }
            const QList<PublishStep> steps = PublishPlanner::plan(live.live, m_wanted);
            const PublishReview review(live.live, m_wanted, steps);
            m_review->setReview(review, accountName);
            m_compared = true;
            const int menus = int(review.menus().size());
            m_message->setText(
                menus == 0 ? tr("The account shows this menu already; the start would change "
                                "nothing unless someone changes the account before.")
                : menus == 1
                    ? tr("1 menu changes at the start, if the account stays as it is now.")
                    : tr("%1 menus change at the start, if the account stays as it is now.")
                          .arg(menus));
        });
    });
}

void ScheduleDialog::schedule()
{
    const QDateTime now = m_now();
    const TimeCheck check = checkTimes(start(), end(), now);
    if (check == TimeCheck::EndNotAfterStart) {
        updateTimes();
        if (m_prompter)
            m_prompter->showError(this, windowTitle(), tr("The end must come after the start."));
        return;
    }
    if (m_errors > 0)
        return;
    if (check == TimeCheck::StartSoon && m_prompter) {
        const QString question =
            start() <= now
                ? tr("The start has passed: the menu goes live on %1 as soon as it is "
                     "scheduled. Schedule it anyway?")
                      .arg(m_accounts ? m_accounts->current().displayName() : QString())
                : tr("The start is less than five minutes away: the menu goes live on %1 at %2 "
                     "without asking again. Schedule it anyway?")
                      .arg(m_accounts ? m_accounts->current().displayName() : QString(),
                           CampaignTime::both(start()));
        if (!m_prompter->askYesNo(this, windowTitle(), question))
            return;
    }
    emit scheduleRequested(start(), end());
}

void ScheduleDialog::showFailure(const QString &text)
{
    m_message->setText(text);
    if (m_prompter)
        m_prompter->showError(this, windowTitle(), text);
}
