#include "shadowingchecks.h"

#include "validator.h"

#include <QHash>

void ShadowingChecks::check(const DocumentData &data)
{
    // Newest (index 0) first: a menu is shadowed when a newer (lower-index) rule sets a subset
    // of its fields with the same values, since newer menus are tried first.
    QHash<QString, int> newer; // "tag|platform" -> newest (lowest) index with exactly that rule
    const auto keyOf = [](const QString &tag, const QString &platform) {
        return tag + QLatin1Char('|') + platform;
    };
    for (int i = 0; i < data.conditionalMenus.size(); ++i) {
        const MatchRule rule = data.conditionalMenus.at(i).matchRule.normalized();
        if (rule.isEmpty() || rule.isExpired())
            continue;
        const QString &tag = rule.tagId;
        const QString &platform = rule.clientPlatformType;
        QList<QString> candidates = {keyOf(tag, platform)};
        if (!tag.isEmpty() && !platform.isEmpty()) {
            candidates.append(keyOf(tag, QString()));
            candidates.append(keyOf(QString(), platform));
        }
        int shadower = -1;
        for (const QString &candidate : candidates) {
            const auto it = newer.constFind(candidate);
            if (it != newer.constEnd() && (shadower < 0 || it.value() < shadower))
                shadower = it.value();
        }
        if (shadower >= 0) {
            m_issues.warning(
                QStringLiteral("matchrule.shadowed"),
                Validator::menuPath(i) + QStringLiteral(".matchrule"),
                Validator::tr(
                    "No follower can ever see this menu: the newer %1 matches everyone this "
                    "one matches, and newer menus are tried first.")
                    .arg(Validator::menuPath(shadower)));
        }
        const QString own = keyOf(tag, platform);
        if (!newer.contains(own))
            newer.insert(own, i);
    }
}
