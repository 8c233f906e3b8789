#include "accountqueries.h"

#include "apiclient.h"
#include "errorpolicy.h"

#include <jsonwriter.h>
#include <menufile.h>

#include <QJsonArray>
#include <QJsonObject>

namespace AccountQueries {

void fetchTags(ApiClient *client, std::function<void(const QList<Tag> &, bool)> done)
{
    client->get(QStringLiteral("tags/get"), [done](const ApiResult &result) {
        QList<Tag> tags;
        const QJsonArray list = result.json.value(QStringLiteral("tags")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject tag = value.toObject();
            tags.append({QString::number(tag.value(QStringLiteral("id")).toInteger()),
                         tag.value(QStringLiteral("name")).toString()});
        }
        done(tags, result.ok());
    });
}

void tryMatch(ApiClient *client, const QString &userId,
              std::function<void(const QList<Button> &, const QString &)> done)
{
    JsonWriter writer;
    writer.value(QJsonObject{{QStringLiteral("user_id"), userId}});
    client->post(QStringLiteral("menu/trymatch"), writer.result(), [done](const ApiResult &result) {
        if (!result.ok()) {
            done({}, ErrorPolicy::explain(result));
            return;
        }
        const ReadResult read = MenuFile::readBytes(result.body);
        if (!read.ok)
            done({}, read.error.message);
        else
            done(read.data.defaultMenu.buttons, {});
    });
}

} // namespace AccountQueries
