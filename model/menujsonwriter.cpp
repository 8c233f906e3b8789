#include "menujsonwriter.h"

#include "jsonwriter.h"

namespace {

void writeExtras(JsonWriter &writer, const QJsonObject &extras)
{
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it) {
        writer.key(it.key());
        writer.value(it.value());
    }
}

} // namespace

void MenuJsonWriter::writeButton(JsonWriter &writer, const Button &button, bool request)
{
    // WeChat is never sent the own action of a button that opens a sub-menu: it is not used.
    const bool nameOnly = request && button.hasSubButtons();
    writer.beginObject();
    for (const ButtonField field : kAllButtonFields) {
        const QString value = button.field(field);
        if (value.isEmpty() || (nameOnly && field != ButtonField::Name))
            continue;
        writer.key(buttonFieldKey(field));
        writer.value(value);
    }
    if (nameOnly) {
        QJsonObject extras = button.extras;
        for (const ButtonField field : kAllButtonFields) {
            if (field != ButtonField::Name)
                extras.remove(buttonFieldKey(field));
        }
        writeExtras(writer, extras);
    } else {
        writeExtras(writer, button.extras);
    }
    if (button.hasSubButtons()) {
        writer.key(QStringLiteral("sub_button"));
        writer.beginArray();
        for (const Button &sub : button.subButtons)
            writeButton(writer, sub, request);
        writer.endArray();
    }
    writer.endObject();
}

void MenuJsonWriter::writeMatchRule(JsonWriter &writer, const MatchRule &rule)
{
    writer.beginObject();
    if (!rule.tagId.isEmpty()) {
        writer.key(QStringLiteral("tag_id"));
        writer.value(rule.tagId);
    }
    if (!rule.clientPlatformType.isEmpty()) {
        writer.key(QStringLiteral("client_platform_type"));
        writer.value(rule.clientPlatformType);
    }
    for (const QString &name : MatchRule::privacyFieldNames()) {
        if (rule.privacy.contains(name)) {
            writer.key(name);
            writer.value(rule.privacy.value(name));
        }
    }
    writeExtras(writer, rule.extras);
    writer.endObject();
}

void MenuJsonWriter::writeMenu(JsonWriter &writer, const Menu &menu, bool withMatchRule,
                               bool request)
{
    writer.beginObject();
    // The name is the document's own label: never part of a request to WeChat.
    if (withMatchRule && !request && !menu.name.isEmpty()) {
        writer.key(QStringLiteral("name"));
        writer.value(menu.name);
    }
    writer.key(QStringLiteral("button"));
    writer.beginArray();
    for (const Button &button : menu.buttons)
        writeButton(writer, button, request);
    writer.endArray();
    if (withMatchRule) {
        writer.key(QStringLiteral("matchrule"));
        if (request) {
            // Known fields only: a key kept as read never reaches WeChat.
            MatchRule rule = menu.matchRule;
            rule.extras = {};
            writeMatchRule(writer, rule);
        } else {
            writeMatchRule(writer, menu.matchRule);
        }
    }
    if (!request)
        writeExtras(writer, menu.extras);
    writer.endObject();
}

QByteArray MenuJsonWriter::document(const DocumentData &data)
{
    JsonWriter writer;
    writer.beginObject();
    if (data.hasDefaultMenu) {
        writer.key(QStringLiteral("menu"));
        writeMenu(writer, data.defaultMenu, false);
    }
    // Without a default menu the key is written even when empty, so the file reads back.
    if (!data.conditionalMenus.isEmpty() || !data.hasDefaultMenu) {
        writer.key(QStringLiteral("conditionalmenu"));
        writer.beginArray();
        for (const Menu &menu : data.conditionalMenus)
            writeMenu(writer, menu, true);
        writer.endArray();
    }
    writeExtras(writer, data.extras);
    writer.endObject();
    return writer.result();
}

QByteArray MenuJsonWriter::createBody(const Menu &menu)
{
    JsonWriter writer;
    writeMenu(writer, menu, false, true);
    return writer.result();
}

QByteArray MenuJsonWriter::conditionalBody(const Menu &menu)
{
    JsonWriter writer;
    writeMenu(writer, menu, true, true);
    return writer.result();
}

QByteArray MenuJsonWriter::button(const Button &button)
{
    JsonWriter writer;
    writeButton(writer, button);
    return writer.result();
}
