#pragma once

#include "cli.h"

#include <QStringList>

class QCommandLineParser;
struct DocumentData;
struct ReadResult;

/// The subcommands of the `wemenu` binary, picked before any application object exists.
enum class Subcommand {
    Editor,
    Validate,
    Match,
    Render,
    Pull,
    Push,
    Diff,
    Fmt,
    InitRepo,
    Campaign,
    Help,
    Version
};

namespace CommandLine {

/// Which subcommand argv asks for; no subcommand starts the editor.
Subcommand pick(int argc, char **argv);

/// Parses `arguments` (program name first) for a subcommand. On a usage error prints the
/// message and `usage` on stderr and returns ExitCode::Usage; on --help prints `usage` and
/// returns ExitCode::Ok; otherwise returns -1.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);

/// Prints "wemenu COMMAND: MESSAGE" and `usage` on stderr; returns ExitCode::Usage.
int usageError(const QString &command, const QString &message, const QString &usage);

/// The one FILE argument of `command`. Without exactly one positional argument prints a usage
/// error and returns false.
bool oneFile(const QCommandLineParser &parser, const QString &command, const QString &usage,
             QString *file);

/// Reads `file` as a menu in any shape. When it is unreadable or not a menu, prints the reason
/// on stderr and returns false (the caller exits with ExitCode::BadInput).
bool readMenu(const QString &file, ReadResult *read);

/// Reads `file` as a whole menu document (a single menu would make the account lose the rest)
/// with no errors. Otherwise prints `notADocument` (%1 the file, %2 its shape) or each error and
/// `refused` (%1 the file, %2 the number of errors) and returns false.
bool readWholeDocument(const QString &file, DocumentData *document, const QString &notADocument,
                       const QString &refused);

/// The paragraph of the usage of `pull` and `push` that says how to give credentials.
QString credentialsHelp();

/// Writes `text` to stdout or stderr as UTF-8.
void out(const QString &text);
void err(const QString &text);

/// The overview printed by `wemenu --help`.
QString overview();

} // namespace CommandLine
