#include "menutreeview.h"

#include <menutreemodel.h>

#include <QApplication>
#include <QStyle>
#include <QStyledItemDelegate>

namespace {

/// Draws the error or warning icon of a row and edits its name in place.
class IssueIconDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int severity = index.data(MenuTreeModel::SeverityRole).toInt();
        if (severity < 0 || !index.data(MenuTreeModel::SeverityRole).isValid())
            return;
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(severity == int(Issue::Severity::Error)
                                               ? QStyle::SP_MessageBoxCritical
                                               : QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

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
