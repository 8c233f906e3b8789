#pragma once

#include "phonepreviewpainter.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <menutreemodel.h>

/**
 * The live phone preview of one menu. It reads the menu through its MenuTreeModel and
 * repaints on every model change. Clicking a tab or a sub-button selects it; clicking a tab
 * with a sub-menu opens or closes the sub-menu; dragging a tab or a sub-button moves it
 * through the model's own drop path, as the tree does. A sub-button dropped on a tab that has
 * its own action lands between tabs: a drop never turns that tab into a parent. Drop positions
 * are drawn as lines.
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

    /// Where the logical 360 x 640 phone is drawn inside the widget.
    QRectF phoneRect() const;
    QPointF toLogical(const QPointF &widgetPoint) const;
    QPointF toWidget(const QPointF &logicalPoint) const;
    /// The layout as currently shown.
    PhonePreviewLayout layout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user clicked a tab or a sub-button.
    void buttonActivated(const ButtonPath &path);
    /// A drag ended on a place where the button may not go; the text says why.
    void dropRefused(const QString &reason);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QList<Button> buttons() const;
    void modelChanged();
    void updateDropTarget(const QPointF &logical);
    void clearDropTarget();
    void finishDrag();

    QPointer<MenuTreeModel> m_model;
    PreviewOptions m_options;
    PhonePreviewLayout::Hit m_pressHit;
    QPointF m_pressPos;
    bool m_dragging = false;
};
