#include "sandboxmenus.h"

#include "sandboxlivejson.h"

#include <errcodes.h>
#include <jsonwriter.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <validator.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <utility>

namespace {

/// The first error the validator finds, as WeChat would answer it.
std::optional<std::pair<int, QString>> firstError(const IssueList &issues)
{
    for (const Issue &issue : issues) {
        if (issue.isError())
            return std::make_pair(issue.errcode.value_or(SandboxContext::DataFormatError),
                                  issue.path + QStringLiteral(": ") + issue.message);
    }
    return std::nullopt;
}

} // namespace

namespace SandboxMenus {

SandboxReply create(SandboxContext &context, const QByteArray &body)
{
    const ReadResult read = MenuFile::readBytes(body);
    if (!read.ok || read.shape != Shape::Create)
        return context.error(
            SandboxContext::DataFormatError,
            QStringLiteral("data format error: %1")
                .arg(read.ok ? QStringLiteral("not a menu/create body") : read.error.message));
    if (const auto bad = firstError(Validator::validate(read.data, Shape::Create)))
        return context.error(bad->first, bad->second);
    SandboxState &state = context.state();
    state.hasMenu = true;
    state.menus.hasDefaultMenu = true;
    state.menus.defaultMenu = read.data.defaultMenu;
    state.menus.defaultMenu.menuId = QString::number(state.nextMenuId++);
    state.consoleMenu.clear(); // the menu made through the API is the one in use now
    if (context.options().createClearsConditional)
        state.menus.conditionalMenus.clear();
    context.changed();
    return context.ok();
}

SandboxReply get(const SandboxContext &context)
{
    const SandboxState &state = context.state();
    if (!state.hasMenu)
        return context.error(ErrCode::NoMenu, QStringLiteral("menu no exist"));
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("menu"));
    writer.beginObject();
    writer.key(QStringLiteral("button"));
    SandboxLiveJson::writeButtons(writer, state.menus.defaultMenu.buttons);
    writer.key(QStringLiteral("menuid"));
    writer.value(QJsonValue(state.menus.defaultMenu.menuId.toDouble()));
    writer.endObject();
    if (!state.menus.conditionalMenus.isEmpty()) {
        writer.key(QStringLiteral("conditionalmenu"));
        writer.beginArray();
        for (const Menu &menu : state.menus.conditionalMenus) {
            writer.beginObject();
            writer.key(QStringLiteral("button"));
            SandboxLiveJson::writeButtons(writer, menu.buttons);
            writer.key(QStringLiteral("matchrule"));
            MenuJsonWriter::writeMatchRule(writer, menu.matchRule);
            writer.key(QStringLiteral("menuid"));
            writer.value(QJsonValue(menu.menuId.toDouble()));
            writer.endObject();
        }
        writer.endArray();
    }
    writer.endObject();
    return context.ok(writer.result());
}

SandboxReply remove(SandboxContext &context)
{
    // Deletes the default menu and every conditional menu.
    SandboxState &state = context.state();
    state.hasMenu = false;
    state.menus = DocumentData();
    state.menus.hasDefaultMenu = false;
    context.changed();
    return context.ok();
}

SandboxReply addConditional(SandboxContext &context, const QByteArray &body)
{
    const ReadResult read = MenuFile::readBytes(body);
    if (!read.ok || read.shape != Shape::Conditional)
        return context.error(SandboxContext::DataFormatError,
                             QStringLiteral("data format error: %1")
                                 .arg(read.ok ? QStringLiteral("not a menu/addconditional body")
                                              : read.error.message));
    SandboxState &state = context.state();
    if (!state.hasMenu)
        return context.error(ErrCode::NoDefaultMenu,
                             QStringLiteral("a default menu is needed before a conditional menu"));
    if (const auto bad = firstError(Validator::validate(read.data, Shape::Conditional)))
        return context.error(bad->first, bad->second);
    // The domain limit counts every conditional menu of the account, the new one included.
    DocumentData all = state.menus;
    all.conditionalMenus.prepend(read.data.conditionalMenus.first());
    for (const Issue &issue : Validator::validate(all, Shape::Document)) {
        if (issue.rule == QLatin1String("domains.limit"))
            return context.error(ErrCode::TooManyDomains, issue.message);
    }
    Menu menu = read.data.conditionalMenus.first();
    menu.menuId = QString::number(state.nextMenuId++);
    // The added menu is the newest: menu/get lists it first and trymatch tries it first.
    state.menus.conditionalMenus.prepend(menu);
    context.changed();
    JsonWriter writer;
    writer.value(QJsonObject{{QStringLiteral("menuid"), menu.menuId}});
    return context.ok(writer.result());
}

SandboxReply delConditional(SandboxContext &context, const QByteArray &body)
{
    const QJsonValue id = QJsonDocument::fromJson(body).object().value(QStringLiteral("menuid"));
    const QString menuId = id.isString()   ? id.toString()
                           : id.isDouble() ? QString::number(id.toInteger())
                                           : QString();
    QList<Menu> &menus = context.state().menus.conditionalMenus;
    for (qsizetype i = 0; i < menus.size(); ++i) {
        if (!menuId.isEmpty() && menus.at(i).menuId == menuId) {
            menus.removeAt(i);
            context.changed();
            return context.ok();
        }
    }
    return context.error(ErrCode::UnknownMenuId,
                         QStringLiteral("menuid %1 does not exist").arg(menuId));
}

SandboxReply selfMenuInfo(const SandboxContext &context)
{
    const SandboxState &state = context.state();
    const QList<Button> &buttons =
        !state.consoleMenu.isEmpty() ? state.consoleMenu : state.menus.defaultMenu.buttons;
    const bool open = !state.consoleMenu.isEmpty() || state.hasMenu;
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("is_menu_open"));
    writer.value(QJsonValue(open ? 1 : 0));
    if (open) {
        writer.key(QStringLiteral("selfmenu_info"));
        writer.beginObject();
        writer.key(QStringLiteral("button"));
        SandboxLiveJson::writeSelfMenuButtons(writer, buttons);
        writer.endObject();
    }
    writer.endObject();
    return context.ok(writer.result());
}

} // namespace SandboxMenus
