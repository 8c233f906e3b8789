#include "pulltargetscommand.h"

#include "cliresult.h"
#include "commandline.h"
#include "jobqueue.h"
#include "pushtargetscommand.h"
#include "targetconnection.h"
#include "targetsinput.h"

#include <errorpolicy.h>
#include <livemenus.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <publishhistory.h>

#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <memory>

namespace {

QString usage()
{
    return Cli::tr("Usage: wemenu pull --targets TARGETS.json -o DIR [--jobs N]\n"
                   "\n"
                   "Reads the live menus of every account of TARGETS.json (see wemenu push\n"
                   "--help) and writes one document per account in DIR, named after the\n"
                   "target (\"Shop A.json\").\n"
                   "\n"
                   "Exit codes: 0 done, 1 an account refused, 2 bad arguments or file,\n"
                   "64 usage error.\n");
}

struct Job
{
    std::unique_ptr<TargetConnection> connection;
    std::unique_ptr<LiveMenus> reader;
};

} // namespace

namespace PullTargetsCommand {

QString fileName(const QString &targetName)
{
    QString name;
    for (const QChar c : targetName.trimmed()) {
        const bool bad =
            c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c);
        name += bad ? QLatin1Char('_') : c;
    }
    if (name.startsWith(QLatin1Char('.')))
        name.replace(0, 1, QLatin1Char('_'));
    return name + QStringLiteral(".json");
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption targetsOption(
        QStringLiteral("targets"), Cli::tr("The accounts to read."), QStringLiteral("file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The folder for the documents."),
                                    QStringLiteral("dir"));
    const QCommandLineOption jobsOption(
        QStringLiteral("jobs"), Cli::tr("Accounts read at once (default 4)."), QStringLiteral("n"));
    parser.addOptions({targetsOption, output, jobsOption});
    const QString text = usage();
    if (const int code = CommandLine::parse(parser, arguments, text); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        return CommandLine::usageError(
            QStringLiteral("pull"),
            Cli::tr("unexpected argument %1.").arg(parser.positionalArguments().first()), text);
    }
    if (!parser.isSet(output)) {
        return CommandLine::usageError(QStringLiteral("pull"),
                                       Cli::tr("--targets needs -o DIR, the folder for the "
                                               "documents."),
                                       text);
    }
    int jobs = PushTargetsCommand::kDefaultJobs;
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            return CommandLine::usageError(QStringLiteral("pull"),
                                           Cli::tr("--jobs takes a number from 1 up."), text);
        }
    }
    TargetsInput input;
    QString error;
    if (!input.load(parser.value(targetsOption), &error)) {
        CommandLine::err(QStringLiteral("wemenu pull: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    const QDir dir(parser.value(output));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        CommandLine::err(Cli::tr("wemenu pull: cannot make the folder %1.\n").arg(dir.path()));
        return ExitCode::BadInput;
    }
    const Targets &targets = input.targets();
    const TargetConnection::Shared shared = input.shared();
    QStringList lines(targets.size());
    bool allOk = true;
    bool writeFailed = false;
    std::vector<std::unique_ptr<Job>> running(size_t(targets.size()));
    QObject owner; // goes before `running`: a deletion still pending then is dropped with it
    const auto end = [&running, &owner](int index, const std::function<void()> &finished) {
        QTimer::singleShot(0, &owner, [&running, index] { running[size_t(index)].reset(); });
        finished();
    };
    JobQueue::run(int(targets.size()), jobs, [&](int index, std::function<void()> finished) {
        const Target &target = targets.at(index);
        auto &job = running[size_t(index)];
        job = std::make_unique<Job>();
        job->connection = std::make_unique<TargetConnection>(target, shared);
        Job *raw = job.get();
        raw->connection->open([&, raw, index, finished](const QString &why) {
            if (!why.isEmpty()) {
                lines[index] = Cli::tr("%1: not read: %2").arg(target.name, why);
                allOk = false;
                end(index, finished);
                return;
            }
            raw->reader = std::make_unique<LiveMenus>(raw->connection->client());
            raw->reader->pullApiMenus([&, raw, index, finished](const LiveResult &result) {
                if (!result.ok) {
                    lines[index] = Cli::tr("%1: not read: %2")
                                       .arg(target.name, ErrorPolicy::explain(result.failure));
                    allOk = false;
                    end(index, finished);
                    return;
                }
                DocumentData document = result.live;
                document.clearMenuIds();
                PublishHistory(PublishHistory::defaultDirectory())
                    .nameMenus(raw->connection->accountKey(), &document);
                const QString path = dir.filePath(fileName(target.name));
                QString failure;
                if (MenuFile::writeFile(path, MenuJsonWriter::document(document), &failure)) {
                    lines[index] = Cli::tr("%1: %2").arg(target.name, path);
                } else {
                    lines[index] = Cli::tr("%1: not written: %2").arg(target.name, failure);
                    writeFailed = true;
                }
                end(index, finished);
            });
        });
    });
    running.clear();
    CommandLine::out(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (writeFailed)
        return ExitCode::BadInput;
    return allOk ? ExitCode::Ok : ExitCode::Errors;
}

} // namespace PullTargetsCommand
