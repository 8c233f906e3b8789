#pragma once

#include <QEventLoop>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <utility>

/// One run of a program: whether it ended in time, how, and what it printed.
struct ProgramRun
{
    bool finished = false;   ///< it ended within the time given (false: never started, or killed)
    bool normalExit = false; ///< it ended by itself, not by a signal
    int exitCode = -1;       ///< its exit code when it ended by itself, else -1
    QString error;           ///< why it did not finish, when it did not
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    /// The exit, then both outputs (each cut at 3,000 bytes), for a failed check's message.
    QByteArray describe() const
    {
        QByteArray text = "exit " + QByteArray::number(exitCode);
        if (!finished)
            text += " (not finished: " + error.toUtf8() + ')';
        else if (!normalExit)
            text += " (crashed)";
        return text + "\n--- stdout:\n" + out.left(3000) + "\n--- stderr:\n" + err.left(3000);
    }
};

/// How to run a program: its environment, folder, standard input and time allowed.
struct ProgramOptions
{
    ProgramOptions(QProcessEnvironment env = QProcessEnvironment::systemEnvironment()) // NOLINT
        : environment(std::move(env))
    {}

    QProcessEnvironment environment;
    QString workingDirectory; ///< empty: this process's
    QByteArray input;         ///< written to its standard input, which is then closed
    int timeoutMs = 180000;
};

/**
 * Runs `program` to its end. This process's event loop turns meanwhile, so that a server it
 * holds (a sandbox, a proxy, a link test server) answers the program. A program still running
 * after the time allowed is killed and reported as not finished.
 */
inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
                             const ProgramOptions &options = {})
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop,
                     [&loop](QProcess::ProcessError error) {
                         if (error == QProcess::FailedToStart)
                             loop.quit();
                     });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForStarted(options.timeoutMs)) {
        run.error = process.errorString();
        return run;
    }
    process.write(options.input);
    process.closeWriteChannel();
    deadline.start(options.timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        run.error = QStringLiteral("still running after %1 ms").arg(options.timeoutMs);
        process.kill();
        process.waitForFinished();
    } else {
        run.finished = true;
        run.normalExit = process.exitStatus() == QProcess::NormalExit;
        run.exitCode = run.normalExit ? process.exitCode() : -1;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// This process's environment in English (C.UTF-8, no LANGUAGE), less `removed`.
inline QProcessEnvironment englishEnvironment(const QStringList &removed = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (const QString &name : removed)
        env.remove(name);
    return env;
}

/// Puts the home folder and the XDG config, data and cache folders into `root` (as "config",
/// "data" and "cache"; the home folder is `root` itself, or its subfolder `homeName`), so that a
/// program a test runs never reads or writes the user's own settings and files.
inline void setThrowawayHome(QProcessEnvironment &env, const QString &root,
                             const QString &homeName = {})
{
    const auto in = [&root](const QString &name) { return root + QLatin1Char('/') + name; };
    env.insert(QStringLiteral("HOME"), homeName.isEmpty() ? root : in(homeName));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), in(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), in(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), in(QStringLiteral("cache")));
}

#ifdef WEMENU_BINARY
/// runProgram() for the wemenu executable this build made; in English unless told otherwise.
inline ProgramRun runWemenu(const QStringList &arguments,
                            const ProgramOptions &options = englishEnvironment())
{
    return runProgram(QStringLiteral(WEMENU_BINARY), arguments, options);
}
#endif
