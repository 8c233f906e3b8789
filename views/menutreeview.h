#pragma once

#include <QPersistentModelIndex>
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

    /// Where a drop lands relative to its target row.
    enum class DropPlace { Above, Below, Into, AtEnd };

    /// Where a drop at `place` of `target` lands, drawn as a line in the viewport: above or
    /// below a row at its own depth, and a drop into a button with a sub-menu after its last
    /// sub-button, never as a box around a row (that would read as "replace" or "select").
    QLine dropLine(const QModelIndex &target, DropPlace place) const;

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// The rectangle of the last row shown for `index`: its last sub-button when expanded.
    QRect lastShownRow(const QModelIndex &index) const;

    QPersistentModelIndex m_dropTarget;
    DropPlace m_dropPlace = DropPlace::AtEnd;
    bool m_dropShown = false;
};
