#include "pushtargetscommand.h"

#include "cliresult.h"
#include "commandline.h"
#include "jobqueue.h"
#include "targetconnection.h"
#include "targetsinput.h"

#include <errorpolicy.h>
#include <livemenus.h>
#include <menuvariables.h>
#include <publishhistory.h>
#include <publishplanner.h>
#include <publishrunner.h>
#include <readresult.h>
#include <validator.h>

#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

constexpr int kNotConfirmed = 3;

QString usage()
{
    return Cli::tr(
        "Usage: wemenu push FILE --targets TARGETS.json [--dry-run] [--yes] [--jobs N]\n"
        "\n"
        "Publishes FILE to every account of TARGETS.json, each with its own ${variables}\n"
        "filled in. Every account's document is checked first: an unknown variable or an error\n"
        "in any of them stops everything before a call is sent. Then it prints the plan of\n"
        "each account, publishes to up to N accounts at once (default 4), and ends with one\n"
        "line per account.\n"
        "\n"
        "TARGETS.json: {\"targets\":[{\"name\":\"Shop A\",\"account\":\"Shop A\",\"vars\":{...}},\n"
        "  {\"name\":\"Shop B\",\"api_base\":\"https://api.weixin.qq.com\",\"appid\":\"wx...\",\n"
        "   \"secret_env\":\"SHOP_B_SECRET\",\"vars\":{\"domain\":\"b.example.com\"}}]}\n"
        "  \"token_env\" names a variable holding an access token instead of an AppSecret.\n"
        "\n"
        "Exit codes: 0 every account done and verified, 1 an account refused or stopped,\n"
        "2 bad input (nothing sent), 3 not confirmed, 64 usage error.\n");
}

/// One account's part of the run.
struct Work
{
    DocumentData wanted;
    DocumentData live;
    QList<PublishStep> plan;
    bool planned = false; ///< the live menus were read and a plan made
    bool ok = false;      ///< done and verified
    QString closing;      ///< the closing line
};

/// The objects of one job, alive only while it runs.
struct Job
{
    std::unique_ptr<TargetConnection> connection;
    std::unique_ptr<LiveMenus> reader;
    std::unique_ptr<PublishHistory> history;
    std::unique_ptr<PublishRunner> runner;
};

QString reason(const ApiResult &result)
{
    const QString words = ErrorPolicy::explain(result);
    return result.kind == ApiResult::Kind::WeChatError
               ? QStringLiteral("%1 %2").arg(result.errcode).arg(words)
               : words;
}

QString callsDone(const QString &name, int calls)
{
    return calls == 1 ? Cli::tr("%1: done, 1 call").arg(name)
                      : Cli::tr("%1: done, %2 calls").arg(name).arg(calls);
}

/// Reads FILE as the whole document to publish (the template, checked once filled in).
bool readTemplate(const QString &file, DocumentData *data)
{
    ReadResult read;
    if (!CommandLine::readMenu(file, &read))
        return false;
    if (read.shape != Shape::Document && read.shape != Shape::MenuGet) {
        CommandLine::err(Cli::tr("%1: this is a %2 file, not a whole menu document; open it in "
                                 "the editor and save it as a document to publish it.\n")
                             .arg(file, shapeName(read.shape)));
        return false;
    }
    *data = read.data;
    return true;
}

/// Fills the template in for `target` and checks the result; says on stderr what is wrong.
bool fillIn(const DocumentData &document, const Target &target, DocumentData *wanted)
{
    const FilledDocument filled = MenuVariables::fill(document, target.vars);
    for (const VariableUse &use : filled.unknown) {
        CommandLine::err(Cli::tr("%1: unknown variable ${%2} in %3; give it in the \"vars\" of "
                                 "this target.\n")
                             .arg(target.name, use.variable, use.path));
    }
    if (!filled.ok())
        return false;
    bool ok = true;
    for (const Issue &issue : Validator::validate(filled.document, Shape::Document)) {
        if (!issue.isError())
            continue;
        ok = false;
        const QStringList variables = MenuVariables::variablesAt(filled.used, issue.path);
        if (variables.isEmpty()) {
            CommandLine::err(Cli::tr("%1: %2 breaks rule %3: %4\n")
                                 .arg(target.name, issue.path, issue.rule, issue.message));
        } else {
            CommandLine::err(Cli::tr("%1: variable ${%2} (\"%3\") breaks rule %4 at %5: %6\n")
                                 .arg(target.name, variables.join(QStringLiteral("}, ${")),
                                      target.vars.value(variables.first()), issue.rule, issue.path,
                                      issue.message));
        }
    }
    *wanted = filled.document;
    return ok;
}

bool confirm(int accounts, int calls)
{
    if (!isatty(STDIN_FILENO))
        return false;
    CommandLine::err(
        Cli::tr("Publish %1 call(s) to %2 account(s)? [y/N] ").arg(calls).arg(accounts));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

/// Ends job `index`: its objects go once the event loop is back, then the queue moves on.
void endJob(QObject *owner, std::vector<std::unique_ptr<Job>> &jobs, int index,
            const std::function<void()> &finished)
{
    // `owner` goes before `jobs` does: a deletion still pending then is dropped with it.
    QTimer::singleShot(0, owner, [&jobs, index] { jobs[size_t(index)].reset(); });
    finished();
}

/// Reads each account's live menus and plans, up to `limit` accounts at once.
void planAll(const Targets &targets, TargetsInput &input, QList<Work> &work, int limit)
{
    const TargetConnection::Shared shared = input.shared();
    std::vector<std::unique_ptr<Job>> jobs(size_t(targets.size()));
    QObject owner;
    JobQueue::run(int(targets.size()), limit, [&](int index, std::function<void()> finished) {
        auto &job = jobs[size_t(index)];
        job = std::make_unique<Job>();
        const Target &target = targets.at(index);
        job->connection = std::make_unique<TargetConnection>(target, shared);
        Job *raw = job.get();
        raw->connection->open([&, raw, index, finished](const QString &error) {
            Work &mine = work[index];
            if (!error.isEmpty()) {
                mine.closing = Cli::tr("%1: stopped: %2").arg(target.name, error);
                endJob(&owner, jobs, index, finished);
                return;
            }
            raw->reader = std::make_unique<LiveMenus>(raw->connection->client());
            raw->reader->pullApiMenus([&, index, finished](const LiveResult &result) {
                Work &read = work[index];
                if (!result.ok) {
                    read.closing = Cli::tr("%1: stopped at menu/get: %2")
                                       .arg(target.name, reason(result.failure));
                } else {
                    read.live = result.live;
                    read.plan = PublishPlanner::plan(read.live, read.wanted);
                    read.planned = true;
                }
                endJob(&owner, jobs, index, finished);
            });
        });
    });
    jobs.clear();
}

QString closingLine(const QString &name, const PublishOutcome &outcome, bool *ok)
{
    *ok = false;
    switch (outcome.status) {
    case PublishOutcome::Status::Done:
        *ok = true;
        return callsDone(name, outcome.stepsDone);
    case PublishOutcome::Status::Changed:
        return Cli::tr("%1: stopped: the live menus changed since they were read (%2 call(s) "
                       "ran); run push again to see the new plan")
            .arg(name)
            .arg(outcome.stepsDone);
    case PublishOutcome::Status::Unverified:
        return Cli::tr("%1: every call ran, but the account does not show the document").arg(name);
    case PublishOutcome::Status::Cancelled:
    case PublishOutcome::Status::Failed:
        break;
    }
    if (outcome.failedStep < 0 || outcome.failedStep >= outcome.steps.size())
        return Cli::tr("%1: nothing was published: %2").arg(name, reason(outcome.failure));
    return Cli::tr("%1: stopped at %2: %3")
        .arg(name, outcome.steps.at(outcome.failedStep).endpoint(), reason(outcome.failure));
}

/// Publishes each planned account, up to `limit` at once.
void publishAll(const Targets &targets, TargetsInput &input, QList<Work> &work, int limit)
{
    QList<int> todo;
    for (int i = 0; i < work.size(); ++i) {
        if (work.at(i).planned && work.at(i).plan.isEmpty()) {
            work[i].ok = true;
            work[i].closing = callsDone(targets.at(i).name, 0);
        } else if (work.at(i).planned) {
            todo.append(i);
        }
    }
    const TargetConnection::Shared shared = input.shared();
    std::vector<std::unique_ptr<Job>> jobs(size_t(todo.size()));
    QObject owner;
    JobQueue::run(int(todo.size()), limit, [&](int slot, std::function<void()> finished) {
        const int index = todo.at(slot);
        const Target &target = targets.at(index);
        auto &job = jobs[size_t(slot)];
        job = std::make_unique<Job>();
        job->connection = std::make_unique<TargetConnection>(target, shared);
        Job *raw = job.get();
        raw->connection->open([&, raw, index, slot, finished](const QString &error) {
            Work &mine = work[index];
            if (!error.isEmpty()) {
                mine.closing = Cli::tr("%1: stopped: %2").arg(target.name, error);
                endJob(&owner, jobs, slot, finished);
                return;
            }
            raw->history = std::make_unique<PublishHistory>(PublishHistory::defaultDirectory());
            raw->runner = std::make_unique<PublishRunner>(
                raw->connection->client(), raw->history.get(), raw->connection->accountKey());
            QObject::connect(raw->runner.get(), &PublishRunner::callChecked,
                             [name = target.name](const PublishStep &step, bool ran) {
                                 CommandLine::err(
                                     (ran ? Cli::tr("%1: %2: the answer was lost, but the account "
                                                    "shows the call took effect; going on.\n")
                                          : Cli::tr("%1: %2: the answer was lost and the account "
                                                    "shows the call did not take effect; "
                                                    "planning again from the account.\n"))
                                         .arg(name, step.line()));
                             });
            raw->runner->run(
                mine.live, mine.wanted, mine.plan,
                [&, index, slot, finished](const PublishOutcome &outcome) {
                    Work &ran = work[index];
                    ran.closing = closingLine(targets.at(index).name, outcome, &ran.ok);
                    if (!outcome.historyFile.isEmpty() && !ran.ok) {
                        CommandLine::err(Cli::tr("%1: the account's menus before "
                                                 "this push are saved in %2\n")
                                             .arg(targets.at(index).name, outcome.historyFile));
                    }
                    endJob(&owner, jobs, slot, finished);
                });
        });
    });
    jobs.clear();
}

} // namespace

namespace PushTargetsCommand {

bool wanted(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--targets") ||
            argument.startsWith(QLatin1String("--targets=")))
            return true;
        if (argument == QLatin1String("--"))
            break;
    }
    return false;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption targetsOption(QStringLiteral("targets"),
                                           Cli::tr("The accounts and their variables."),
                                           QStringLiteral("file"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Print the plans and stop."));
    const QCommandLineOption yes(QStringLiteral("yes"), Cli::tr("Publish without asking."));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        Cli::tr("Accounts published at once (default 4)."),
                                        QStringLiteral("n"));
    parser.addOptions({targetsOption, dryRun, yes, jobsOption});
    const QString text = usage();
    if (const int code = CommandLine::parse(parser, arguments, text); code >= 0)
        return code;
    QString file;
    if (!CommandLine::oneFile(parser, QStringLiteral("push"), text, &file))
        return ExitCode::Usage;
    int jobs = kDefaultJobs;
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            return CommandLine::usageError(QStringLiteral("push"),
                                           Cli::tr("--jobs takes a number from 1 up."), text);
        }
    }

    DocumentData document;
    if (!readTemplate(file, &document))
        return ExitCode::BadInput;
    TargetsInput input;
    QString error;
    if (!input.load(parser.value(targetsOption), &error)) {
        CommandLine::err(QStringLiteral("wemenu push: %1\nNothing was sent.\n").arg(error));
        return ExitCode::BadInput;
    }
    const Targets &targets = input.targets();
    QList<Work> work(targets.size());
    bool allFilled = true;
    for (qsizetype i = 0; i < targets.size(); ++i)
        allFilled = fillIn(document, targets.at(i), &work[i].wanted) && allFilled;
    if (!allFilled) {
        CommandLine::err(Cli::tr("wemenu push: nothing was sent to any account.\n"));
        return ExitCode::BadInput;
    }

    planAll(targets, input, work, jobs);
    QString plans;
    int calls = 0;
    int accounts = 0;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Work &mine = work.at(i);
        if (!mine.planned) {
            plans += mine.closing + QLatin1Char('\n');
            continue;
        }
        if (mine.plan.isEmpty()) {
            plans += Cli::tr("%1: nothing to publish\n").arg(targets.at(i).name);
            continue;
        }
        plans += Cli::tr("%1: %2 call(s)\n").arg(targets.at(i).name).arg(mine.plan.size());
        for (const PublishStep &step : mine.plan)
            plans += QStringLiteral("    ") + step.line() + QLatin1Char('\n');
        calls += int(mine.plan.size());
        ++accounts;
    }
    CommandLine::out(plans);
    const bool allRead =
        std::all_of(work.cbegin(), work.cend(), [](const Work &mine) { return mine.planned; });
    if (parser.isSet(dryRun))
        return allRead ? ExitCode::Ok : ExitCode::Errors;
    if (calls > 0 && !parser.isSet(yes) && !confirm(accounts, calls)) {
        CommandLine::err(Cli::tr("Not published: confirm with --yes, or run it in a terminal.\n"));
        return kNotConfirmed;
    }

    publishAll(targets, input, work, jobs);
    QString closing;
    bool allDone = true;
    for (const Work &mine : std::as_const(work)) {
        closing += mine.closing + QLatin1Char('\n');
        allDone = allDone && mine.ok;
    }
    CommandLine::out(closing);
    return allDone ? ExitCode::Ok : ExitCode::Errors;
}

} // namespace PushTargetsCommand
