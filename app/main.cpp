#include "apptranslations.h"
#include "campaigncommand.h"
#include "cliresult.h"
#include "commandline.h"
#include "diffcommand.h"
#include "editorcommand.h"
#include "fmtcommand.h"
#include "fontconfigwarmup.h"
#include "initrepocommand.h"
#include "matchcommand.h"
#include "pullcommand.h"
#include "pushcommand.h"
#include "rendercommand.h"
#include "validatecommand.h"

#include <logredactor.h>

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

/// The arguments without the subcommand word, program name first.
QStringList subcommandArguments()
{
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        arguments.removeAt(1);
    return arguments;
}

/// The application object the subcommand needs: widgets only for the editor, a GUI on the
/// offscreen platform for render and diff --pdf, no GUI at all for the rest.
std::unique_ptr<QCoreApplication> createApplication(Subcommand command, int &argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("WeMenu"));
    QCoreApplication::setApplicationName(QStringLiteral("wemenu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEMENU_VERSION));
    switch (command) {
    case Subcommand::Editor:
        if (!EditorCommand::argumentsValid(argc, argv))
            return std::make_unique<QCoreApplication>(argc, argv); // only to print the usage
        FontConfigWarmup::start(); // the window needs fonts: loaded beside the display connection
        QGuiApplication::setDesktopFileName(QStringLiteral("wemenu"));
        {
            auto app = std::make_unique<QApplication>(argc, argv);
            FontConfigWarmup::applicationCreated();
            return app;
        }
    case Subcommand::Render:
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    case Subcommand::Diff:
        // Fonts for the sign-off PDF; the plain diff (and git's driver) need no GUI.
        if (DiffCommand::writesPdf(argc, argv)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
        return std::make_unique<QCoreApplication>(argc, argv);
    default:
        return std::make_unique<QCoreApplication>(argc, argv);
    }
}

/// Blanks secrets in every log line and message from the start: the credentials the command
/// line takes from the environment are known here. A saved account's secret is registered where
/// the keychain gives it, and a token where the server issues it.
void redactSecrets()
{
    LogRedactor::install();
    for (const char *name : {"WEMENU_APP_SECRET", "WEMENU_ACCESS_TOKEN"})
        LogRedactor::addSecret(qEnvironmentVariable(name));
}

} // namespace

int main(int argc, char *argv[])
{
    // The subcommand decides which application object to create, so it is picked first.
    const Subcommand command = CommandLine::pick(argc, argv);
    const std::unique_ptr<QCoreApplication> app = createApplication(command, argc, argv);
    // The editor follows the language chosen in Preferences; the command line, the system's.
    installTranslations(*app, command == Subcommand::Editor ? preferredLanguage() : QString());
    redactSecrets();

    switch (command) {
    case Subcommand::Validate:
        return ValidateCommand::run(subcommandArguments());
    case Subcommand::Match:
        return MatchCommand::run(subcommandArguments());
    case Subcommand::Render:
        return RenderCommand::run(subcommandArguments());
    case Subcommand::Pull:
        return PullCommand::run(subcommandArguments());
    case Subcommand::Push:
        return PushCommand::run(subcommandArguments());
    case Subcommand::Diff:
        return DiffCommand::run(subcommandArguments());
    case Subcommand::Fmt:
        return FmtCommand::run(subcommandArguments());
    case Subcommand::InitRepo:
        return InitRepoCommand::run(subcommandArguments());
    case Subcommand::Campaign:
        return CampaignCommand::run(subcommandArguments());
    case Subcommand::Help:
        CommandLine::out(CommandLine::overview());
        return ExitCode::Ok;
    case Subcommand::Version:
        CommandLine::out(QStringLiteral("wemenu %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    case Subcommand::Editor:
        break;
    }
    const int code = EditorCommand::run(QCoreApplication::arguments());
    FontConfigWarmup::finish(); // in case no window waited for it
    return code;
}
