#include "commandline.h"

#include "cliresult.h"

#include <issuesummary.h>
#include <logredactor.h>
#include <menufile.h>
#include <validator.h>

#include <QCommandLineParser>

#include <cstdio>

namespace CommandLine {

Subcommand pick(int argc, char **argv)
{
    if (argc < 2)
        return Subcommand::Editor;
    const QByteArray first = argv[1];
    if (first == "validate")
        return Subcommand::Validate;
    if (first == "match")
        return Subcommand::Match;
    if (first == "render")
        return Subcommand::Render;
    if (first == "pull")
        return Subcommand::Pull;
    if (first == "push")
        return Subcommand::Push;
    if (first == "diff")
        return Subcommand::Diff;
    if (first == "fmt")
        return Subcommand::Fmt;
    if (first == "init-repo")
        return Subcommand::InitRepo;
    if (first == "campaign")
        return Subcommand::Campaign;
    if (first == "help" || first == "--help" || first == "-h")
        return Subcommand::Help;
    if (first == "--version" || first == "-v")
        return Subcommand::Version;
    return Subcommand::Editor;
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    // Messages may quote a server's errmsg or a URL: the same redaction as the log.
    const QByteArray bytes = LogRedactor::redact(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &command, const QString &message, const QString &usage)
{
    err(Cli::tr("wemenu %1: %2\n\n%3").arg(command, message, usage));
    return ExitCode::Usage;
}

bool oneFile(const QCommandLineParser &parser, const QString &command, const QString &usage,
             QString *file)
{
    if (parser.positionalArguments().size() != 1) {
        usageError(command, Cli::tr("expected exactly one FILE."), usage);
        return false;
    }
    *file = parser.positionalArguments().first();
    return true;
}

bool readMenu(const QString &file, ReadResult *read)
{
    *read = MenuFile::readFile(file);
    if (!read->ok)
        err(QStringLiteral("%1: %2\n").arg(file, read->error.message));
    return read->ok;
}

bool readWholeDocument(const QString &file, DocumentData *document, const QString &notADocument,
                       const QString &refused)
{
    ReadResult read;
    if (!readMenu(file, &read))
        return false;
    if (read.shape != Shape::Document && read.shape != Shape::MenuGet) {
        err(QString(notADocument).arg(file, shapeName(read.shape)));
        return false;
    }
    const IssueList issues = Validator::validate(read.data, Shape::Document);
    for (const Issue &issue : issues) {
        if (issue.isError())
            err(QStringLiteral("%1: %2: %3\n").arg(file, issue.path, issue.message));
    }
    if (const int errors = IssueSummary::errorCount(issues); errors > 0) {
        err(QString(refused).arg(file).arg(errors));
        return false;
    }
    *document = read.data;
    return true;
}

QString credentialsHelp()
{
    return Cli::tr(
        "Credentials: --account NAME (a saved account; its secret from the keychain), or\n"
        "WEMENU_ACCESS_TOKEN (used as it is), or WEMENU_APP_SECRET with --appid (through\n"
        "stable_token), or --token-service.\n");
}

int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err(QStringLiteral("wemenu: %1\n\n%2").arg(parser.errorText(), usage));
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        out(usage);
        return ExitCode::Ok;
    }
    return -1;
}

namespace {

/// "  SYNOPSIS   description": the description from column 39, or under the synopsis when the
/// synopsis is longer; each line of a description on a line of its own.
QString usageLine(const QString &synopsis, const QString &description)
{
    constexpr qsizetype kColumn = 39;
    const QString indent(kColumn, QLatin1Char(' '));
    QString text = QStringLiteral("  ") + synopsis;
    const QStringList lines = description.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0 && text.size() < kColumn)
            text = text.leftJustified(kColumn) + lines.at(i);
        else
            text += QLatin1Char('\n') + indent + lines.at(i);
    }
    return text + QLatin1Char('\n');
}

} // namespace

QString overview()
{
    // One string a command: a new command adds a line to translate, not the whole page.
    const QList<std::pair<QString, QString>> commands = {
        {QStringLiteral("wemenu [FILE]"), Cli::tr("start the editor, opening FILE")},
        {QStringLiteral("wemenu validate FILE... [--json | --format github|gitlab]"),
         Cli::tr("check each FILE against WeChat's menu rules")},
        {QStringLiteral("wemenu match FILE [--tags 2,5] [--client ios|android|other]"),
         Cli::tr("print the menu that follower sees")},
        {QStringLiteral("wemenu render FILE -o OUT.png [--tags ..] [--client ..] [--open K] "
                        "[--dark] [--scale S]"),
         Cli::tr("draw the phone preview of that menu")},
        {QStringLiteral("wemenu pull [-o FILE] ACCOUNT"),
         Cli::tr("read the account's live menus as a document")},
        {QStringLiteral("wemenu push FILE [--dry-run] [--yes] ACCOUNT"),
         Cli::tr("publish FILE to the account, after showing\nthe plan")},
        {QStringLiteral("wemenu diff OLD NEW [--json]"),
         Cli::tr("what changed from OLD to NEW, in words")},
        {QStringLiteral("wemenu fmt FILE... [--check]"),
         Cli::tr(
             "rewrite WeMenu documents in the form Save\nwrites (--check: only list the others)")},
        {QStringLiteral("wemenu init-repo [DIR]"),
         Cli::tr("set up a git repository for menus: diffs in\nwords, a pre-commit hook that "
                 "checks them")},
        {QStringLiteral("wemenu campaign add FILE --start T [--end T] ACCOUNT"),
         Cli::tr("publish FILE at T, restore at the end")},
        {QStringLiteral("wemenu campaign list [--json] | cancel ID [--yes] | run-due [--now T]"),
         QString()},
        {QStringLiteral("wemenu --help | --version"), QString()},
    };
    QString text = Cli::tr("WeMenu: an editor for the custom menus of WeChat Official Accounts.\n"
                           "\n"
                           "Usage:\n");
    for (const auto &[synopsis, description] : commands)
        text += usageLine(synopsis, description);
    text += QLatin1Char('\n');
    text += Cli::tr(
        "ACCOUNT is --account NAME (a saved account), or --api-base URL --appid ID with\n"
        "WEMENU_APP_SECRET or WEMENU_ACCESS_TOKEN set, or --token-service URL.\n"
        "\n"
        "validate exits 0 with no errors (warnings allowed), 1 with errors, 2 when a FILE\n"
        "is unreadable or not a menu document; diff exits 0 same, 1 different, 2 unreadable.\n"
        "Usage errors exit 64.\n"
        "Run \"wemenu COMMAND --help\" for the options of a command.\n");
    return text;
}

} // namespace CommandLine
