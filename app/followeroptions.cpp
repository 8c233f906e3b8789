#include "followeroptions.h"

#include "commandline.h"

#include <QCommandLineParser>

namespace FollowerOptions {

QCommandLineOption tags()
{
    return QCommandLineOption(QStringLiteral("tags"),
                              Cli::tr("The follower's tag ids, in the order applied."),
                              QStringLiteral("ids"));
}

QCommandLineOption client()
{
    return QCommandLineOption(QStringLiteral("client"),
                              Cli::tr("The follower's phone: ios, android or other."),
                              QStringLiteral("platform"));
}

bool read(const QCommandLineParser &parser, QStringList *tagIds, ClientPlatform *platform,
          QString *error)
{
    tagIds->clear();
    if (parser.isSet(QStringLiteral("tags"))) {
        const QStringList parts = parser.value(QStringLiteral("tags")).split(QLatin1Char(','));
        for (const QString &part : parts) {
            const QString id = part.trimmed();
            bool numeric = false;
            id.toULongLong(&numeric);
            if (!numeric) {
                *error = Cli::tr("--tags takes tag ids (numbers) separated by commas, such as "
                                 "2,5; \"%1\" is not one.")
                             .arg(id);
                return false;
            }
            tagIds->append(id);
        }
    }
    *platform = ClientPlatform::Other;
    if (parser.isSet(QStringLiteral("client"))) {
        const QString name = parser.value(QStringLiteral("client")).toLower();
        if (name == QLatin1String("ios")) {
            *platform = ClientPlatform::Ios;
        } else if (name == QLatin1String("android")) {
            *platform = ClientPlatform::Android;
        } else if (name != QLatin1String("other")) {
            *error = Cli::tr("--client is ios, android or other, not \"%1\".")
                         .arg(parser.value(QStringLiteral("client")));
            return false;
        }
    }
    return true;
}

} // namespace FollowerOptions
