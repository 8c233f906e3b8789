#include "systemduserscheduler.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int kSystemctlTimeoutMs = 20000;

/// A path as systemd reads it in ExecStart: quoted, with its quotes and backslashes escaped.
QString quotedPath(const QString &path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool writeText(const QString &fileName, const QString &text, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error =
            SystemdUserScheduler::tr("%1: cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace

SystemdUserScheduler::SystemdUserScheduler(const QString &unitDirectory, const QString &executable,
                                           const QString &systemctl)
    : m_unitDirectory(unitDirectory)
    , m_executable(executable)
    , m_systemctl(systemctl)
{}

QString SystemdUserScheduler::defaultUnitDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/systemd/user");
}

QString SystemdUserScheduler::timerFile() const
{
    return QDir(m_unitDirectory).filePath(timerName());
}

QString SystemdUserScheduler::serviceFile() const
{
    return QDir(m_unitDirectory).filePath(serviceName());
}

QString SystemdUserScheduler::onCalendar(const QDateTime &next)
{
    return next.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString SystemdUserScheduler::timerText(const QDateTime &next) const
{
    return QStringLiteral("[Unit]\n"
                          "Description=WeMenu campaigns: the next due step\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=%1\n"
                          "Persistent=true\n"
                          "Unit=%2\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(onCalendar(next), serviceName());
}

QString SystemdUserScheduler::serviceText() const
{
    return QStringLiteral("[Unit]\n"
                          "Description=WeMenu campaigns: run the due steps\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%1 campaign run-due\n")
        .arg(quotedPath(m_executable));
}

QString SystemdUserScheduler::cronLine() const
{
    return QStringLiteral("*/5 * * * * %1 campaign run-due").arg(quotedPath(m_executable));
}

bool SystemdUserScheduler::writeUnits(const QDateTime &next, QString *error) const
{
    if (!next.isValid()) {
        for (const QString &file : {timerFile(), serviceFile()}) {
            if (QFile::exists(file) && !QFile::remove(file)) {
                *error = tr("%1: cannot be removed.").arg(file);
                return false;
            }
        }
        return true;
    }
    if (!QDir().mkpath(m_unitDirectory)) {
        *error = tr("cannot create the folder %1").arg(m_unitDirectory);
        return false;
    }
    return writeText(serviceFile(), serviceText(), error) &&
           writeText(timerFile(), timerText(next), error);
}

bool SystemdUserScheduler::systemctl(const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_systemctl, QStringList{QStringLiteral("--user")} + arguments);
    if (!process.waitForStarted(kSystemctlTimeoutMs)) {
        *error = tr("systemctl could not be started: %1").arg(process.errorString());
        return false;
    }
    if (!process.waitForFinished(kSystemctlTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = tr("systemctl --user did not answer.");
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAll()).trimmed();
        if (error->isEmpty())
            *error = tr("systemctl --user %1 failed.").arg(arguments.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

bool SystemdUserScheduler::arrange(const QDateTime &next, QString *message)
{
    QString error;
    if (!writeUnits(next, &error)) {
        *message = error;
        return false;
    }
    if (!next.isValid()) {
        // No step left: the timer is stopped; the files are gone already.
        systemctl({QStringLiteral("disable"), QStringLiteral("--now"), timerName()}, &error);
        systemctl({QStringLiteral("daemon-reload")}, &error);
        message->clear();
        return true;
    }
    if (!systemctl({QStringLiteral("daemon-reload")}, &error) ||
        !systemctl({QStringLiteral("enable"), timerName()}, &error) ||
        !systemctl({QStringLiteral("restart"), timerName()}, &error)) {
        *message = tr("No system timer: systemctl --user is not available here (%1). The "
                      "campaign runs while WeMenu is open; to run it without WeMenu, add this "
                      "line to your crontab (crontab -e):\n%2")
                       .arg(error, cronLine());
        return false;
    }
    *message =
        tr("The system timer %1 runs the next step at %2.").arg(timerFile(), onCalendar(next));
    return true;
}
