#include "accountqueries.h"

#include "apiclient.h"
#include "errorpolicy.h"
#include "tagnames.h"

#include <errcodes.h>
#include <jsonwriter.h>
#include <menufile.h>

#include <QCoreApplication>
#include <QJsonObject>

namespace AccountQueries {

void fetchTags(ApiClient *client, std::function<void(const QList<Tag> &, bool)> done)
{
    client->get(QStringLiteral("tags/get"), [done](const ApiResult &result) {
        done(TagNames::fromTagsGet(result.json), result.ok());
    });
}

void fetchTagsWithCounts(
    ApiClient *client,
    std::function<void(const QList<Tag> &, const QHash<QString, int> &, bool)> done)
{
    client->get(QStringLiteral("tags/get"), [done](const ApiResult &result) {
        done(TagNames::fromTagsGet(result.json), TagNames::countsById(result.json), result.ok());
    });
}

void tryMatch(ApiClient *client, const QString &userId,
              std::function<void(const QList<Button> &, const QString &, const QString &)> done)
{
    JsonWriter writer;
    writer.value(QJsonObject{{QStringLiteral("user_id"), userId}});
    client->post(QStringLiteral("menu/trymatch"), writer.result(), [done](const ApiResult &result) {
        if (!result.ok()) {
            done({}, explainTryMatch(result), ErrorPolicy::technical(result));
            return;
        }
        const ReadResult read = MenuFile::readBytes(result.body);
        if (!read.ok)
            done({}, read.error.message, {});
        else
            done(read.data.defaultMenu.buttons, {}, {});
    });
}

QString explainTryMatch(const ApiResult &result)
{
    if (result.kind != ApiResult::Kind::WeChatError)
        return ErrorPolicy::explain(result);
    switch (result.errcode) {
    case ErrCode::UnknownFollower:
    case ErrCode::UnknownUser:
    case ErrCode::NoSuchUser:
        return QCoreApplication::translate(
            "AccountQueries",
            "WeChat does not know this follower. Check the OpenID or WeChat ID: it must be "
            "someone who follows this account (an OpenID belongs to one account only).");
    case ErrCode::NoMenu:
    case ErrCode::NoMenuVersion:
    case ErrCode::NoDefaultMenu:
        return QCoreApplication::translate(
            "AccountQueries",
            "This account has no menu on WeChat yet, so its followers see none. Publish the "
            "menu first, then ask again.");
    case ErrCode::ConditionalMenusUnsupported:
        return QCoreApplication::translate(
            "AccountQueries",
            "This account cannot have conditional menus (it may be unverified), so WeChat cannot "
            "say which one a follower sees. Every follower sees the default menu.");
    case ErrCode::ConditionalMenusSwitchedOff:
        return QCoreApplication::translate(
            "AccountQueries",
            "Conditional menus are switched off for this account on WeChat's side. Switch them "
            "on in the Official Account platform, then ask again.");
    default:
        break;
    }
    if (result.errcode >= 65300 && result.errcode < 65400) {
        return QCoreApplication::translate(
            "AccountQueries",
            "WeChat could not say which menu this follower sees: it refused the account's menus. "
            "Pull the live menus to check them, publish again, then ask again.");
    }
    return ErrorPolicy::explain(result);
}

} // namespace AccountQueries
