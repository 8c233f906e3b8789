#pragma once

#include <QTreeView>

class MenuTreeModel;

/// The menu tree: drag and drop to reorder and re-parent, an icon on rows with issues.
class MenuTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit MenuTreeView(QWidget *parent = nullptr);

    void setMenuModel(MenuTreeModel *model);
    MenuTreeModel *menuModel() const;
};
