#include "matcher.h"

namespace Matcher {

bool ruleMatches(const MatchRule &rule, const QString &lastTag, ClientPlatform platform)
{
    if (rule.isEmpty() || rule.isExpired())
        return false;
    const QString tag = rule.tagId.trimmed();
    if (!tag.isEmpty() && tag != lastTag.trimmed())
        return false;
    const QString wanted = rule.clientPlatformType.trimmed();
    return wanted.isEmpty() || wanted == QString::number(int(platform));
}

int match(const DocumentData &data, const QStringList &tags, ClientPlatform platform)
{
    const QString lastTag = tags.isEmpty() ? QString() : tags.last();
    for (int i = int(data.conditionalMenus.size()) - 1; i >= 0; --i) {
        if (ruleMatches(data.conditionalMenus.at(i).matchRule, lastTag, platform))
            return i;
    }
    return -1;
}

} // namespace Matcher
