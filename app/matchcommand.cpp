#include "matchcommand.h"

#include "cliresult.h"
#include "commandline.h"

#include <matcher.h>
#include <menufile.h>

#include <QCommandLineParser>

namespace MatchCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tags(QStringLiteral("tags"),
                                  Cli::tr("The follower's tag ids, in the order applied."),
                                  QStringLiteral("ids"));
    const QCommandLineOption client(QStringLiteral("client"),
                                    Cli::tr("The follower's phone: ios, android or other."),
                                    QStringLiteral("platform"));
    parser.addOption(tags);
    parser.addOption(client);
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
    if (parser.isSet(tags)) {
        const QStringList parts = parser.value(tags).split(QLatin1Char(','));
        for (const QString &part : parts) {
            const QString id = part.trimmed();
            bool numeric = false;
            id.toULongLong(&numeric);
            if (!numeric) {
                CommandLine::err(Cli::tr("wemenu match: --tags takes tag ids (numbers) separated "
                                         "by commas, such as 2,5; \"%1\" is not one.\n\n%2")
                                     .arg(id, usage));
                return ExitCode::Usage;
            }
            tagIds.append(id);
        }
    }
    ClientPlatform platform = ClientPlatform::Other;
    if (parser.isSet(client)) {
        const QString name = parser.value(client).toLower();
        if (name == QLatin1String("ios")) {
            platform = ClientPlatform::Ios;
        } else if (name == QLatin1String("android")) {
            platform = ClientPlatform::Android;
        } else if (name != QLatin1String("other")) {
            CommandLine::err(Cli::tr("wemenu match: --client is ios, android or other, not "
                                     "\"%1\".\n\n%2")
                                 .arg(parser.value(client), usage));
            return ExitCode::Usage;
        }
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
