#pragma once

#include <QMenu>

/// File › Open Recent: the recently used files, and a way to clear them.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    /// Rebuilds the menu from the settings.
    void refresh();

signals:
    void fileChosen(const QString &fileName);
};
