#include "sandboxapi.h"
#include "sandboxserver.h"

#include <logredactor.h>
#include <menufile.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

constexpr int kUsage = 64;

int usageError(const QString &message, const QString &help)
{
    std::fprintf(stderr, "wemenu-sandbox: %s\n\n%s", qPrintable(message), qPrintable(help));
    return kUsage;
}

/// The options of wemenu-sandbox, read back by name.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of the WeChat custom-menu API, on loopback only."));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const QString &description,
                                  const QString &valueName = QString(),
                                  const QString &defaultValue = QString()) {
        parser.addOption(
            QCommandLineOption(QString::fromLatin1(name), description, valueName, defaultValue));
    };
    option("host", QStringLiteral("Loopback address to listen on."), QStringLiteral("address"),
           QStringLiteral("127.0.0.1"));
    option("port", QStringLiteral("Port; 0 picks a free one."), QStringLiteral("port"),
           QStringLiteral("0"));
    option("state", QStringLiteral("State file, read at start and written after every change."),
           QStringLiteral("file"));
    option("appid", QStringLiteral("The account's AppID."), QStringLiteral("id"));
    option("secret", QStringLiteral("The account's AppSecret."), QStringLiteral("secret"));
    option("fail-on", QStringLiteral("Fail calls to ENDPOINT (only the Nth with :N)."),
           QStringLiteral("endpoint[:n]"));
    option("fail-with", QStringLiteral("The failure: an errcode or http500 (default -1)."),
           QStringLiteral("code"));
    option("fail-rate", QStringLiteral("Fail each API call with this probability."),
           QStringLiteral("rate"));
    option("seed", QStringLiteral("Seed for --fail-rate."), QStringLiteral("seed"));
    option("latency-ms", QStringLiteral("Delay every answer."), QStringLiteral("ms"));
    option("stall", QStringLiteral("Accept calls to ENDPOINT and never answer."),
           QStringLiteral("endpoint"));
    option("token-ttl", QStringLiteral("Token lifetime in seconds (default 7200)."),
           QStringLiteral("seconds"));
    option("quota", QStringLiteral("Daily quota of ENDPOINT (repeatable)."),
           QStringLiteral("endpoint=n"));
    option("create-clears-conditional",
           QStringLiteral("menu/create also deletes the conditional menus."));
}

/// Fills `options` and `port` from the command line; false when a value is out of range or not
/// a number (every option that was given is read all the same).
bool readOptions(const QCommandLineParser &parser, SandboxOptions *options, int *port)
{
    const auto isSet = [&parser](const char *name) {
        return parser.isSet(QString::fromLatin1(name));
    };
    const auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    bool ok = true;
    const auto number = [&ok](const QString &text) {
        bool good = false;
        const int result = text.toInt(&good);
        ok = ok && good && result >= 0;
        return result;
    };
    if (isSet("appid"))
        options->appId = value("appid");
    if (isSet("secret"))
        options->secret = value("secret");
    if (isSet("fail-on")) {
        const QStringList parts = value("fail-on").split(QLatin1Char(':'));
        options->failOn = parts.first();
        if (parts.size() > 1)
            options->failOnCall = number(parts.at(1));
    }
    if (isSet("fail-with"))
        options->failWith = value("fail-with");
    if (options->failWith != QLatin1String("http500")) {
        bool good = false;
        options->failWith.toInt(&good);
        ok = ok && good;
    }
    if (isSet("fail-rate")) {
        bool good = false;
        options->failRate = value("fail-rate").toDouble(&good);
        ok = ok && good && options->failRate >= 0 && options->failRate <= 1;
    }
    if (isSet("seed"))
        options->seed = quint32(number(value("seed")));
    if (isSet("latency-ms"))
        options->latencyMs = number(value("latency-ms"));
    if (isSet("stall"))
        options->stall = value("stall");
    if (isSet("token-ttl"))
        options->tokenTtlSeconds = number(value("token-ttl"));
    for (const QString &item : parser.values(QStringLiteral("quota"))) {
        const QStringList parts = item.split(QLatin1Char('='));
        if (parts.size() != 2) {
            ok = false;
            break;
        }
        options->quotas.insert(parts.at(0), number(parts.at(1)));
    }
    options->createClearsConditional = isSet("create-clears-conditional");
    *port = number(value("port"));
    return ok && *port <= 65535;
}

/// The state to start from: `stateFile` when it exists, else the sandbox's initial state.
/// False, with the reason on stderr, for a state file that cannot be read.
bool readState(const QString &stateFile, SandboxState *state)
{
    *state = SandboxState::initial();
    if (stateFile.isEmpty() || !QFileInfo::exists(stateFile))
        return true;
    QFile file(stateFile);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !SandboxState::fromJson(file.readAll(), state, &error)) {
        std::fprintf(stderr, "wemenu-sandbox: cannot read the state file %s: %s\n",
                     qPrintable(stateFile),
                     qPrintable(error.isEmpty() ? file.errorString() : error));
        return false;
    }
    return true;
}

/// Writes the state to `stateFile` now and after every change.
void persistTo(const QString &stateFile, SandboxApi &api, const SandboxState &initial)
{
    const auto persist = [stateFile](const SandboxState &current) {
        QString error;
        if (!MenuFile::writeFile(stateFile, current.toJson(), &error))
            std::fprintf(stderr, "wemenu-sandbox: %s\n", qPrintable(error));
    };
    api.setPersist(persist);
    persist(initial);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wemenu-sandbox"));
    LogRedactor::install();

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText(), parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()),
            parser.helpText());

    SandboxOptions options;
    int port = 0;
    const bool valid = readOptions(parser, &options, &port);
    LogRedactor::addSecret(options.secret); // the account's AppSecret never reaches a log line
    if (!valid)
        return usageError(QStringLiteral("a value is out of range or not a number"),
                          parser.helpText());

    SandboxState initial;
    const QString stateFile = parser.value(QStringLiteral("state"));
    if (!readState(stateFile, &initial))
        return 2;
    SandboxApi api(options, initial);
    if (!stateFile.isEmpty())
        persistTo(stateFile, api, initial);

    SandboxServer server(&api);
    QString error;
    if (server.start(parser.value(QStringLiteral("host")), quint16(port), &error) == 0) {
        std::fprintf(stderr, "wemenu-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
