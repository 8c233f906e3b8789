#pragma once

#include <QStringList>

/// `wemenu push FILE [--dry-run] [--yes]`: publishes a document with the shortest plan.
namespace PushCommand {
/// `arguments` starts with the program name, without the word "push". Returns the exit code.
int run(const QStringList &arguments);
} // namespace PushCommand
