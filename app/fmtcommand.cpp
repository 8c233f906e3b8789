#include "fmtcommand.h"

#include "cliresult.h"
#include "commandline.h"

#include <menufile.h>
#include <menujsonwriter.h>

#include <QCommandLineParser>

namespace {

/// Why a readable menu in another shape is not rewritten.
QString notADocument(Shape shape)
{
    switch (shape) {
    case Shape::Create:
        return Cli::tr("this is a menu/create request body, not a WeMenu document");
    case Shape::Conditional:
        return Cli::tr("this is a menu/addconditional request body, not a WeMenu document");
    case Shape::MenuGet:
        return Cli::tr("this is a menu/get answer (it carries menuids), not a WeMenu document");
    case Shape::SelfMenuInfo:
        return Cli::tr("this is a get_current_selfmenu_info answer, not a WeMenu document");
    default:
        return Cli::tr("this is not a WeMenu document");
    }
}

/// What one file needs.
enum class State { Canonical, NotCanonical, Refused };

/// Reads `file`; for a WeMenu document sets `canonical` to the bytes Save would write.
State inspect(const QString &file, QByteArray *canonical)
{
    QByteArray bytes;
    const ReadResult read = MenuFile::readFile(file, &bytes);
    if (!read.ok) {
        CommandLine::err(QStringLiteral("%1: %2\n").arg(file, read.error.message));
        return State::Refused;
    }
    if (read.shape != Shape::Document) {
        CommandLine::err(Cli::tr("%1: %2; fmt rewrites only WeMenu documents, so it was left as "
                                 "it is. Open it in WeMenu (File > Import…) and save it "
                                 "as a document.\n")
                             .arg(file, notADocument(read.shape)));
        return State::Refused;
    }
    // The one writer: the bytes Save writes for this document.
    *canonical = MenuJsonWriter::document(read.data);
    if (*canonical == bytes)
        return State::Canonical;
    // Nothing is rewritten that would not read back as the same document.
    const ReadResult again = MenuFile::readBytes(*canonical);
    if (!again.ok || again.shape != Shape::Document || again.data != read.data) {
        CommandLine::err(Cli::tr("%1: the document would not read back the same in the canonical "
                                 "form, so it was left as it is.\n")
                             .arg(file));
        return State::Refused;
    }
    return State::NotCanonical;
}

} // namespace

namespace FmtCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption check(QStringLiteral("check"),
                                   Cli::tr("List the files that are not canonical."));
    parser.addOption(check);
    const QString usage = Cli::tr(
        "Usage: wemenu fmt FILE... [--check]\n"
        "\n"
        "Rewrites each WeMenu document FILE in the canonical form, the form Save writes: keys\n"
        "in a fixed order, 4-space indent, UTF-8 without \\u escapes, a final newline, unknown\n"
        "fields kept. Each file is replaced in one step; a canonical file is not touched.\n"
        "Request bodies and WeChat's answers are not WeMenu documents: import them first.\n"
        "\n"
        "Options:\n"
        "  --check   change nothing; list the files that are not canonical\n"
        "\n"
        "Exit codes: 0 done (with --check: every file is canonical), 1 with --check: some are\n"
        "not, 2 a FILE unreadable or not a WeMenu document (left as it was), 64 usage error.\n");
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CommandLine::usageError(QStringLiteral("fmt"),
                                       Cli::tr("expected at least one FILE."), usage);
    const bool checkOnly = parser.isSet(check);

    int exitCode = ExitCode::Ok;
    int notCanonical = 0;
    for (const QString &file : files) {
        QByteArray canonical;
        const State state = inspect(file, &canonical);
        if (state == State::Refused) {
            exitCode = ExitCode::BadInput;
        } else if (state == State::NotCanonical && checkOnly) {
            CommandLine::out(file + QLatin1Char('\n'));
            ++notCanonical;
        } else if (state == State::NotCanonical) {
            QString message;
            if (!MenuFile::writeFile(file, canonical, &message)) {
                CommandLine::err(message + QLatin1Char('\n'));
                exitCode = ExitCode::BadInput;
            }
        }
    }
    if (notCanonical > 0) {
        CommandLine::err(Cli::tr("%1 file(s) not in the canonical form; \"wemenu fmt FILE...\" "
                                 "rewrites them.\n")
                             .arg(notCanonical));
        exitCode = qMax(exitCode, int(ExitCode::Errors));
    }
    return exitCode;
}

} // namespace FmtCommand
