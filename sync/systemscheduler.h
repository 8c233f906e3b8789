#pragma once

#include <QDateTime>
#include <QString>

/**
 * What makes the system run `wemenu campaign run-due` when a campaign step is due, with or
 * without WeMenu open: a systemd user timer on Linux (SystemdUserScheduler); Windows Task
 * Scheduler or launchd could follow. Tests use a fake.
 */
class SystemScheduler
{
public:
    virtual ~SystemScheduler() = default;

    /**
     * Arranges a run of due steps at `next` (UTC), or, when `next` is invalid (no step left),
     * removes what was arranged. Returns false when the system offers no timer; `message` then
     * says so plainly and what to do instead (a cron line). On success `message` says what was
     * installed, or is empty.
     */
    virtual bool arrange(const QDateTime &next, QString *message) = 0;
};
