#include "sandboxstate.h"

#include <jsonwriter.h>
#include <menujsonreader.h>
#include <menujsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void writeMenuWithId(JsonWriter &writer, const Menu &menu, bool conditional)
{
    writer.beginObject();
    writer.key(QStringLiteral("menuid"));
    writer.value(menu.menuId);
    writer.key(QStringLiteral("button"));
    writer.beginArray();
    for (const Button &button : menu.buttons)
        MenuJsonWriter::writeButton(writer, button);
    writer.endArray();
    if (conditional) {
        writer.key(QStringLiteral("matchrule"));
        MenuJsonWriter::writeMatchRule(writer, menu.matchRule);
    }
    writer.endObject();
}

} // namespace

SandboxState SandboxState::initial()
{
    SandboxState state;
    state.menus.hasDefaultMenu = false;
    state.tags = {{2, QStringLiteral(u"星标会员"), 3},
                  {100, QStringLiteral(u"iOS 新客"), 2},
                  {101, QStringLiteral(u"门店员工"), 1}};
    state.followers = {
        {QStringLiteral("o6_bmjrPTlm6_2sgVt7hMZOPfL2M"),
         QStringLiteral("vip_alice"),
         {QStringLiteral("2")},
         QStringLiteral("ios")},
        {QStringLiteral("o6_bmjrPTlm6_2sgVt7hMZOPfL3A"),
         QStringLiteral("vip_bob"),
         {QStringLiteral("101"), QStringLiteral("2")},
         QStringLiteral("android")},
        {QStringLiteral("o6_bmjrPTlm6_2sgVt7hMZOPfL4N"),
         QStringLiteral("new_carol"),
         {QStringLiteral("100")},
         QStringLiteral("ios")},
        {QStringLiteral("o6_bmjrPTlm6_2sgVt7hMZOPfL5D"),
         QStringLiteral("dave"),
         {},
         QStringLiteral("other")},
    };
    return state;
}

QByteArray SandboxState::toJson() const
{
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("next_menuid"));
    writer.value(QJsonValue(double(nextMenuId)));
    if (hasMenu) {
        writer.key(QStringLiteral("menu"));
        writeMenuWithId(writer, menus.defaultMenu, false);
    }
    writer.key(QStringLiteral("conditionalmenu"));
    writer.beginArray();
    for (const Menu &menu : menus.conditionalMenus)
        writeMenuWithId(writer, menu, true);
    writer.endArray();
    if (!consoleMenu.isEmpty()) {
        writer.key(QStringLiteral("console_menu"));
        writer.beginArray();
        for (const Button &button : consoleMenu)
            MenuJsonWriter::writeButton(writer, button);
        writer.endArray();
    }
    writer.key(QStringLiteral("tags"));
    writer.beginArray();
    for (const SandboxTag &tag : tags) {
        writer.value(QJsonObject{{QStringLiteral("id"), tag.id},
                                 {QStringLiteral("name"), tag.name},
                                 {QStringLiteral("count"), tag.count}});
    }
    writer.endArray();
    writer.key(QStringLiteral("followers"));
    writer.beginArray();
    for (const SandboxFollower &follower : followers) {
        writer.beginObject();
        writer.key(QStringLiteral("openid"));
        writer.value(follower.openId);
        writer.key(QStringLiteral("wechat_id"));
        writer.value(follower.wechatId);
        writer.key(QStringLiteral("tags"));
        QJsonArray ids;
        for (const QString &id : follower.tags)
            ids.append(id.toLongLong());
        writer.value(ids);
        writer.key(QStringLiteral("client"));
        writer.value(follower.client);
        writer.endObject();
    }
    writer.endArray();
    writer.key(QStringLiteral("quota"));
    writer.beginObject();
    writer.key(QStringLiteral("date"));
    writer.value(quotaDate.toString(Qt::ISODate));
    writer.key(QStringLiteral("used"));
    QJsonObject used;
    for (auto it = quotaUsed.constBegin(); it != quotaUsed.constEnd(); ++it)
        used.insert(it.key(), it.value());
    writer.value(used);
    writer.endObject();
    writer.endObject();
    return writer.result();
}

bool SandboxState::fromJson(const QByteArray &json, SandboxState *state, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not an object");
        return false;
    }
    const QJsonObject root = document.object();
    SandboxState result;
    result.nextMenuId = root.value(QStringLiteral("next_menuid")).toInteger(208379533);

    // The menus are read with the core's reader, menuids included.
    QJsonObject menus;
    if (root.contains(QStringLiteral("menu")))
        menus.insert(QStringLiteral("menu"), root.value(QStringLiteral("menu")));
    menus.insert(QStringLiteral("conditionalmenu"), root.value(QStringLiteral("conditionalmenu")));
    const ReadResult read = MenuJsonReader::read(menus);
    if (!read.ok) {
        *error = read.error.message;
        return false;
    }
    result.menus = read.data;
    result.hasMenu = root.contains(QStringLiteral("menu"));
    result.menus.hasDefaultMenu = result.hasMenu;
    if (root.contains(QStringLiteral("console_menu"))) {
        ReadError readError;
        if (!MenuJsonReader::readButtonArray(root.value(QStringLiteral("console_menu")),
                                             &result.consoleMenu, &readError)) {
            *error = readError.message;
            return false;
        }
    }
    const QJsonArray tags = root.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &value : tags) {
        const QJsonObject tag = value.toObject();
        result.tags.append({tag.value(QStringLiteral("id")).toInt(),
                            tag.value(QStringLiteral("name")).toString(),
                            tag.value(QStringLiteral("count")).toInt()});
    }
    const QJsonArray followers = root.value(QStringLiteral("followers")).toArray();
    for (const QJsonValue &value : followers) {
        const QJsonObject object = value.toObject();
        SandboxFollower follower;
        follower.openId = object.value(QStringLiteral("openid")).toString();
        follower.wechatId = object.value(QStringLiteral("wechat_id")).toString();
        const QJsonArray ids = object.value(QStringLiteral("tags")).toArray();
        for (const QJsonValue &id : ids)
            follower.tags.append(id.isString() ? id.toString() : QString::number(id.toInteger()));
        follower.client = object.value(QStringLiteral("client")).toString(QStringLiteral("other"));
        result.followers.append(follower);
    }
    const QJsonObject quota = root.value(QStringLiteral("quota")).toObject();
    result.quotaDate =
        QDate::fromString(quota.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QJsonObject used = quota.value(QStringLiteral("used")).toObject();
    for (auto it = used.constBegin(); it != used.constEnd(); ++it)
        result.quotaUsed.insert(it.key(), it.value().toInt());
    *state = result;
    return true;
}

bool operator==(const SandboxState &a, const SandboxState &b)
{
    return a.hasMenu == b.hasMenu && a.menus == b.menus && a.nextMenuId == b.nextMenuId &&
           a.consoleMenu == b.consoleMenu && a.tags == b.tags && a.followers == b.followers &&
           a.quotaDate == b.quotaDate && a.quotaUsed == b.quotaUsed;
}
