#include "campaigncommand.h"

#include "apiconnection.h"
#include "campaignnotes.h"
#include "campaignsessions.h"
#include "cliresult.h"
#include "commandline.h"
#include "desktopnotifier.h"
#include "hostedsandbox.h"
#include "sandboxpaths.h"
#include "waitfor.h"

#include <accountlist.h>
#include <accountsession.h>
#include <apirequests.h>
#include <campaign.h>
#include <campaignrunner.h>
#include <campaignstore.h>
#include <keychainsecretstore.h>
#include <loopbackproxyfactory.h>
#include <publishhistory.h>
#include <sandboxhost.h>
#include <systemduserscheduler.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace {

constexpr int kNotConfirmed = 3;
/// A step waiting for a retry is run again this long after the run that failed.
constexpr int kRetryMinutes = 5;

QString usage()
{
    return Cli::tr(
        "Usage: wemenu campaign add FILE --start T [--end T] (--account NAME | --api-base URL "
        "--appid ID)\n"
        "       wemenu campaign list [--json]\n"
        "       wemenu campaign cancel ID [--yes]\n"
        "       wemenu campaign run-due [--now T]\n"
        "\n"
        "A campaign publishes FILE to the account at its start (the plan of push) and, at its\n"
        "end, puts back the menus that were live just before the start, unless someone has\n"
        "changed the live menus since. T is ISO 8601 with an offset (2030-11-11T00:00:00+08:00)\n"
        "or local time (2030-11-11T00:00:00). run-due runs every due step once; on Linux, add\n"
        "installs a systemd user timer that calls it. The secret of an --api-base account is\n"
        "never stored: run-due reads WEMENU_APP_SECRET or WEMENU_ACCESS_TOKEN.\n"
        "\n"
        "Exit codes: 0 done, 1 a due step failed or was refused, 2 bad input, 3 not confirmed,\n"
        "64 usage error.\n");
}

/// Reads an ISO 8601 time, with an offset or in local time.
bool parseTime(const QString &text, QDateTime *time)
{
    *time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return time->isValid();
}

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime()
                                .toString(Qt::ISODateWithMs)
                                .left(19)
                                .replace(QLatin1Char('T'), QLatin1Char(' '))
                          : QStringLiteral("-");
}

/// The system timer, as this computer offers it. WEMENU_SYSTEMCTL names another systemctl.
SystemdUserScheduler scheduler()
{
    const QString systemctl = qEnvironmentVariable("WEMENU_SYSTEMCTL", QStringLiteral("systemctl"));
    return SystemdUserScheduler(SystemdUserScheduler::defaultUnitDirectory(),
                                QCoreApplication::applicationFilePath(), systemctl);
}

/// Points the system timer at the next step of the store (none: removes it) and says how.
void arrangeTimer(const CampaignStore &store, const QDateTime &now, bool quiet = false)
{
    QDateTime next = store.nextStepTime();
    if (next.isValid() && next <= now)
        next = now.addSecs(kRetryMinutes * 60); // a step that waits for a retry
    SystemdUserScheduler timer = scheduler();
    QString message;
    timer.arrange(next, &message);
    // run-due runs every few minutes from a timer or cron: it need not repeat the advice.
    if (!message.isEmpty() && !quiet)
        CommandLine::err(message + QLatin1Char('\n'));
}

int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("start"), Cli::tr("When to publish FILE."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("end"), Cli::tr("When to restore the menus from before."),
                      QStringLiteral("T")});
    ApiConnection::addAccountOptions(parser);
    if (const int code = CommandLine::parse(parser, arguments, usage()); code >= 0)
        return code;
    const QString command = QStringLiteral("campaign add");
    QString file;
    if (!CommandLine::oneFile(parser, command, usage(), &file))
        return ExitCode::Usage;
    QDateTime start;
    QDateTime end;
    if (!parser.isSet(QStringLiteral("start")))
        return CommandLine::usageError(command, Cli::tr("--start T is required."), usage());
    if (!parseTime(parser.value(QStringLiteral("start")), &start)) {
        return CommandLine::usageError(
            command,
            Cli::tr("--start \"%1\" is not an ISO 8601 time such as 2030-11-11T00:00:00+08:00.")
                .arg(parser.value(QStringLiteral("start"))),
            usage());
    }
    if (parser.isSet(QStringLiteral("end"))) {
        if (!parseTime(parser.value(QStringLiteral("end")), &end)) {
            return CommandLine::usageError(
                command,
                Cli::tr("--end \"%1\" is not an ISO 8601 time such as 2030-11-12T00:00:00+08:00.")
                    .arg(parser.value(QStringLiteral("end"))),
                usage());
        }
        if (end <= start) {
            return CommandLine::usageError(command,
                                           Cli::tr("the end (%1) is not after the start (%2).")
                                               .arg(parser.value(QStringLiteral("end")),
                                                    parser.value(QStringLiteral("start"))),
                                           usage());
        }
    }

    Campaign campaign;
    if (parser.isSet(QStringLiteral("account"))) {
        const QString name = parser.value(QStringLiteral("account"));
        QSettings settings;
        const AccountList accounts = AccountList::load(settings);
        const Account *account = accounts.find(name);
        if (!account) {
            CommandLine::err(Cli::tr("wemenu campaign add: there is no saved account named "
                                     "\"%1\".\n")
                                 .arg(name));
            return ExitCode::BadInput;
        }
        campaign.account = *account;
        campaign.savedAccount = true;
    } else if (parser.isSet(QStringLiteral("api-base"))) {
        const QUrl base(parser.value(QStringLiteral("api-base")));
        QString why;
        if (base.isEmpty() || !ApiRequests::isAllowedUrl(base, &why)) {
            CommandLine::err(
                QStringLiteral("wemenu campaign add: %1\n")
                    .arg(why.isEmpty() ? Cli::tr("--api-base URL is required.") : why));
            return ExitCode::BadInput;
        }
        const QString endpoint = parser.value(QStringLiteral("token-endpoint"));
        if (!endpoint.isEmpty() && endpoint != QLatin1String("stable_token") &&
            endpoint != QLatin1String("token")) {
            return CommandLine::usageError(
                command, Cli::tr("--token-endpoint is stable_token or token."), usage());
        }
        campaign.account.apiBase = base;
        campaign.account.appId = parser.value(QStringLiteral("appid"));
        campaign.account.name = campaign.account.appId;
        campaign.account.ordinaryTokenEndpoint = endpoint == QLatin1String("token");
        if (parser.isSet(QStringLiteral("token-service"))) {
            campaign.account.tokenServiceUrl = QUrl(parser.value(QStringLiteral("token-service")));
            if (!ApiRequests::isAllowedUrl(campaign.account.tokenServiceUrl, &why)) {
                CommandLine::err(QStringLiteral("wemenu campaign add: %1\n").arg(why));
                return ExitCode::BadInput;
            }
        } else if (campaign.account.appId.isEmpty()) {
            return CommandLine::usageError(command, Cli::tr("--appid ID is required."), usage());
        }
    } else {
        return CommandLine::usageError(
            command, Cli::tr("give the account: --account NAME, or --api-base URL --appid ID."),
            usage());
    }

    if (!CommandLine::readWholeDocument(
            file, &campaign.document,
            Cli::tr("%1: this is a %2 file, not a whole menu document; open it in the editor and "
                    "save it as a document to schedule it.\n"),
            Cli::tr("%1: %2 error(s); no campaign was added.\n")))
        return ExitCode::BadInput;
    campaign.document.clearMenuIds();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (end.isValid() && end <= now) {
        CommandLine::err(Cli::tr("wemenu campaign add: the end (%1) has passed already; no "
                                 "campaign was added.\n")
                             .arg(parser.value(QStringLiteral("end"))));
        return ExitCode::BadInput;
    }

    CampaignStore store(CampaignStore::defaultDirectory());
    campaign.id = store.newId();
    campaign.sourceFile = QFileInfo(file).absoluteFilePath();
    campaign.start = start.toUTC();
    campaign.end = end.isValid() ? end.toUTC() : QDateTime();
    campaign.createdAt = now;
    campaign.addLog(now, QStringLiteral("add"), QStringLiteral("scheduled"),
                    Cli::tr("Scheduled from %1.").arg(campaign.sourceFile));
    QString error;
    if (!store.save(campaign, &error)) {
        CommandLine::err(QStringLiteral("wemenu campaign add: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    CommandLine::out(Cli::tr("%1 scheduled: publish %2 at %3%4\n")
                         .arg(campaign.id, QFileInfo(file).fileName(), shownTime(campaign.start),
                              campaign.end.isValid()
                                  ? Cli::tr(", restore at %1").arg(shownTime(campaign.end))
                                  : QString()));
    if (campaign.start <= now) {
        CommandLine::err(Cli::tr("The start has passed already: the campaign starts at the next "
                                 "\"wemenu campaign run-due\" (or when the editor is open).\n"));
    }
    if (!campaign.savedAccount) {
        CommandLine::err(Cli::tr("The secret is not stored with the campaign: it runs only where "
                                 "\"wemenu campaign run-due\" finds WEMENU_APP_SECRET (or "
                                 "WEMENU_ACCESS_TOKEN) in its environment.\n"));
    }
    arrangeTimer(store, now);
    return ExitCode::Ok;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(json);
    if (const int code = CommandLine::parse(parser, arguments, usage()); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return CommandLine::usageError(QStringLiteral("campaign list"),
                                       Cli::tr("list takes no FILE."), usage());
    const CampaignStore store(CampaignStore::defaultDirectory());
    QList<CampaignStore::Problem> problems;
    const QList<Campaign> campaigns = store.load(&problems);
    for (const CampaignStore::Problem &problem : std::as_const(problems))
        CommandLine::err(Cli::tr("Skipped: %1\n").arg(problem.message));
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Campaign &c : campaigns) {
            array.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("state"), Campaign::stateKey(c.state)},
                {QStringLiteral("file"), c.sourceFile},
                {QStringLiteral("account"), c.savedAccount ? c.account.name : c.account.appId},
                {QStringLiteral("start"), c.start.toString(Qt::ISODate)},
                {QStringLiteral("end"),
                 c.end.isValid() ? QJsonValue(c.end.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("failure"), c.failure},
            });
        }
        CommandLine::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitCode::Ok;
    }
    QString text;
    for (const Campaign &c : campaigns) {
        text +=
            QStringLiteral("%1  %2  %3 → %4  %5  %6\n")
                .arg(c.id, c.statusText().leftJustified(15), shownTime(c.start), shownTime(c.end),
                     c.savedAccount ? c.account.displayName() : c.account.appId,
                     QFileInfo(c.sourceFile).fileName());
        if (!c.failure.isEmpty())
            text += QStringLiteral("          %1\n").arg(c.failure);
    }
    if (campaigns.isEmpty())
        CommandLine::err(Cli::tr("No campaigns.\n"));
    CommandLine::out(text);
    return ExitCode::Ok;
}

bool confirm(const QString &question)
{
    if (!isatty(STDIN_FILENO))
        return false;
    CommandLine::err(question + QStringLiteral(" [y/N] "));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int cancel(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"), Cli::tr("Drop the end without asking."));
    parser.addOption(yes);
    if (const int code = CommandLine::parse(parser, arguments, usage()); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(QStringLiteral("campaign cancel"),
                                       Cli::tr("expected exactly one campaign ID."), usage());
    const QString id = parser.positionalArguments().first();
    const CampaignStore store(CampaignStore::defaultDirectory());
    Campaign campaign;
    QString error;
    if (!store.read(id, &campaign, &error)) {
        CommandLine::err(QStringLiteral("wemenu campaign cancel: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (campaign.state == Campaign::State::Scheduled && !campaign.running) {
        campaign.state = Campaign::State::Cancelled;
        campaign.addLog(now, QStringLiteral("cancel"), QStringLiteral("cancelled"),
                        Cli::tr("Cancelled before its start."));
        if (!store.save(campaign, &error)) {
            CommandLine::err(QStringLiteral("wemenu campaign cancel: %1\n").arg(error));
            return ExitCode::Errors;
        }
        CommandLine::out(Cli::tr("%1 cancelled: nothing was published.\n").arg(id));
    } else if (campaign.state == Campaign::State::Started && campaign.end.isValid() &&
               !campaign.running) {
        if (!parser.isSet(yes) &&
            !confirm(Cli::tr("Campaign %1 has started. Drop its end, so the campaign's menus "
                             "stay live and the menus from before are not restored?")
                         .arg(id))) {
            CommandLine::err(Cli::tr("Not cancelled: confirm with --yes, or run it in a "
                                     "terminal.\n"));
            return kNotConfirmed;
        }
        campaign.end = QDateTime();
        campaign.addLog(now, QStringLiteral("cancel"), QStringLiteral("end dropped"),
                        Cli::tr("The end was cancelled: the campaign's menus stay live."));
        if (!store.save(campaign, &error)) {
            CommandLine::err(QStringLiteral("wemenu campaign cancel: %1\n").arg(error));
            return ExitCode::Errors;
        }
        CommandLine::out(Cli::tr("%1: its end is cancelled; its menus stay live.\n").arg(id));
    } else {
        CommandLine::err(Cli::tr("wemenu campaign cancel: campaign %1 is %2: there is no step "
                                 "left to cancel.\n")
                             .arg(id, Campaign::stateText(campaign.state)));
        return ExitCode::Errors;
    }
    arrangeTimer(store, now);
    return ExitCode::Ok;
}

int runDue(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("now"), Cli::tr("The time to take as now."), QStringLiteral("T")});
    if (const int code = CommandLine::parse(parser, arguments, usage()); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return CommandLine::usageError(QStringLiteral("campaign run-due"),
                                       Cli::tr("run-due takes no FILE."), usage());
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now")) &&
        !parseTime(parser.value(QStringLiteral("now")), &now)) {
        return CommandLine::usageError(QStringLiteral("campaign run-due"),
                                       Cli::tr("--now \"%1\" is not an ISO 8601 time.")
                                           .arg(parser.value(QStringLiteral("now"))),
                                       usage());
    }
    now = now.toUTC();

    QNetworkAccessManager network;
    network.setProxyFactory(new LoopbackProxyFactory);
    KeychainSecretStore keychain(QStringLiteral("WeMenu"));
    SandboxHost sandbox(SandboxPaths::stateFile());
    HostedSandbox sandboxEndpoint(&sandbox);
    const CampaignSessions sessions(&network, &keychain, &sandboxEndpoint);
    CampaignStore store(CampaignStore::defaultDirectory());
    PublishHistory history(PublishHistory::defaultDirectory());
    CampaignRunner runner(&store, &history, [&sessions](const Campaign &campaign, QString *error) {
        return sessions.create(campaign, error);
    });
    runner.setClock([now] { return now; });
    // Each step tells the desktop, as in the editor (not in the test suite:
    // WEMENU_NOTIFICATIONS=off).
    QList<QPair<QString, QString>> notes;
    if (qgetenv("WEMENU_NOTIFICATIONS") != "off") {
        QObject::connect(
            &runner, &CampaignRunner::stepFinished,
            [&notes](const Campaign &campaign, Campaign::Step step, bool ok,
                     const QString &outcome) {
                notes.append({CampaignNotes::stepSummary(campaign, step, ok), outcome});
            });
        QObject::connect(&runner, &CampaignRunner::campaignMissed,
                         [&notes](const Campaign &campaign, const QString &outcome) {
                             notes.append({CampaignNotes::missedSummary(campaign), outcome});
                         });
    }
    const CampaignRunReport report = CommandLine::waitFor<CampaignRunReport>(
        [&runner](CampaignRunner::Callback done) { runner.runDue(done); });
    for (const QString &message : report.messages) {
        if (report.problems.contains(message))
            CommandLine::err(message + QLatin1Char('\n'));
        else
            CommandLine::out(message + QLatin1Char('\n'));
    }
    if (report.messages.isEmpty())
        CommandLine::out(Cli::tr("No campaign step is due.\n"));
    arrangeTimer(store, now, true);
    if (!notes.isEmpty()) {
        DesktopNotifier notifier;
        for (const auto &[summary, body] : std::as_const(notes))
            notifier.notifyAndWait(summary, body);
    }
    return report.ok() ? ExitCode::Ok : ExitCode::Errors;
}

} // namespace

namespace CampaignCommand {

int run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        CommandLine::err(Cli::tr("wemenu campaign: expected add, list, cancel or run-due.\n\n") +
                         usage());
        return ExitCode::Usage;
    }
    const QString action = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (action == QLatin1String("add"))
        return add(rest);
    if (action == QLatin1String("list"))
        return list(rest);
    if (action == QLatin1String("cancel"))
        return cancel(rest);
    if (action == QLatin1String("run-due"))
        return runDue(rest);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        CommandLine::out(usage());
        return ExitCode::Ok;
    }
    CommandLine::err(
        Cli::tr(
            "wemenu campaign: unknown action \"%1\"; expected add, list, cancel or run-due.\n\n")
            .arg(action) +
        usage());
    return ExitCode::Usage;
}

} // namespace CampaignCommand
