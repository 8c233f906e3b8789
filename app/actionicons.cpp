#include "actionicons.h"

#include "lineiconengine.h"

#include <QAction>

namespace {

struct Entry
{
    const char *action;
    const char *theme;
    const char *bundled;
};

// freedesktop icon names where the set has one; "Add Sub-button" has none.
const Entry kEntries[] = {
    {"actionNew", "document-new", "new"},          {"actionOpen", "document-open", "open"},
    {"actionSave", "document-save", "save"},       {"actionUndo", "edit-undo", "undo"},
    {"actionRedo", "edit-redo", "redo"},           {"actionAddButton", "list-add", "add-button"},
    {"actionAddSubButton", "", "add-sub-button"},  {"actionDelete", "edit-delete", "delete"},
    {"actionPublish", "document-send", "publish"},
};

/// Whether the desktop names an icon theme. Without a desktop (a bare X server, the offscreen
/// platform) Qt falls back to "hicolor", which holds no action icons: looking there would only
/// cost the start of the editor a parse of its index.
bool desktopHasIconTheme()
{
    const QString theme = QIcon::themeName();
    return !theme.isEmpty() && theme != QLatin1String("hicolor");
}

} // namespace

QIcon ActionIcons::icon(const QString &themeName, const QString &bundled)
{
    const QIcon own(new LineIconEngine(LineIconEngine::shape(bundled)));
    if (themeName.isEmpty() || !desktopHasIconTheme())
        return own;
    return QIcon::fromTheme(themeName, own);
}

void ActionIcons::apply(QObject *window)
{
    for (const Entry &entry : kEntries) {
        auto *action = window->findChild<QAction *>(QString::fromLatin1(entry.action));
        if (action && action->icon().isNull())
            action->setIcon(
                icon(QString::fromLatin1(entry.theme), QString::fromLatin1(entry.bundled)));
    }
}
