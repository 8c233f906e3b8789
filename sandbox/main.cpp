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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wemenu-sandbox"));
    LogRedactor::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local emulator of the WeChat custom-menu API, on loopback only."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Loopback address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QStringLiteral("State file, read at start and written after every change."),
        QStringLiteral("file"));
    const QCommandLineOption appId(QStringLiteral("appid"), QStringLiteral("The account's AppID."),
                                   QStringLiteral("id"));
    const QCommandLineOption secret(QStringLiteral("secret"),
                                    QStringLiteral("The account's AppSecret."),
                                    QStringLiteral("secret"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"), QStringLiteral("Fail calls to ENDPOINT (only the Nth with :N)."),
        QStringLiteral("endpoint[:n]"));
    const QCommandLineOption failWith(
        QStringLiteral("fail-with"),
        QStringLiteral("The failure: an errcode or http500 (default -1)."), QStringLiteral("code"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Fail each API call with this probability."),
                                      QStringLiteral("rate"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for --fail-rate."),
                                  QStringLiteral("seed"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay every answer."), QStringLiteral("ms"));
    const QCommandLineOption stall(QStringLiteral("stall"),
                                   QStringLiteral("Accept calls to ENDPOINT and never answer."),
                                   QStringLiteral("endpoint"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
                                      QStringLiteral("Token lifetime in seconds (default 7200)."),
                                      QStringLiteral("seconds"));
    const QCommandLineOption quota(QStringLiteral("quota"),
                                   QStringLiteral("Daily quota of ENDPOINT (repeatable)."),
                                   QStringLiteral("endpoint=n"));
    const QCommandLineOption clears(
        QStringLiteral("create-clears-conditional"),
        QStringLiteral("menu/create also deletes the conditional menus."));
    for (const QCommandLineOption &option :
         {host, port, state, appId, secret, failOn, failWith, failRate, seed, latency, stall,
          tokenTtl, quota, clears}) {
        parser.addOption(option);
    }
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
    if (parser.isSet(appId))
        options.appId = parser.value(appId);
    if (parser.isSet(secret))
        options.secret = parser.value(secret);
    LogRedactor::addSecret(options.secret);
    bool ok = true;
    const auto number = [&ok](const QString &text) {
        bool good = false;
        const int value = text.toInt(&good);
        ok = ok && good && value >= 0;
        return value;
    };
    if (parser.isSet(failOn)) {
        const QStringList parts = parser.value(failOn).split(QLatin1Char(':'));
        options.failOn = parts.first();
        if (parts.size() > 1)
            options.failOnCall = number(parts.at(1));
    }
    if (parser.isSet(failWith))
        options.failWith = parser.value(failWith);
    if (options.failWith != QLatin1String("http500")) {
        bool good = false;
        options.failWith.toInt(&good);
        ok = ok && good;
    }
    if (parser.isSet(failRate)) {
        bool good = false;
        options.failRate = parser.value(failRate).toDouble(&good);
        ok = ok && good && options.failRate >= 0 && options.failRate <= 1;
    }
    if (parser.isSet(seed))
        options.seed = quint32(number(parser.value(seed)));
    if (parser.isSet(latency))
        options.latencyMs = number(parser.value(latency));
    if (parser.isSet(stall))
        options.stall = parser.value(stall);
    if (parser.isSet(tokenTtl))
        options.tokenTtlSeconds = number(parser.value(tokenTtl));
    for (const QString &item : parser.values(quota)) {
        const QStringList parts = item.split(QLatin1Char('='));
        if (parts.size() != 2) {
            ok = false;
            break;
        }
        options.quotas.insert(parts.at(0), number(parts.at(1)));
    }
    options.createClearsConditional = parser.isSet(clears);
    const int portNumber = number(parser.value(port));
    if (!ok || portNumber > 65535)
        return usageError(QStringLiteral("a value is out of range or not a number"),
                          parser.helpText());

    SandboxState initial = SandboxState::initial();
    const QString stateFile = parser.value(state);
    if (!stateFile.isEmpty() && QFileInfo::exists(stateFile)) {
        QFile file(stateFile);
        QString error;
        if (!file.open(QIODevice::ReadOnly) ||
            !SandboxState::fromJson(file.readAll(), &initial, &error)) {
            std::fprintf(stderr, "wemenu-sandbox: cannot read the state file %s: %s\n",
                         qPrintable(stateFile),
                         qPrintable(error.isEmpty() ? file.errorString() : error));
            return 2;
        }
    }
    SandboxApi api(options, initial);
    if (!stateFile.isEmpty()) {
        const auto persist = [stateFile](const SandboxState &current) {
            QString error;
            if (!MenuFile::writeFile(stateFile, current.toJson(), &error))
                std::fprintf(stderr, "wemenu-sandbox: %s\n", qPrintable(error));
        };
        api.setPersist(persist);
        persist(initial);
    }

    SandboxServer server(&api);
    QString error;
    if (server.start(parser.value(host), quint16(portNumber), &error) == 0) {
        std::fprintf(stderr, "wemenu-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
