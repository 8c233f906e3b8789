#pragma once

#include <QStringList>

/// `wemenu pull --targets TARGETS.json -o DIR [--jobs N]`: the live menus of several
/// accounts, one document per account in DIR.
namespace PullTargetsCommand {
/// `arguments` starts with the program name, without the word "pull". Returns the exit code.
int run(const QStringList &arguments);
/// The file name of a target's document in DIR: its name with the characters a file name
/// cannot hold replaced, and ".json".
QString fileName(const QString &targetName);
} // namespace PullTargetsCommand
