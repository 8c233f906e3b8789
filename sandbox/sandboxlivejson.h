#pragma once

#include <button.h>

#include <QList>

class JsonWriter;

/// Buttons as the live server returns them, which differs from the shape the API takes.
namespace SandboxLiveJson {

/// An array of buttons as menu/get and trymatch return them: every button carries
/// "sub_button", empty or not.
void writeButtons(JsonWriter &writer, const QList<Button> &buttons);

/// An array of buttons as get_current_selfmenu_info returns them: sub-buttons under
/// "sub_button.list", and only where there are some.
void writeSelfMenuButtons(JsonWriter &writer, const QList<Button> &buttons);

} // namespace SandboxLiveJson
