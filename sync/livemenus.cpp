#include "livemenus.h"

#include "apiclient.h"

#include <QPointer>
#include <errcodes.h>
#include <menufile.h>

LiveMenus::LiveMenus(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

namespace {

/// A successful reply read as menus; a failure or an unreadable body as the failure it is.
LiveResult liveFrom(const ApiResult &result, Shape source)
{
    LiveResult live;
    live.source = source;
    if (!result.ok()) {
        live.failure = result;
        return live;
    }
    const ReadResult read = MenuFile::readBytes(result.body, source);
    if (!read.ok) {
        live.failure = result;
        live.failure.kind = ApiResult::Kind::HttpError;
        live.failure.detail = read.error.message;
        return live;
    }
    live.ok = true;
    live.live = read.data;
    return live;
}

} // namespace

void LiveMenus::pullApiMenus(Callback done)
{
    m_client->get(QStringLiteral("menu/get"), [done](const ApiResult &result) {
        LiveResult live;
        if (result.kind == ApiResult::Kind::WeChatError && result.errcode == ErrCode::NoMenu) {
            live.ok = true; // an empty account, not an error for the user
            live.live.hasDefaultMenu = false;
            done(live);
            return;
        }
        done(liveFrom(result, Shape::MenuGet));
    });
}

void LiveMenus::pullSelfMenu(Callback done)
{
    m_client->get(QStringLiteral("get_current_selfmenu_info"), [done](const ApiResult &result) {
        const QJsonValue info = result.json.value(QStringLiteral("selfmenu_info"));
        if (result.ok() && (info.isUndefined() || info.isNull())) {
            LiveResult live; // {"is_menu_open":0} alone: no menu at all
            live.source = Shape::SelfMenuInfo;
            live.ok = true;
            live.live.hasDefaultMenu = false;
            done(live);
            return;
        }
        LiveResult live = liveFrom(result, Shape::SelfMenuInfo);
        if (live.ok && result.json.value(QStringLiteral("is_menu_open")).toInt() != 1)
            live.live.hasDefaultMenu = false;
        done(live);
    });
}

void LiveMenus::pull(Callback done)
{
    pullApiMenus([this, self = QPointer<LiveMenus>(this), done](const LiveResult &api) {
        if (!self)
            return;
        if (!api.ok || !api.isEmpty()) {
            done(api);
            return;
        }
        pullSelfMenu([done, api](const LiveResult &console) {
            // An account with no menu at all reads as empty through either endpoint.
            done(console.ok && !console.isEmpty() ? console : api);
        });
    });
}

bool LiveMenus::sameContent(const DocumentData &a, const DocumentData &b)
{
    const bool aHas = a.hasDefaultMenu && !a.defaultMenu.buttons.isEmpty();
    const bool bHas = b.hasDefaultMenu && !b.defaultMenu.buttons.isEmpty();
    if (aHas != bHas || (aHas && a.defaultMenu.buttons != b.defaultMenu.buttons))
        return false;
    if (a.conditionalMenus.size() != b.conditionalMenus.size())
        return false;
    for (qsizetype i = 0; i < a.conditionalMenus.size(); ++i) {
        if (!a.conditionalMenus.at(i).sameContent(b.conditionalMenus.at(i)))
            return false;
    }
    return true;
}
