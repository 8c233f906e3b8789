#include "editorcommand.h"

#include "accounts.h"
#include "campaigncontroller.h"
#include "campaignsessions.h"
#include "cliresult.h"
#include "commandline.h"
#include "documentcontroller.h"
#include "editorstyle.h"
#include "firstpaintquit.h"
#include "fontconfigwarmup.h"
#include "hostedsandbox.h"
#include "mainwindow.h"
#include "recoverystore.h"
#include "sandboxpaths.h"
#include "welcomestart.h"

#include <accountsession.h>
#include <campaignrunner.h>
#include <campaignstore.h>
#include <dialogprompter.h>
#include <keychainsecretstore.h>
#include <publishhistory.h>
#include <systemduserscheduler.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace {

QCommandLineOption importOption()
{
    return QCommandLineOption(QStringLiteral("import"),
                              Cli::tr("Start with FILE imported into a new, untitled menu."),
                              QStringLiteral("file"));
}

} // namespace

namespace EditorCommand {

bool argumentsValid(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(importOption());
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    // Qt's own options, which QApplication takes out of the arguments.
    for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin", "style",
                             "stylesheet", "session", "display", "geometry", "qwindowgeometry",
                             "qwindowtitle", "qwindowicon", "name", "title", "qmljsdebugger"}) {
        parser.addOption(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    }
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
    return parser.parse(arguments) && parser.positionalArguments().size() <= 1;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption import = importOption();
    parser.addOption(import);
    const QString usage = Cli::tr("Usage: wemenu [FILE] [--import FILE]\n"
                                  "\n"
                                  "Starts the editor, opening FILE, or with an import as unsaved "
                                  "changes.\n"
                                  "Run \"wemenu --help\" for the other commands.\n");
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    if (parser.positionalArguments().size() > 1) {
        CommandLine::err(Cli::tr("wemenu: expected at most one FILE.\n\n%1").arg(usage));
        return ExitCode::Usage;
    }

    DialogPrompter prompter;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    RecoveryStore recovery(QDir(dataDir).filePath(QStringLiteral("recovery")));
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("WEMENU_AUTOSAVE_MS", &ok);

    KeychainSecretStore keychain(QStringLiteral("WeMenu"));
    Accounts accounts(&keychain, SandboxPaths::stateFile());
    PublishHistory history(PublishHistory::defaultDirectory());
    QApplication::setStyle(new EditorStyle);  // before the first widget asks for its style
    FontConfigWarmup::waitForConfiguration(); // the window's first widget looks up a font
    MainWindow window(&prompter, &recovery, &accounts, &history);
    if (ok && interval > 0)
        window.files()->setAutosaveInterval(interval);
    // Campaigns: the due steps run at start and while the editor is open. Tests and the
    // package check start the editor with WEMENU_CAMPAIGNS=off: they never see a campaign.
    CampaignStore campaignStore(CampaignStore::defaultDirectory());
    HostedSandbox campaignSandbox(accounts.sandbox());
    CampaignSessions campaignSessions(accounts.network(), &keychain, &campaignSandbox);
    CampaignRunner campaignRunner(&campaignStore, &history,
                                  [&campaignSessions](const Campaign &campaign, QString *error) {
                                      return campaignSessions.create(campaign, error);
                                  });
    std::unique_ptr<SystemScheduler> scheduler;
#ifdef Q_OS_LINUX
    scheduler = std::make_unique<SystemdUserScheduler>(SystemdUserScheduler::defaultUnitDirectory(),
                                                       QCoreApplication::applicationFilePath());
#endif
    std::unique_ptr<CampaignController> campaigns; // goes before the runner it uses
    if (qgetenv("WEMENU_CAMPAIGNS") != "off") {
        campaigns = std::make_unique<CampaignController>(&campaignStore, &campaignRunner,
                                                         scheduler.get(), &prompter, &window);
        campaigns->startRunning();
    }
    const bool startsEmpty = parser.positionalArguments().isEmpty() && !parser.isSet(import);
    if (!parser.positionalArguments().isEmpty())
        window.files()->openFile(parser.positionalArguments().first());
    if (parser.isSet(import))
        window.files()->importFile(parser.value(import));
    if (FirstPaintQuit::requested())
        new FirstPaintQuit(&window); // the startup benchmark: quit once the window is drawn
    window.show();
    // Ask about a crashed session once the window is on screen; a first start with nothing
    // to open or recover gets the welcome (without blocking).
    QTimer::singleShot(0, &window, [&window, startsEmpty] {
        if (!window.files()->offerRecovery() && startsEmpty)
            WelcomeStart::showOnFirstStart(&window, window.files());
    });
    return QApplication::exec();
}

} // namespace EditorCommand
