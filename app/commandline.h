#pragma once

#include "cli.h"

#include <QStringList>

class QCommandLineParser;

/// The subcommands of the `wemenu` binary, picked before any application object exists.
enum class Subcommand { Editor, Validate, Match, Render, Pull, Push, Help, Version };

namespace CommandLine {

/// Which subcommand argv asks for; no subcommand starts the editor.
Subcommand pick(int argc, char **argv);

/// Parses `arguments` (program name first) for a subcommand. On a usage error prints the
/// message and `usage` on stderr and returns ExitCode::Usage; on --help prints `usage` and
/// returns ExitCode::Ok; otherwise returns -1.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);

/// Writes `text` to stdout or stderr as UTF-8.
void out(const QString &text);
void err(const QString &text);

/// The overview printed by `wemenu --help`.
QString overview();

} // namespace CommandLine
