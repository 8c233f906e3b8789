#include "affectedfollowers.h"

#include <matcher.h>

namespace {

const QString kSeparator = QStringLiteral(" · ");

} // namespace

QString AffectedFollowers::reach(const DocumentData &data, int menu,
                                 const MenuLabel::TagNames &tagNames, const TagCounts &counts)
{
    if (menu < 0) {
        return data.conditionalMenus.isEmpty() ? tr("Every follower")
                                               : tr("Every follower no conditional menu picks");
    }
    const Menu &conditional = data.conditionalMenus.at(menu);
    const MatchRule rule = conditional.matchRule.normalized();
    QStringList parts;
    if (!conditional.name.trimmed().isEmpty())
        parts.append(conditional.name.trimmed());
    QString ruleText = MenuLabel::rule(conditional.matchRule, tagNames);
    if (!rule.tagId.isEmpty() && counts.contains(rule.tagId)) {
        // The tag comes first in the rule's words: the count goes right after it.
        MatchRule tagOnly;
        tagOnly.tagId = rule.tagId;
        const QString tag = MenuLabel::rule(tagOnly, tagNames);
        const int count = counts.value(rule.tagId);
        const QString counted = count == 1 ? tr("%1 (1 follower)").arg(tag)
                                           : tr("%1 (%2 followers)").arg(tag).arg(count);
        if (ruleText.startsWith(tag))
            ruleText = counted + ruleText.mid(tag.size());
    }
    parts.append(ruleText);
    return parts.join(kSeparator);
}

QString AffectedFollowers::who(const Menu &menu, bool isDefault,
                               const MenuLabel::TagNames &tagNames)
{
    if (isDefault)
        return tr("Followers no conditional menu picks");
    if (!menu.name.trimmed().isEmpty())
        return menu.name.trimmed();
    return tr("Followers of %1").arg(MenuLabel::rule(menu.matchRule, tagNames));
}

int AffectedFollowers::seenBy(const MatchRule &rule, const DocumentData &data)
{
    const MatchRule normalized = rule.normalized();
    const QStringList tags =
        normalized.tagId.isEmpty() ? QStringList() : QStringList{normalized.tagId};
    const int platform = normalized.clientPlatformType.toInt();
    const ClientPlatform client =
        platform >= 1 && platform <= 3 ? ClientPlatform(platform) : ClientPlatform::Other;
    return Matcher::match(data, tags, client);
}

QString AffectedFollowers::menuInWords(const DocumentData &data, int menu,
                                       const MenuLabel::TagNames &tagNames)
{
    if (menu < 0)
        return tr("the default menu");
    const Menu &conditional = data.conditionalMenus.at(menu);
    if (!conditional.name.trimmed().isEmpty())
        return tr("the menu \"%1\"").arg(conditional.name.trimmed());
    return tr("the menu for %1").arg(MenuLabel::rule(conditional.matchRule, tagNames));
}
