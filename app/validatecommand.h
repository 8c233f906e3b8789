#pragma once

#include <QStringList>

/// `wemenu validate FILE [--json]`: checks a menu file against WeChat's rules.
namespace ValidateCommand {
/// `arguments` starts with the program name, without the word "validate". Returns the exit code.
int run(const QStringList &arguments);
} // namespace ValidateCommand
