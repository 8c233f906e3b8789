#pragma once

#include "documentdata.h"

#include <QStringList>

#include <optional>

/// Which menu a follower sees, as WeChat decides it.
namespace Matcher {

/**
 * The index of the conditional menu a follower with `tags` (in the order they were applied)
 * on `platform` sees, or -1 for the default menu. The newest conditional menu (index 0) is tried
 * first;
 * only the last tag applied is matched; expired and empty rules never match.
 */
int match(const DocumentData &data, const QStringList &tags, ClientPlatform platform);

/// True when `rule` picks a follower whose last tag is `lastTag` (empty: none) on `platform`.
bool ruleMatches(const MatchRule &rule, const QString &lastTag, ClientPlatform platform);

/// Why a conditional menu did or did not match a follower.
enum class Verdict { Matched, Expired, EmptyRule, Tag, Platform };

/// One conditional menu tried, newest (index 0) first, up to the one that matched.
struct Attempt
{
    int menu = -1;
    Verdict verdict = Verdict::Matched;
};

/// The conditional menus tried for a follower, in the order WeChat tries them, ending with the
/// one that matched (if any). The same decision as match().
QList<Attempt> trace(const DocumentData &data, const QStringList &tags, ClientPlatform platform);

/// Why `rule` does not pick that follower, or Verdict::Matched.
Verdict verdict(const MatchRule &rule, const QString &lastTag, ClientPlatform platform);

/**
 * The menu of `data` whose buttons are exactly `buttons` (what trymatch answers for a
 * follower): the default menu (-1) when the document has one and it is equal, else the first
 * equal conditional menu in priority order; nullopt when no menu of the document has them.
 */
std::optional<int> menuWithButtons(const DocumentData &data, const QList<Button> &buttons);

} // namespace Matcher
