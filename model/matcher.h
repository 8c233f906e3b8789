#pragma once

#include "documentdata.h"

#include <QStringList>

/// Which menu a follower sees, as WeChat decides it.
namespace Matcher {

/**
 * The index of the conditional menu a follower with `tags` (in the order they were applied)
 * on `platform` sees, or -1 for the default menu. The newest conditional menu is tried first;
 * only the last tag applied is matched; expired and empty rules never match.
 */
int match(const DocumentData &data, const QStringList &tags, ClientPlatform platform);

/// True when `rule` picks a follower whose last tag is `lastTag` (empty: none) on `platform`.
bool ruleMatches(const MatchRule &rule, const QString &lastTag, ClientPlatform platform);

} // namespace Matcher
