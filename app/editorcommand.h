#pragma once

#include <QStringList>

/// `wemenu [FILE]`: the editor.
namespace EditorCommand {
/// True when argv (Qt's own options aside) is a valid editor command line. Checked before any
/// application object exists, so that a usage error never needs a display.
bool argumentsValid(int argc, char **argv);
/// `arguments` starts with the program name. Returns the exit code.
int run(const QStringList &arguments);
} // namespace EditorCommand
