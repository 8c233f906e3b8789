#pragma once

#include <QStringList>

/// `wemenu render FILE -o OUT.png ...`: the phone preview of the menu a follower sees.
namespace RenderCommand {
/// `arguments` starts with the program name, without the word "render". Returns the exit code.
int run(const QStringList &arguments);
} // namespace RenderCommand
