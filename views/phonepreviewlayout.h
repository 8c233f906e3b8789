#pragma once

#include "previewoptions.h"

#include <button.h>

#include <QList>
#include <QRectF>
#include <QSizeF>

/**
 * The geometry of the phone preview in logical pixels (360 x 640): the chat screen, the
 * bottom bar with the keyboard toggle and the top-level tabs sharing it, and the sub-menu
 * that pops up above an open tab. Used alike for painting, for hit tests and for drops.
 * With PreviewOptions::addSlots, the bar ends with a "+" place while it has fewer than 3 tabs,
 * and the open sub-menu ends with one while it has fewer than 5 items.
 */
class PhonePreviewLayout
{
public:
    static constexpr qreal kWidth = 360;
    static constexpr qreal kHeight = 640;
    static constexpr qreal kStatusBarHeight = 24;
    static constexpr qreal kTitleBarHeight = 44;
    static constexpr qreal kBottomBarHeight = 50;
    static constexpr qreal kKeyboardWidth = 50;
    static constexpr qreal kSubItemHeight = 44;

    struct Hit
    {
        enum Kind { None, Keyboard, Tab, SubItem, AddTab, AddSubItem };
        Kind kind = None;
        int top = -1;
        int sub = -1;
    };

    /// `openTop` is the top-level button whose sub-menu is open, -1 for none.
    PhonePreviewLayout(const QList<Button> &buttons, int openTop);
    /**
     * The layout as `options` show it: its open sub-menu and, with `options.addSlots`, the
     * "+" places; a selected tab without sub-buttons then shows a sub-menu holding only "+".
     */
    PhonePreviewLayout(const QList<Button> &buttons, const PreviewOptions &options);

    static QSizeF size() { return {kWidth, kHeight}; }
    int tabCount() const { return m_tabCount; }
    int openTop() const { return m_openTop; }
    int subCount() const { return m_subCount; }

    QRectF statusBarRect() const;
    QRectF titleBarRect() const;
    QRectF chatRect() const;
    QRectF bottomBarRect() const;
    QRectF keyboardRect() const;
    QRectF tabRect(int top) const;
    /// The open sub-menu, or an empty rect.
    QRectF popupRect() const;
    QRectF subItemRect(int sub) const;
    /// The "+" place after the last tab, or an empty rect when the bar shows none.
    QRectF addTabRect() const;
    /// The "+" place at the end of the open sub-menu, or an empty rect when it shows none.
    QRectF addSubItemRect() const;

    Hit hitTest(const QPointF &point) const;
    /// The insertion slot (0..tabCount) among the tabs nearest to x.
    int tabSlotAt(qreal x) const;
    /// The insertion slot (0..subCount) among the open sub-menu's items nearest to y.
    int subSlotAt(qreal y) const;

private:
    void measureSubMenu(const QList<Button> &buttons);
    int barSlots() const { return m_tabCount + (m_addTab ? 1 : 0); }

    int m_tabCount;
    int m_openTop;
    int m_subCount;
    int m_widestSubUnits = 0;
    bool m_addTab = false;
    bool m_addSubItem = false;
};
