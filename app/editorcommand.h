#pragma once

#include <QStringList>

/// `wemenu [FILE]`: the editor.
namespace EditorCommand {
/// `arguments` starts with the program name. Returns the exit code.
int run(const QStringList &arguments);
} // namespace EditorCommand
