#include "accountqueries.h"

#include "apiclient.h"
#include "errorpolicy.h"
#include "tagnames.h"

#include <jsonwriter.h>
#include <menufile.h>

#include <QJsonObject>

namespace AccountQueries {

void fetchTags(ApiClient *client, std::function<void(const QList<Tag> &, bool)> done)
{
    client->get(QStringLiteral("tags/get"), [done](const ApiResult &result) {
        done(TagNames::fromTagsGet(result.json), result.ok());
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
