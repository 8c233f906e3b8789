#include "apptranslations.h"
#include "cliresult.h"
#include "commandline.h"
#include "matchcommand.h"
#include "validatecommand.h"

#include <QCoreApplication>

namespace {

/// The arguments without the subcommand word, program name first.
QStringList subcommandArguments()
{
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        arguments.removeAt(1);
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WeMenu"));
    QCoreApplication::setApplicationName(QStringLiteral("wemenu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEMENU_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // The subcommand decides which application object to create, so it is picked first.
    const Subcommand command = CommandLine::pick(argc, argv);
    describeApplication();
    QCoreApplication app(argc, argv);
    installTranslations(app);

    switch (command) {
    case Subcommand::Validate:
        return ValidateCommand::run(subcommandArguments());
    case Subcommand::Match:
        return MatchCommand::run(subcommandArguments());
    case Subcommand::Help:
        CommandLine::out(CommandLine::overview());
        return ExitCode::Ok;
    case Subcommand::Version:
        CommandLine::out(QStringLiteral("wemenu %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    case Subcommand::Editor:
        break;
    }
    CommandLine::err(Cli::tr("wemenu: the editor is not part of this build yet.\n\n%1")
                         .arg(CommandLine::overview()));
    return ExitCode::Unavailable;
}
