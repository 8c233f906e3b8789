#include "menutreeview.h"

#include "issueicondelegate.h"

#include <menutreemodel.h>

#include <QDragMoveEvent>
#include <QPainter>

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

QRect MenuTreeView::lastShownRow(const QModelIndex &index) const
{
    const int children = model()->rowCount(index);
    if (children > 0 && isExpanded(index))
        return visualRect(model()->index(children - 1, 0, index));
    return visualRect(index);
}

QLine MenuTreeView::dropLine(const QModelIndex &target, DropPlace place) const
{
    if (!model())
        return {};
    const int right = viewport()->width() - 1;
    switch (place) {
    case DropPlace::Above: {
        const QRect row = visualRect(target);
        return {row.left(), row.top(), right, row.top()};
    }
    case DropPlace::Below: {
        const int y = lastShownRow(target).bottom() + 1;
        return {visualRect(target).left(), y, right, y};
    }
    case DropPlace::Into: {
        // Onto a button that opens a sub-menu: after its last sub-button.
        const QRect last = lastShownRow(target);
        const int left = last == visualRect(target) ? last.left() + indentation() : last.left();
        return {left, last.bottom() + 1, right, last.bottom() + 1};
    }
    case DropPlace::AtEnd:
        break;
    }
    const int tops = model()->rowCount();
    if (tops == 0)
        return {0, 0, right, 0};
    const QModelIndex lastTop = model()->index(tops - 1, 0);
    const int y = lastShownRow(lastTop).bottom() + 1;
    return {visualRect(lastTop).left(), y, right, y};
}

void MenuTreeView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    m_dropShown = event->isAccepted();
    m_dropTarget = indexAt(event->position().toPoint());
    switch (dropIndicatorPosition()) {
    case AboveItem:
        m_dropPlace = DropPlace::Above;
        break;
    case BelowItem:
        m_dropPlace = DropPlace::Below;
        break;
    case OnItem:
        m_dropPlace = DropPlace::Into;
        break;
    case OnViewport:
        m_dropPlace = DropPlace::AtEnd;
        break;
    }
    viewport()->update();
}

void MenuTreeView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropShown = false;
    QTreeView::dragLeaveEvent(event);
    viewport()->update();
}

void MenuTreeView::dropEvent(QDropEvent *event)
{
    m_dropShown = false;
    QTreeView::dropEvent(event);
    viewport()->update();
}

void MenuTreeView::paintEvent(QPaintEvent *event)
{
    // Qt would draw a drop onto a row as a box around it: the view draws its own line instead.
    setDropIndicatorShown(false);
    QTreeView::paintEvent(event);
    setDropIndicatorShown(true);
    if (!m_dropShown || state() != DraggingState)
        return;
    const QLine line = dropLine(m_dropTarget, m_dropPlace);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = palette().color(QPalette::Highlight);
    painter.setPen(QPen(colour, 2));
    painter.drawLine(line);
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(line.p1()), 3, 3);
}
