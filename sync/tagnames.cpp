#include "tagnames.h"

#include <QJsonArray>

namespace TagNames {

TagList fromTagsGet(const QJsonObject &answer)
{
    TagList tags;
    const QJsonArray list = answer.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject tag = value.toObject();
        tags.append({QString::number(tag.value(QStringLiteral("id")).toInteger()),
                     tag.value(QStringLiteral("name")).toString()});
    }
    return tags;
}

QHash<QString, QString> byId(const TagList &tags)
{
    QHash<QString, QString> names;
    for (const auto &[id, name] : tags)
        names.insert(id, name);
    return names;
}

} // namespace TagNames
