#include "matchcommand.h"

#include "cliresult.h"
#include "commandline.h"
#include "followeroptions.h"

#include <matcher.h>
#include <menufile.h>

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
    if (parser.positionalArguments().size() != 1) {
        CommandLine::err(Cli::tr("wemenu match: expected exactly one FILE.\n\n%1").arg(usage));
        return ExitCode::Usage;
    }

    QStringList tagIds;
    ClientPlatform platform = ClientPlatform::Other;
    QString error;
    if (!FollowerOptions::read(parser, &tagIds, &platform, &error)) {
        CommandLine::err(QStringLiteral("wemenu match: %1\n\n%2").arg(error, usage));
        return ExitCode::Usage;
    }

    const QString file = parser.positionalArguments().first();
    const ReadResult read = MenuFile::readFile(file);
    if (!read.ok) {
        CommandLine::err(QStringLiteral("%1: %2\n").arg(file, read.error.message));
        return ExitCode::BadInput;
    }
    const int index = Matcher::match(read.data, tagIds, platform);
    CommandLine::out(index < 0 ? QStringLiteral("default\n")
                               : QStringLiteral("conditionalmenu[%1]\n").arg(index));
    return ExitCode::Ok;
}

} // namespace MatchCommand
