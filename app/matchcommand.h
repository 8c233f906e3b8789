#pragma once

#include <QStringList>

/// `wemenu match FILE [--tags ..] [--client ..]`: the menu a follower sees.
namespace MatchCommand {
/// `arguments` starts with the program name, without the word "match". Returns the exit code.
int run(const QStringList &arguments);
} // namespace MatchCommand
