#include "pushcommand.h"

#include "apiconnection.h"
#include "cliresult.h"
#include "commandline.h"
#include "planreport.h"
#include "pushtargetscommand.h"
#include "waitfor.h"

#include <errorpolicy.h>
#include <livemenus.h>
#include <menufile.h>
#include <publishhistory.h>
#include <publishplanner.h>
#include <publishrunner.h>

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

constexpr int kNotConfirmed = 3;

QString pushUsage()
{
    const QString text = Cli::tr(
        "Usage: wemenu push FILE [--dry-run] [--yes] (--account NAME | --api-base URL --appid ID)\n"
        "       [--token-endpoint stable_token|token] [--token-service URL] [--timeout S]\n"
        "       [--plan-out PLAN.md]\n"
        "\n"
        "Publishes FILE with the shortest plan of calls that keeps the priority of its\n"
        "conditional menus. Prints the plan, one call a line (ENDPOINT TARGET), then runs it\n"
        "and reads the account back to verify. Without --yes it asks first, and with no\n"
        "terminal to ask it stops. Only the plan goes to stdout; messages go to stderr.\n"
        "--plan-out PLAN.md also writes the plan and the changes in words as Markdown, for a\n"
        "merge request comment, before anything is published.\n"
        "%1"
        "\n"
        "Exit codes: 0 done and verified, 1 refused or stopped part-way, 2 bad input,\n"
        "3 not confirmed, 64 usage error.\n");
    return text.arg(CommandLine::credentialsHelp());
}

/// Reads the account's live menus (menu/get); otherwise says why not.
bool readLive(const ApiConnection &connection, DocumentData *live)
{
    LiveMenus reader(connection.client());
    const LiveResult result = CommandLine::waitFor<LiveResult>(
        [&reader](LiveMenus::Callback done) { reader.pullApiMenus(done); });
    if (!result.ok) {
        CommandLine::err(
            QStringLiteral("wemenu push: %1\n").arg(ErrorPolicy::explain(result.failure)));
        return false;
    }
    *live = result.live;
    return true;
}

void printPlan(const QList<PublishStep> &plan)
{
    QString lines;
    for (const PublishStep &step : plan)
        lines += step.line() + QLatin1Char('\n');
    CommandLine::out(lines);
}

bool confirm(int calls)
{
    if (!isatty(STDIN_FILENO))
        return false;
    CommandLine::err(Cli::tr("Publish these %1 call(s)? [y/N] ").arg(calls));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

/// Runs the plan, saying on stderr how each lost answer was settled.
PublishOutcome publish(const ApiConnection &connection, const DocumentData &live,
                       const DocumentData &wanted, const QList<PublishStep> &plan)
{
    PublishHistory history(PublishHistory::defaultDirectory());
    PublishRunner runner(connection.client(), &history, connection.account());
    QObject::connect(&runner, &PublishRunner::callChecked, [](const PublishStep &step, bool ran) {
        CommandLine::err(
            (ran ? Cli::tr("%1: the answer was lost, but the account shows the call took effect; "
                           "going on.\n")
                 : Cli::tr("%1: the answer was lost and the account shows the call did not take "
                           "effect; planning again from the account.\n"))
                .arg(step.line()));
    });
    return CommandLine::waitFor<PublishOutcome>(
        [&](PublishRunner::Callback done) { runner.run(live, wanted, plan, done); });
}

QString historyLine(const PublishOutcome &outcome)
{
    return outcome.historyFile.isEmpty()
               ? QString()
               : Cli::tr("The account's menus before this push are saved in %1\n")
                     .arg(outcome.historyFile);
}

/// What ran and what did not, for a run that failed or was cancelled.
QString stoppedReport(const PublishOutcome &outcome)
{
    if (outcome.failedStep < 0)
        return Cli::tr("Nothing was published: %1\n").arg(ErrorPolicy::explain(outcome.failure));
    const QList<PublishStep> &steps = outcome.steps;
    QString report =
        Cli::tr("Stopped at call %1 of %2 (%3): %4\n")
            .arg(outcome.failedStep + 1)
            .arg(steps.size())
            .arg(steps.at(outcome.failedStep).line(), ErrorPolicy::explain(outcome.failure));
    if (outcome.rereads >= PublishRunner::kMaxRereads &&
        ErrorPolicy::outcomeUnknown(outcome.failure)) {
        report += Cli::tr("The account was read again %1 times after answers that left the "
                          "outcome unknown; WeMenu stops here rather than guess.\n")
                      .arg(outcome.rereads);
    }
    for (int i = 0; i < steps.size(); ++i) {
        report += (i < outcome.stepsDone ? Cli::tr("ran:     %1\n") : Cli::tr("not run: %1\n"))
                      .arg(steps.at(i).line());
    }
    return report;
}

/// Says how the run ended and returns the exit code.
int reportOutcome(const PublishOutcome &outcome)
{
    switch (outcome.status) {
    case PublishOutcome::Status::Done:
        CommandLine::err(Cli::tr("Published and verified. Phones show the new menu within about 5 "
                                 "minutes, or at once after unfollowing and following again.\n"));
        return ExitCode::Ok;
    case PublishOutcome::Status::Changed:
        if (outcome.rereads == 0) {
            CommandLine::err(Cli::tr("The live menus changed since they were read; nothing was "
                                     "published. Run push again to see the new plan.\n"));
        } else {
            CommandLine::err(Cli::tr("After a lost answer the account shows neither the state "
                                     "before nor after that call: someone else changed it. "
                                     "%1 call(s) ran. Run push again to see the new plan.\n")
                                 .arg(outcome.stepsDone));
        }
        if (const QString line = historyLine(outcome); !line.isEmpty())
            CommandLine::err(line);
        return ExitCode::Errors;
    case PublishOutcome::Status::Unverified:
        CommandLine::err(Cli::tr("Every call ran, but the account does not show the document. %1\n")
                             .arg(outcome.failure.kind == ApiResult::Kind::Ok
                                      ? QString()
                                      : ErrorPolicy::explain(outcome.failure)));
        return ExitCode::Errors;
    case PublishOutcome::Status::Cancelled:
    case PublishOutcome::Status::Failed:
        break;
    }
    CommandLine::err(stoppedReport(outcome) + historyLine(outcome));
    return ExitCode::Errors;
}

} // namespace

namespace PushCommand {

int run(const QStringList &arguments)
{
    if (PushTargetsCommand::wanted(arguments))
        return PushTargetsCommand::run(arguments);
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Cli::tr("Print the plan and stop."));
    const QCommandLineOption yes(QStringLiteral("yes"), Cli::tr("Publish without asking."));
    parser.addOption(dryRun);
    parser.addOption(yes);
    const QCommandLineOption planOut(QStringLiteral("plan-out"),
                                     Cli::tr("Also write the plan as Markdown to PLAN.md."),
                                     QStringLiteral("PLAN.md"));
    parser.addOption(planOut);
    ApiConnection::addOptions(parser);
    const QString usage = pushUsage();
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    QString file;
    if (!CommandLine::oneFile(parser, QStringLiteral("push"), usage, &file))
        return ExitCode::Usage;
    DocumentData wanted;
    if (!CommandLine::readWholeDocument(
            file, &wanted,
            Cli::tr("%1: this is a %2 file, not a whole menu document; open it in the editor and "
                    "save it as a document to publish it.\n"),
            Cli::tr("%1: %2 error(s); nothing was published.\n")))
        return ExitCode::BadInput;

    ApiConnection connection;
    QString error;
    if (!connection.open(parser, &error)) {
        CommandLine::err(QStringLiteral("wemenu push: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    DocumentData live;
    if (!readLive(connection, &live))
        return ExitCode::Errors;
    const QList<PublishStep> plan = PublishPlanner::plan(live, wanted);
    printPlan(plan);
    if (parser.isSet(planOut) &&
        !MenuFile::writeFile(
            parser.value(planOut),
            PlanReport::markdown(file, connection.account(), plan, live, wanted).toUtf8(),
            &error)) {
        CommandLine::err(Cli::tr("wemenu push: %1; nothing was published.\n").arg(error));
        return ExitCode::BadInput;
    }
    if (plan.isEmpty()) {
        CommandLine::err(Cli::tr("The account already shows this document; nothing to publish.\n"));
        return ExitCode::Ok;
    }
    if (parser.isSet(dryRun))
        return ExitCode::Ok;
    if (!parser.isSet(yes) && !confirm(int(plan.size()))) {
        CommandLine::err(Cli::tr("Not published: confirm with --yes, or run it in a terminal.\n"));
        return kNotConfirmed;
    }
    return reportOutcome(publish(connection, live, wanted, plan));
}

} // namespace PushCommand
