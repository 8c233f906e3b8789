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

QHash<QString, int> countsById(const QJsonObject &answer)
{
    QHash<QString, int> counts;
    const QJsonArray list = answer.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject tag = value.toObject();
        if (tag.value(QStringLiteral("count")).isDouble()) {
            counts.insert(QString::number(tag.value(QStringLiteral("id")).toInteger()),
                          tag.value(QStringLiteral("count")).toInt());
        }
    }
    return counts;
}

QHash<QString, QString> byId(const TagList &tags)
{
    QHash<QString, QString> names;
    for (const auto &[id, name] : tags)
        names.insert(id, name);
    return names;
}

} // namespace TagNames
