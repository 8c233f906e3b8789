#include "matchcommand.h"

#include "cliresult.h"
#include "commandline.h"
#include "followeroptions.h"

#include <matcher.h>
#include <readresult.h>

#include <QCommandLineParser>

namespace MatchCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(FollowerOptions::tags());
    parser.addOption(FollowerOptions::client());
    const QString usage = Cli::tr(
        "Usage: wemenu match FILE [--tags 2,5] [--client ios|android|other]\n"
        "\n"
        "Prints the menu a follower sees: \"default\" or \"conditionalmenu[K]\".\n"
        "\n"
        "Options:\n"
        "  --tags IDS       the follower's tag ids in the order they were applied; only the\n"
        "                   last one is matched (default: no tags)\n"
        "  --client PHONE   ios, android or other (default: other)\n"
        "\n"
        "Exit codes: 0 printed, 2 FILE unreadable or not a menu, 64 usage error.\n");
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    const QString command = QStringLiteral("match");
    QString file;
    if (!CommandLine::oneFile(parser, command, usage, &file))
        return ExitCode::Usage;

    QStringList tagIds;
    ClientPlatform platform = ClientPlatform::Other;
    QString error;
    if (!FollowerOptions::read(parser, &tagIds, &platform, &error))
        return CommandLine::usageError(command, error, usage);

    ReadResult read;
    if (!CommandLine::readMenu(file, &read))
        return ExitCode::BadInput;
    const int index = Matcher::match(read.data, tagIds, platform);
    CommandLine::out(index < 0 ? QStringLiteral("default\n")
                               : QStringLiteral("conditionalmenu[%1]\n").arg(index));
    return ExitCode::Ok;
}

} // namespace MatchCommand
