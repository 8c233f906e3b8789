#include "matchrule.h"

#include <QStringList>

const QStringList &MatchRule::privacyFieldNames()
{
    static const QStringList names = {
        QStringLiteral("sex"),  QStringLiteral("country"),  QStringLiteral("province"),
        QStringLiteral("city"), QStringLiteral("language"),
    };
    return names;
}

QStringList MatchRule::privacyFieldsInUse() const
{
    QStringList inUse;
    for (const QString &name : privacyFieldNames()) {
        const QJsonValue value = privacy.value(name);
        const bool empty = value.isUndefined() || value.isNull() ||
                           (value.isString() && value.toString().trimmed().isEmpty());
        if (!empty)
            inUse.append(name);
    }
    return inUse;
}

bool MatchRule::isEmpty() const
{
    return tagId.trimmed().isEmpty() && clientPlatformType.trimmed().isEmpty() && !isExpired();
}

MatchRule MatchRule::normalized() const
{
    MatchRule rule = *this;
    rule.tagId = tagId.trimmed();
    rule.clientPlatformType = clientPlatformType.trimmed();
    return rule;
}

bool operator==(const MatchRule &a, const MatchRule &b)
{
    return a.tagId == b.tagId && a.clientPlatformType == b.clientPlatformType &&
           a.privacy == b.privacy && a.extras == b.extras;
}
