#include "menutreeview.h"

#include "issueicondelegate.h"

#include <menutreemodel.h>

MenuTreeView::MenuTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("menuTree"));
    setAccessibleName(tr("Menu buttons"));
    setHeaderHidden(true);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setItemDelegate(new IssueIconDelegate(this));
    setExpandsOnDoubleClick(true);
    // Every row is one line of text and at most a small icon: one height for all, so the view
    // measures one row instead of laying out the text of every button to size the rows.
    setUniformRowHeights(true);
}

void MenuTreeView::setMenuModel(MenuTreeModel *model)
{
    setModel(model);
    expandAll();
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent) { expand(parent); });
    connect(model, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int, int, const QModelIndex &destination) {
                expand(destination);
            });
}

MenuTreeModel *MenuTreeView::menuModel() const
{
    return qobject_cast<MenuTreeModel *>(model());
}
