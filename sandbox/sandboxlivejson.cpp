#include "sandboxlivejson.h"

#include <jsonwriter.h>

namespace {

/// A button's fields and the fields kept as read, without its sub-buttons.
void writeFields(JsonWriter &writer, const Button &button)
{
    for (const ButtonField field : kAllButtonFields) {
        const QString value = button.field(field);
        if (!value.isEmpty()) {
            writer.key(buttonFieldKey(field));
            writer.value(value);
        }
    }
    for (auto it = button.extras.constBegin(); it != button.extras.constEnd(); ++it) {
        writer.key(it.key());
        writer.value(it.value());
    }
}

/// A button as menu/get and trymatch return it: every button carries "sub_button".
void writeLiveButton(JsonWriter &writer, const Button &button)
{
    writer.beginObject();
    writeFields(writer, button);
    writer.key(QStringLiteral("sub_button"));
    writer.beginArray();
    for (const Button &sub : button.subButtons)
        writeLiveButton(writer, sub);
    writer.endArray();
    writer.endObject();
}

/// A button as get_current_selfmenu_info returns it: sub-buttons under "sub_button.list".
void writeSelfMenuButton(JsonWriter &writer, const Button &button)
{
    writer.beginObject();
    writeFields(writer, button);
    if (button.hasSubButtons()) {
        writer.key(QStringLiteral("sub_button"));
        writer.beginObject();
        writer.key(QStringLiteral("list"));
        SandboxLiveJson::writeSelfMenuButtons(writer, button.subButtons);
        writer.endObject();
    }
    writer.endObject();
}

} // namespace

namespace SandboxLiveJson {

void writeButtons(JsonWriter &writer, const QList<Button> &buttons)
{
    writer.beginArray();
    for (const Button &button : buttons)
        writeLiveButton(writer, button);
    writer.endArray();
}

void writeSelfMenuButtons(JsonWriter &writer, const QList<Button> &buttons)
{
    writer.beginArray();
    for (const Button &button : buttons)
        writeSelfMenuButton(writer, button);
    writer.endArray();
}

} // namespace SandboxLiveJson
