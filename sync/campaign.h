#pragma once

#include "account.h"

#include <documentdata.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// One line of a campaign's log: what a step did, and when.
struct CampaignLogEntry
{
    QDateTime at;    ///< UTC
    QString step;    ///< "start", "end", "add", "cancel"
    QString outcome; ///< "done", "failed", "retry", "restored", "skipped", "missed", ...
    QString message; ///< in words, for people
};

/**
 * A campaign: a document published to an account at `start`, and the menus that were live just
 * before it restored at `end` (design.md, "Campaign rules"). A value type; CampaignStore keeps
 * it as one JSON file, CampaignRunner runs its steps. The account is kept without its secret:
 * a saved account's comes from the keychain at run time, a command-line account's from the
 * environment of `run-due`.
 */
struct Campaign
{
    Q_DECLARE_TR_FUNCTIONS(Campaign)

public:
    enum class State {
        Scheduled,      ///< the start has not run (or failed and will be retried)
        Started,        ///< the start published the document; the end (if any) is to come
        Ended,          ///< the end restored the menus live before the start
        RestoreSkipped, ///< the live menus had changed since the start: nothing was restored
        Missed,         ///< start and end had both passed before the start ran: neither ran
        Failed,         ///< a step failed for good; `failure` says what to do
        Cancelled,      ///< cancelled before its start
    };
    enum class Step { Start, End };

    /// Attempts a step gets: the first and at most three retries after transient errors.
    static constexpr int kMaxAttempts = 4;

    QString id;
    QString sourceFile;        ///< the file the document came from, as given (for people)
    DocumentData document;     ///< what the start publishes
    Account account;           ///< never with a secret
    bool savedAccount = false; ///< `account.name` names a saved account (`--account`)
    QDateTime start;           ///< UTC
    QDateTime end;             ///< UTC; invalid for a campaign without an end
    QDateTime createdAt;       ///< UTC
    State state = State::Scheduled;

    bool hasSnapshot = false;
    DocumentData snapshot; ///< the live menus just before the start ran
    bool hasPublished = false;
    DocumentData published; ///< the live menus the start left (what it published)

    int startAttempts = 0;
    int endAttempts = 0;
    /// The step under way when the file was last written ("start"/"end"); set before a step
    /// sends anything and cleared when it ends, so an interrupted step is known at the next run.
    std::optional<Step> running;
    /// UTC; invalid unless a step waits for the cause of a lasting error to pass (a daily
    /// quota: the next 00:00 Beijing time). No step is due before it.
    QDateTime retryAfter;
    /// True while the menus of the snapshot are still to be put back after a start that
    /// stopped part-way and whose restore stopped too (`running` is then Start). The next due
    /// run resumes the restore; once it is done the campaign is Failed.
    bool putBackPending = false;
    QString putBackWhy;      ///< why the start stopped, for the messages of the put back
    int putBackAttempts = 0; ///< runs of the put back so far (at most kMaxAttempts)
    QString failure;         ///< for Failed and RestoreSkipped: why, and what to do
    QList<CampaignLogEntry> log;

    /// The step due at `now` (UTC), if any. A Scheduled campaign whose end has passed has no
    /// due step: it is missed (isMissed()).
    std::optional<Step> dueStep(const QDateTime &now) const;
    /// True when both the start and the end passed at `now` before the start ran.
    bool isMissed(const QDateTime &now) const;
    /// The time of the next step still to run, invalid when none is left. A step waiting for
    /// a retry is due at once (its time has passed), or at `retryAfter` when that is later.
    QDateTime nextStepTime() const;
    /// True when a step is still to run (for the system timer).
    bool hasStepLeft() const;

    /// Appends a log line at `at`.
    void addLog(const QDateTime &at, const QString &step, const QString &outcome,
                const QString &message);

    /// "scheduled", "started", "ended", "restore skipped", "missed", "failed", "cancelled":
    /// the words of `list --json` and of the file.
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);
    /// The state in the user's language.
    static QString stateText(State state);
    /// The state in words, or "putting the menus back" while a failed start's put back waits.
    QString statusText() const;
    static QString stepKey(Step step);
    /// "3f2a1b0c (spring.json)": how messages name a campaign.
    QString label() const;

    /// The file's JSON (no secret ever).
    QJsonObject toJson() const;
    /// Reads a campaign file's JSON; false with `error` naming the field when it is not one.
    static bool fromJson(const QJsonObject &json, Campaign *campaign, QString *error);
};
