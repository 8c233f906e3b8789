#pragma once

#include <QStringList>

/**
 * `wemenu diff OLD NEW [--json]`: what changed from OLD to NEW, in words, one change a line
 * (MenuChanges). With git's seven (or, for a rename, nine) arguments it works as git's external
 * diff driver and always exits 0.
 */
namespace DiffCommand {
/// `arguments` starts with the program name, without the word "diff". Returns the exit code.
int run(const QStringList &arguments);
/// Whether the command line asks for a PDF (--pdf), which needs a QGuiApplication for its
/// fonts; read before any application object exists.
bool writesPdf(int argc, char **argv);
} // namespace DiffCommand
