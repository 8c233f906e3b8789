#pragma once

#include <button.h>

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class ApiClient;
struct ApiResult;

/// Reads that help edit a menu for an account: its follower tags and what a follower sees.
namespace AccountQueries {

/// A tag as (id, name).
using Tag = QPair<QString, QString>;

/// tags/get: the account's tags; `ok` is false when they could not be read.
void fetchTags(ApiClient *client, std::function<void(const QList<Tag> &tags, bool ok)> done);

/// tags/get with each tag's follower count (tag id -> count) where the answer gives one.
void fetchTagsWithCounts(
    ApiClient *client,
    std::function<void(const QList<Tag> &tags, const QHash<QString, int> &counts, bool ok)> done);

/// menu/trymatch: the buttons the account's server shows the follower `userId` (an openid or a
/// WeChat id), or an error in words (what happened, what to do) with its technical detail
/// (errcode, errmsg) apart, for a tooltip.
void tryMatch(ApiClient *client, const QString &userId,
              std::function<void(const QList<Button> &buttons, const QString &error,
                                 const QString &technical)>
                  done);

/// A failed trymatch in words, without the code: what happened and what to do.
QString explainTryMatch(const ApiResult &result);

} // namespace AccountQueries
