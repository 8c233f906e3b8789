#include "pullcommand.h"

#include "apiconnection.h"
#include "cliresult.h"
#include "commandline.h"
#include "pulltargetscommand.h"
#include "pushtargetscommand.h"
#include "waitfor.h"

#include <errorpolicy.h>
#include <livemenus.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <publishhistory.h>

#include <QCommandLineParser>

namespace {

QString pullUsage()
{
    const QString text = Cli::tr(
        "Usage: wemenu pull [-o FILE] [--selfmenu] (--account NAME | --api-base URL --appid ID)\n"
        "       [--token-endpoint stable_token|token] [--token-service URL] [--timeout S]\n"
        "\n"
        "Reads the live menus of the account and prints them as a WeMenu document. A menu\n"
        "made in the web console is read through get_current_selfmenu_info.\n"
        "%1"
        "\n"
        "Exit codes: 0 done, 1 refused by the server, 2 bad arguments or file, 64 usage error.\n");
    return text.arg(CommandLine::credentialsHelp());
}

} // namespace

namespace PullCommand {

int run(const QStringList &arguments)
{
    if (PushTargetsCommand::wanted(arguments))
        return PullTargetsCommand::run(arguments);
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write the document to FILE instead of stdout."),
                                    QStringLiteral("file"));
    const QCommandLineOption selfMenu(QStringLiteral("selfmenu"),
                                      Cli::tr("Read get_current_selfmenu_info (menus made in the "
                                              "web console) instead of menu/get."));
    parser.addOption(output);
    parser.addOption(selfMenu);
    ApiConnection::addOptions(parser);
    const QString usage = pullUsage();
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        return CommandLine::usageError(
            QStringLiteral("pull"),
            Cli::tr("unexpected argument %1.").arg(parser.positionalArguments().first()), usage);
    }
    ApiConnection connection;
    QString error;
    if (!connection.open(parser, &error)) {
        CommandLine::err(QStringLiteral("wemenu pull: %1\n").arg(error));
        return ExitCode::BadInput;
    }

    LiveMenus reader(connection.client());
    const bool console = parser.isSet(selfMenu);
    const LiveResult result = CommandLine::waitFor<LiveResult>([&](LiveMenus::Callback done) {
        if (console)
            reader.pullSelfMenu(done);
        else
            reader.pull(done);
    });

    if (!result.ok) {
        CommandLine::err(
            QStringLiteral("wemenu pull: %1\n").arg(ErrorPolicy::explain(result.failure)));
        return ExitCode::Errors;
    }
    DocumentData document = result.live;
    document.clearMenuIds();
    // The names the menus had when WeMenu published them (kept beside the history).
    PublishHistory(PublishHistory::defaultDirectory()).nameMenus(connection.account(), &document);
    const QByteArray bytes = MenuJsonWriter::document(document);
    if (result.source == Shape::SelfMenuInfo)
        CommandLine::err(Cli::tr("wemenu pull: this menu was made in the web console; buttons of "
                                 "its console-only types cannot be published as they are.\n"));
    if (!parser.isSet(output)) {
        CommandLine::out(QString::fromUtf8(bytes));
        return ExitCode::Ok;
    }
    if (!MenuFile::writeFile(parser.value(output), bytes, &error)) {
        CommandLine::err(QStringLiteral("wemenu pull: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    return ExitCode::Ok;
}

} // namespace PullCommand
