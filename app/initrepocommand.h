#pragma once

#include <QStringList>

/**
 * `wemenu init-repo [DIR]`: sets up the git repository that holds DIR for menus. It adds
 * `*.wemenu.json diff=wemenu` to `.gitattributes`, sets the local config `diff.wemenu.command`
 * to this executable's `diff` and the aliases `menulog` and `menushow` (git log -p and git
 * show with --ext-diff), and installs a pre-commit hook that runs `wemenu fmt --check` and
 * `wemenu validate` on the staged version of every menu file. Running it again changes
 * nothing; an existing hook of another tool is kept and runs first.
 */
namespace InitRepoCommand {
/// `arguments` starts with the program name, without the word "init-repo". Returns the exit
/// code: 0 done, 1 a step failed, 2 DIR is not in a git work tree, 64 usage, 69 no git.
int run(const QStringList &arguments);

/// The pre-commit hook's text for the wemenu executable `program` (an absolute path).
QString hookScript(const QString &program);
} // namespace InitRepoCommand
