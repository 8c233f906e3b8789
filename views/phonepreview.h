#pragma once

#include "phonepreviewpainter.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <menutreemodel.h>
#include <menuvariables.h>

class ButtonActions;
class QMenu;

/**
 * The live phone preview of one menu. It reads the menu through its MenuTreeModel and
 * repaints on every model change. Clicking a tab or a sub-button selects it; clicking a tab
 * with a sub-menu opens or closes the sub-menu; dragging a tab or a sub-button moves it
 * through the model's own drop path, as the tree does. A sub-button dropped on a tab that has
 * its own action lands between tabs: a drop never turns that tab into a parent. Drop positions
 * are drawn as lines.
 *
 * Given the edit actions (setButtonActions()), it also edits in place as WeChat's console
 * does: "+" places add a button after the last tab or at the end of a sub-menu, through the
 * very actions the tree uses, and a right click offers those actions for the button under the
 * mouse. To act on the right button it first selects it with buttonActivated(), which the
 * window connects to the selection the actions follow.
 */
class PhonePreview : public QWidget
{
    Q_OBJECT

public:
    explicit PhonePreview(QWidget *parent = nullptr);

    void setModel(MenuTreeModel *model);
    MenuTreeModel *model() const { return m_model; }

    bool isDark() const { return m_options.dark; }
    void setDark(bool dark);
    void setAccountName(const QString &name);
    int openTop() const { return m_options.openTop; }
    void setOpenTop(int top);
    /// Highlights the button at `path` (row -1: none) and opens its sub-menu or its parent's.
    void setCurrent(const ButtonPath &path);
    const PreviewOptions &options() const { return m_options; }
    /**
     * Shows the menu filled in with `values` (the document's `${variables}` replaced, as one
     * account of a group gets it); the tree and the form stay on the template. A variable
     * without a value shows as written.
     */
    void setFilledIn(const VariableValues &values);
    /// Shows the menu as written again.
    void clearFilledIn();
    bool isFilledIn() const { return m_filledIn; }
    /// The buttons the phone paints: the shown menu's, filled in when isFilledIn().
    QList<Button> shownButtons() const { return buttons(); }
    /// The actions "+" and the context menu use; without them the phone shows no "+".
    void setButtonActions(ButtonActions *actions);

    /// What clicking at `widgetPoint` would add ("Add a button", ...), empty off a "+" place.
    QString toolTipAt(const QPointF &widgetPoint) const;
    /**
     * Selects the button at `widgetPoint`, if any, and builds the phone's context menu: the
     * tree's own actions for a button, Add Button (Add Sub-button on a sub-menu's "+") for an
     * empty place. The caller owns the menu; nullptr without actions.
     */
    QMenu *contextMenuAt(const QPointF &widgetPoint);

    /// Where the logical 360 x 640 phone is drawn inside the widget.
    QRectF phoneRect() const;
    QPointF toLogical(const QPointF &widgetPoint) const;
    QPointF toWidget(const QPointF &logicalPoint) const;
    /// The layout as currently shown.
    PhonePreviewLayout layout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user clicked a tab or a sub-button, or chose where a "+" adds (row -1: no button
    /// selected, the "+" of an empty menu).
    void buttonActivated(const ButtonPath &path);
    /// A drag ended on a place where the button may not go; the text says why.
    void dropRefused(const QString &reason);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<Button> buttons() const;
    void modelChanged();
    void updateDropTarget(const QPointF &logical);
    void clearDropTarget();
    void finishDrag();
    void updateHover(const QPointF &widgetPoint);
    /// Selects where the "+" of `hit` adds and triggers the tree's add action there.
    void addAt(const PhonePreviewLayout::Hit &hit);
    /// Selects the button of `hit` (the parent for a sub-menu's "+") as a click does.
    void selectFor(const PhonePreviewLayout::Hit &hit);

    QPointer<MenuTreeModel> m_model;
    QPointer<ButtonActions> m_actions;
    PreviewOptions m_options;
    bool m_filledIn = false;
    VariableValues m_values;
    PhonePreviewLayout::Hit m_pressHit;
    QPointF m_pressPos;
    bool m_dragging = false;
};
