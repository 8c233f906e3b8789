#pragma once

#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

/**
 * A git repository in a temporary folder, with its own HOME (no global or system config),
 * user.name and user.email set locally, and `extraPath` (e.g. wemenu's folder) first on PATH.
 */
class ThrowawayRepo
{
public:
    explicit ThrowawayRepo(const QString &extraPath = QString())
        : m_git(QStandardPaths::findExecutable(QStringLiteral("git")))
    {
        m_env = QProcessEnvironment::systemEnvironment();
        setThrowawayHome(m_env, m_home.path());
        m_env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        m_env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_EXTERNAL_DIFF",
                                 "WEMENU_ACCESS_TOKEN", "WEMENU_APP_SECRET"})
            m_env.remove(QString::fromLatin1(name));
        if (!extraPath.isEmpty())
            m_env.insert(QStringLiteral("PATH"),
                         extraPath + QLatin1Char(':') + m_env.value(QStringLiteral("PATH")));
    }

    bool hasGit() const { return !m_git.isEmpty(); }
    /// Creates the repository on branch main with a local user; false when git failed.
    bool init()
    {
        return git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                    QStringLiteral("main")})
                       .exitCode == 0 &&
               git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")})
                       .exitCode == 0 &&
               git({QStringLiteral("config"), QStringLiteral("user.email"),
                    QStringLiteral("test@example.com")})
                       .exitCode == 0;
    }

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString homePath() const { return m_home.path(); }
    QProcessEnvironment &environment() { return m_env; }

    ProgramRun git(const QStringList &arguments) { return run(m_git, arguments); }
    /// Runs `command` with /bin/sh -c in the repository, as a CI step does.
    ProgramRun shell(const QString &command)
    {
        return run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    }
    ProgramRun run(const QString &program, const QStringList &arguments)
    {
        ProgramOptions options;
        options.environment = m_env;
        options.workingDirectory = m_dir.path();
        options.timeoutMs = 120000;
        return runProgram(program, arguments, options);
    }

    bool write(const QString &name, const QByteArray &bytes)
    {
        const QString fileName = filePath(name);
        QDir().mkpath(QFileInfo(fileName).absolutePath());
        QFile file(fileName);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(bytes) == bytes.size();
    }
    QByteArray read(const QString &name) const
    {
        QFile file(filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QString m_git;
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};
