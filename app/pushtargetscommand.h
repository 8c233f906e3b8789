#pragma once

#include <QStringList>

/// `wemenu push FILE --targets TARGETS.json [--dry-run] [--yes] [--jobs N]`: one document,
/// filled in per account, published to several accounts at once.
namespace PushTargetsCommand {
/// `arguments` starts with the program name, without the word "push". Returns the exit code.
int run(const QStringList &arguments);
/// Whether `arguments` ask for this form (they carry --targets).
bool wanted(const QStringList &arguments);
/// The default number of accounts published at once.
inline constexpr int kDefaultJobs = 4;
} // namespace PushTargetsCommand
