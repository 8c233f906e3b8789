#include "menulabel.h"

namespace {

const QString kSeparator = QStringLiteral(" · ");

} // namespace

QString MenuLabel::defaultMenu()
{
    return tr("Default menu");
}

QString MenuLabel::rule(const MatchRule &rule, const TagNames &tagNames)
{
    const MatchRule normalized = rule.normalized();
    QStringList parts;
    if (!normalized.tagId.isEmpty()) {
        const QString name = tagNames.value(normalized.tagId).trimmed();
        parts.append(tr("Tag %1").arg(name.isEmpty() ? normalized.tagId : name));
    }
    if (normalized.clientPlatformType == QLatin1String("1"))
        parts.append(tr("iOS"));
    else if (normalized.clientPlatformType == QLatin1String("2"))
        parts.append(tr("Android"));
    else if (normalized.clientPlatformType == QLatin1String("3"))
        parts.append(tr("Other phones"));
    else if (!normalized.clientPlatformType.isEmpty())
        parts.append(tr("Phone type %1").arg(normalized.clientPlatformType));
    if (normalized.isExpired())
        parts.append(tr("expired (privacy fields)"));
    return parts.isEmpty() ? tr("no rule yet") : parts.join(kSeparator);
}

QString MenuLabel::conditional(const Menu &menu, int index, const TagNames &tagNames)
{
    QStringList parts;
    const QString name = menu.name.trimmed();
    if (!name.isEmpty())
        parts.append(name);
    parts.append(rule(menu.matchRule, tagNames));
    return tr("%1. %2").arg(index + 1).arg(parts.join(kSeparator));
}

QString MenuLabel::conditional(const DocumentData &data, int index, const TagNames &tagNames)
{
    return conditional(data.conditionalMenus.at(index), index, tagNames);
}

QString MenuLabel::of(const DocumentData &data, int menuIndex, const TagNames &tagNames)
{
    return menuIndex < 0 ? defaultMenu() : conditional(data, menuIndex, tagNames);
}
