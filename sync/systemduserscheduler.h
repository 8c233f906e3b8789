#pragma once

#include "systemscheduler.h"

#include <QCoreApplication>
#include <QStringList>

/**
 * A systemd user timer rewritten to the next due time: `wemenu-campaigns.timer`
 * (`OnCalendar=` in UTC, `Persistent=true`) and `wemenu-campaigns.service` (`ExecStart=` the
 * absolute path of wemenu, `campaign run-due`) in the user's systemd folder
 * (XDG_CONFIG_HOME/systemd/user), enabled with `systemctl --user`; removed when no step is
 * left. Where `systemctl --user` does not answer it says so and offers a cron line.
 */
class SystemdUserScheduler : public SystemScheduler
{
    Q_DECLARE_TR_FUNCTIONS(SystemdUserScheduler)

public:
    /// `executable`: the absolute path of wemenu. `systemctl`: the program to call (a path or
    /// "systemctl").
    SystemdUserScheduler(const QString &unitDirectory, const QString &executable,
                         const QString &systemctl = QStringLiteral("systemctl"));

    /// XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user).
    static QString defaultUnitDirectory();
    static QString timerName() { return QStringLiteral("wemenu-campaigns.timer"); }
    static QString serviceName() { return QStringLiteral("wemenu-campaigns.service"); }

    bool arrange(const QDateTime &next, QString *message) override;

    /// Writes (or, for an invalid `next`, removes) the unit files only, without systemctl.
    bool writeUnits(const QDateTime &next, QString *error) const;
    QString timerFile() const;
    QString serviceFile() const;
    /// The timer's text for `next`; the service's text.
    QString timerText(const QDateTime &next) const;
    QString serviceText() const;
    /// "2030-11-10 16:00:00 UTC".
    static QString onCalendar(const QDateTime &next);
    /// A crontab line that runs due steps every five minutes.
    QString cronLine() const;

private:
    /// Runs systemctl --user with `arguments`; false with `error` set when it fails.
    bool systemctl(const QStringList &arguments, QString *error) const;

    QString m_unitDirectory;
    QString m_executable;
    QString m_systemctl;
};
