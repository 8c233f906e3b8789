#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/// The account's tags as the editor shows them: ids (as match rules write them) with names.
namespace TagNames {

/// Tag id and name pairs, in the order tags/get lists them.
using TagList = QList<QPair<QString, QString>>;

/// The tags of a tags/get answer (`{"tags":[{"id":2,"name":"VIP","count":3}]}`); none for any
/// other answer.
TagList fromTagsGet(const QJsonObject &answer);
/// Tag id -> followers, for the tags whose answer gives a "count".
QHash<QString, int> countsById(const QJsonObject &answer);
/// Tag id -> name.
QHash<QString, QString> byId(const TagList &tags);

} // namespace TagNames
