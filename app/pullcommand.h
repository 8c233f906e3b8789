#pragma once

#include <QStringList>

/// `wemenu pull [-o FILE]`: the live menus as a document.
namespace PullCommand {
/// `arguments` starts with the program name, without the word "pull". Returns the exit code.
int run(const QStringList &arguments);
} // namespace PullCommand
