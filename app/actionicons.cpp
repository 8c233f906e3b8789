#include "actionicons.h"

#include <QAction>
#include <QApplication>
#include <QImageReader>

namespace {

struct Entry
{
    const char *action;
    const char *theme;
    const char *bundled;
    QStyle::StandardPixmap fallback;
};

// freedesktop icon names where the set has one; "Add Sub-button" has none.
const Entry kEntries[] = {
    {"actionNew", "document-new", "new", QStyle::SP_FileIcon},
    {"actionOpen", "document-open", "open", QStyle::SP_DialogOpenButton},
    {"actionSave", "document-save", "save", QStyle::SP_DialogSaveButton},
    {"actionUndo", "edit-undo", "undo", QStyle::SP_ArrowBack},
    {"actionRedo", "edit-redo", "redo", QStyle::SP_ArrowForward},
    {"actionAddButton", "list-add", "add-button", QStyle::SP_FileDialogNewFolder},
    {"actionAddSubButton", "", "add-sub-button", QStyle::SP_FileDialogDetailedView},
    {"actionDelete", "edit-delete", "delete", QStyle::SP_TrashIcon},
    {"actionPublish", "document-send", "publish", QStyle::SP_ArrowUp},
};

bool svgReadable()
{
    static const bool readable = QImageReader::supportedImageFormats().contains("svg");
    return readable;
}

} // namespace

QIcon ActionIcons::icon(const QString &themeName, const QString &bundled,
                        QStyle::StandardPixmap fallback)
{
    QIcon own;
    if (svgReadable())
        own = QIcon(QStringLiteral(":/icons/%1.svg").arg(bundled));
    else
        own = QApplication::style()->standardIcon(fallback);
    if (themeName.isEmpty())
        return own;
    return QIcon::fromTheme(themeName, own);
}

void ActionIcons::apply(QObject *window)
{
    for (const Entry &entry : kEntries) {
        auto *action = window->findChild<QAction *>(QString::fromLatin1(entry.action));
        if (action && action->icon().isNull()) {
            action->setIcon(icon(QString::fromLatin1(entry.theme),
                                 QString::fromLatin1(entry.bundled), entry.fallback));
        }
    }
}
