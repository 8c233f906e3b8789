#include "matcher.h"

namespace Matcher {

Verdict verdict(const MatchRule &rule, const QString &lastTag, ClientPlatform platform)
{
    if (rule.isExpired())
        return Verdict::Expired;
    if (rule.isEmpty())
        return Verdict::EmptyRule;
    const QString tag = rule.tagId.trimmed();
    if (!tag.isEmpty() && tag != lastTag.trimmed())
        return Verdict::Tag;
    const QString wanted = rule.clientPlatformType.trimmed();
    if (!wanted.isEmpty() && wanted != QString::number(int(platform)))
        return Verdict::Platform;
    return Verdict::Matched;
}

bool ruleMatches(const MatchRule &rule, const QString &lastTag, ClientPlatform platform)
{
    return verdict(rule, lastTag, platform) == Verdict::Matched;
}

QList<Attempt> trace(const DocumentData &data, const QStringList &tags, ClientPlatform platform)
{
    const QString lastTag = tags.isEmpty() ? QString() : tags.last();
    QList<Attempt> attempts;
    for (int i = 0; i < data.conditionalMenus.size(); ++i) {
        const Verdict v = verdict(data.conditionalMenus.at(i).matchRule, lastTag, platform);
        attempts.append({i, v});
        if (v == Verdict::Matched)
            break;
    }
    return attempts;
}

int match(const DocumentData &data, const QStringList &tags, ClientPlatform platform)
{
    const QString lastTag = tags.isEmpty() ? QString() : tags.last();
    for (int i = 0; i < data.conditionalMenus.size(); ++i) {
        if (ruleMatches(data.conditionalMenus.at(i).matchRule, lastTag, platform))
            return i;
    }
    return -1;
}

std::optional<int> menuWithButtons(const DocumentData &data, const QList<Button> &buttons)
{
    if (data.hasDefaultMenu && data.defaultMenu.buttons == buttons)
        return -1;
    for (int i = 0; i < data.conditionalMenus.size(); ++i) {
        if (data.conditionalMenus.at(i).buttons == buttons)
            return i;
    }
    return std::nullopt;
}

} // namespace Matcher
