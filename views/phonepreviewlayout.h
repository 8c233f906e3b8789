#pragma once

#include <button.h>

#include <QList>
#include <QRectF>
#include <QSizeF>

/**
 * The geometry of the phone preview in logical pixels (360 x 640): the chat screen, the
 * bottom bar with the keyboard toggle and the top-level tabs sharing it, and the sub-menu
 * that pops up above an open tab. Used alike for painting, for hit tests and for drops.
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
        enum Kind { None, Keyboard, Tab, SubItem };
        Kind kind = None;
        int top = -1;
        int sub = -1;
    };

    /// `openTop` is the top-level button whose sub-menu is open, -1 for none.
    PhonePreviewLayout(const QList<Button> &buttons, int openTop);

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

    Hit hitTest(const QPointF &point) const;
    /// The insertion slot (0..tabCount) among the tabs nearest to x.
    int tabSlotAt(qreal x) const;
    /// The insertion slot (0..subCount) among the open sub-menu's items nearest to y.
    int subSlotAt(qreal y) const;

private:
    int m_tabCount;
    int m_openTop;
    int m_subCount;
    int m_widestSubUnits = 0;
};
