#include "recentfilesmenu.h"

#include "recentfiles.h"

#include <QFileInfo>

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    refresh();
}

void RecentFilesMenu::refresh()
{
    clear();
    const QStringList files = RecentFiles::list();
    for (const QString &file : files) {
        QAction *action =
            addAction(QFileInfo(file).fileName(), this, [this, file] { emit fileChosen(file); });
        action->setToolTip(file);
        action->setStatusTip(file);
    }
    if (!files.isEmpty()) {
        addSeparator();
        addAction(tr("Clear Recent Files"), this, [this] {
            RecentFiles::clear();
            refresh();
        });
    }
    setEnabled(!files.isEmpty());
}
