#pragma once

#include <documentdata.h>

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <functional>

class AccountBanner;
class AccountDirectory;
class MessageLabel;
class Prompter;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class ReviewList;

/**
 * Schedule this menu: a start (and, if wanted, an end) picked with date-time pickers, each also
 * shown in Beijing time; the review in pictures of what the start will change on the account
 * as it is now; a warning when the start is less than five minutes away. An end that is not
 * after the start is refused. Schedule emits scheduleRequested(); whoever adds the campaign
 * then calls accept() or showFailure(). Nothing is published here.
 */
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the times chosen amount to.
    enum class TimeCheck { Fine, StartSoon, EndNotAfterStart };
    Q_ENUM(TimeCheck)

    /// A start closer than this (or past) is warned about.
    static constexpr int kSoonSeconds = 5 * 60;

    ScheduleDialog(AccountDirectory *accounts, const DocumentData &wanted,
                   QWidget *parent = nullptr);

    /// Asks whether a start that is soon is meant; without one the warning shows only.
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    /// The clock (tests stand it in); sets the pickers' first values from it.
    void setClock(std::function<QDateTime()> now);
    /// `end` invalid: no end.
    static TimeCheck checkTimes(const QDateTime &start, const QDateTime &end, const QDateTime &now);

    /// Reads the live menus of the current account and shows what the start changes.
    void compare();
    /// Checks the times, asks about a start that is soon, then emits scheduleRequested().
    void schedule();
    /// The campaign could not be added: says why, the dialog stays open.
    void showFailure(const QString &text);

    QDateTime start() const;
    /// Invalid when there is no end.
    QDateTime end() const;
    void setTimes(const QDateTime &start, const QDateTime &end);

    QDateTimeEdit *startEdit() const { return m_startEdit; }
    QDateTimeEdit *endEdit() const { return m_endEdit; }
    /// "Restore the previous menus at" ("endCheck").
    QCheckBox *endCheck() const { return m_endCheck; }
    /// The warning or refusal about the times ("timeMessage").
    MessageLabel *timeMessage() const { return m_timeMessage; }
    /// The review of what the start changes ("review").
    ReviewList *review() const { return m_review; }
    /// Reading, nothing to change, a failure ("scheduleMessage").
    QLabel *message() const { return m_message; }
    QPushButton *scheduleButton() const { return m_schedule; }
    /// Whether the live menus were read and the review shows.
    bool compared() const { return m_compared; }

signals:
    /// Add the campaign: publish the document at `start`, restore at `end` (invalid: never).
    void scheduleRequested(const QDateTime &start, const QDateTime &end);

private:
    void updateTimes();

    QPointer<AccountDirectory> m_accounts;
    DocumentData m_wanted;
    Prompter *m_prompter = nullptr;
    std::function<QDateTime()> m_now;
    int m_errors = 0;
    bool m_compared = false;

    AccountBanner *m_banner;
    QDateTimeEdit *m_startEdit;
    QLabel *m_startBeijing;
    QCheckBox *m_endCheck;
    QDateTimeEdit *m_endEdit;
    QLabel *m_endBeijing;
    MessageLabel *m_timeMessage;
    ReviewList *m_review;
    QLabel *m_message;
    QPushButton *m_schedule;
};
