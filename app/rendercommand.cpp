#include "rendercommand.h"

#include "cliresult.h"
#include "commandline.h"
#include "followeroptions.h"

#include <matcher.h>
#include <menufile.h>
#include <phonepreviewpainter.h>

#include <QBuffer>
#include <QCommandLineParser>

namespace RenderCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The PNG file to write."), QStringLiteral("file"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  Cli::tr("Open the sub-menu of top-level button K."),
                                  QStringLiteral("K"));
    const QCommandLineOption dark(QStringLiteral("dark"), Cli::tr("Render in dark mode."));
    const QCommandLineOption scale(QStringLiteral("scale"), Cli::tr("Pixels per logical pixel."),
                                   QStringLiteral("S"), QStringLiteral("2"));
    parser.addOption(output);
    parser.addOption(FollowerOptions::tags());
    parser.addOption(FollowerOptions::client());
    parser.addOption(open);
    parser.addOption(dark);
    parser.addOption(scale);
    const QString usage = Cli::tr(
        "Usage: wemenu render FILE -o OUT.png [--tags 2,5] [--client ios|android|other]\n"
        "                     [--open K] [--dark] [--scale S]\n"
        "\n"
        "Draws the phone preview of the menu that follower sees, as a PNG of 360 x 640\n"
        "logical pixels times S.\n"
        "\n"
        "Options:\n"
        "  -o, --output FILE   the PNG to write\n"
        "  --tags IDS          the follower's tag ids in the order applied (default: none)\n"
        "  --client PHONE      ios, android or other (default: other)\n"
        "  --open K            open the sub-menu of top-level button K (0-based)\n"
        "  --dark              dark mode\n"
        "  --scale S           pixels per logical pixel, 0.25 to 8 (default: 2)\n"
        "\n"
        "Exit codes: 0 written, 2 FILE unreadable or not a menu or OUT not writable,\n"
        "64 usage error.\n");
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    const QString command = QStringLiteral("render");
    const auto usageError = [&](const QString &message) {
        return CommandLine::usageError(command, message, usage);
    };
    QString file;
    if (!CommandLine::oneFile(parser, command, usage, &file))
        return ExitCode::Usage;
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usageError(Cli::tr("-o OUT.png is required."));

    QStringList tagIds;
    ClientPlatform platform = ClientPlatform::Other;
    QString error;
    if (!FollowerOptions::read(parser, &tagIds, &platform, &error))
        return usageError(error);
    bool ok = false;
    const double factor = parser.value(scale).toDouble(&ok);
    if (!ok || factor < 0.25 || factor > 8)
        return usageError(Cli::tr("--scale takes a number from 0.25 to 8."));
    int openTop = -1;
    if (parser.isSet(open)) {
        openTop = parser.value(open).toInt(&ok);
        if (!ok || openTop < 0)
            return usageError(Cli::tr("--open takes the 0-based index of a top-level button."));
    }

    ReadResult read;
    if (!CommandLine::readMenu(file, &read))
        return ExitCode::BadInput;
    const int menu = Matcher::match(read.data, tagIds, platform);
    const QList<Button> buttons =
        menu >= 0 || read.data.hasDefaultMenu ? read.data.menu(menu).buttons : QList<Button>();
    PreviewOptions options;
    options.dark = parser.isSet(dark);
    options.openTop = openTop; // ignored for a button with no sub-menu
    const QImage image = PhonePreviewPainter::image(buttons, options, factor);

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QString message = Cli::tr("the picture could not be made.");
    if (!image.save(&buffer, "PNG") || !MenuFile::writeFile(parser.value(output), png, &message)) {
        CommandLine::err(QStringLiteral("wemenu render: %1\n").arg(message));
        return ExitCode::BadInput;
    }
    return ExitCode::Ok;
}

} // namespace RenderCommand
