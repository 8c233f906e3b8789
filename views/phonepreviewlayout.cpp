#include "phonepreviewlayout.h"

#include <displaywidth.h>
#include <menulimits.h>

#include <QtMath>

#include <algorithm>

namespace {
constexpr qreal kPopupMargin = 6;
constexpr qreal kPopupArrow = 8;
constexpr qreal kPopupMinWidth = 110;
constexpr qreal kPopupPadding = 16;
constexpr qreal kPixelsPerUnit = 8; // a 15 px CJK character is 2 units
} // namespace

PhonePreviewLayout::PhonePreviewLayout(const QList<Button> &buttons, int openTop)
    : m_tabCount(int(buttons.size()))
    , m_openTop(openTop >= 0 && openTop < buttons.size() && buttons.at(openTop).hasSubButtons()
                    ? openTop
                    : -1)
    , m_subCount(m_openTop >= 0 ? int(buttons.at(m_openTop).subButtons.size()) : 0)
{
    measureSubMenu(buttons);
}

PhonePreviewLayout::PhonePreviewLayout(const QList<Button> &buttons, const PreviewOptions &options)
    : PhonePreviewLayout(buttons, options.openTop)
{
    if (!options.addSlots)
        return;
    m_addTab = m_tabCount < MenuLimits::kMaxTopLevelButtons;
    const int selected = options.selectedTop;
    if (m_openTop < 0 && options.selectedSub < 0 && selected >= 0 && selected < m_tabCount &&
        !buttons.at(selected).hasSubButtons()) {
        m_openTop = selected; // as in the console: "+" above the selected tab
        m_subCount = 0;
    }
    m_addSubItem = m_openTop >= 0 && m_subCount < MenuLimits::kMaxSubButtons;
}

void PhonePreviewLayout::measureSubMenu(const QList<Button> &buttons)
{
    // The sub-menu is as wide as its widest title, as on the phone.
    for (int i = 0; i < m_subCount; ++i) {
        const QString title = DisplayWidth::cut(buttons.at(m_openTop).subButtons.at(i).name,
                                                DisplayWidth::kSubMenuUnits);
        m_widestSubUnits = qMax(m_widestSubUnits, DisplayWidth::of(title));
    }
}

QRectF PhonePreviewLayout::statusBarRect() const
{
    return {0, 0, kWidth, kStatusBarHeight};
}

QRectF PhonePreviewLayout::titleBarRect() const
{
    return {0, kStatusBarHeight, kWidth, kTitleBarHeight};
}

QRectF PhonePreviewLayout::chatRect() const
{
    const qreal top = kStatusBarHeight + kTitleBarHeight;
    return {0, top, kWidth, kHeight - kBottomBarHeight - top};
}

QRectF PhonePreviewLayout::bottomBarRect() const
{
    return {0, kHeight - kBottomBarHeight, kWidth, kBottomBarHeight};
}

QRectF PhonePreviewLayout::keyboardRect() const
{
    const QRectF bar = bottomBarRect();
    return {bar.left(), bar.top(), kKeyboardWidth, bar.height()};
}

QRectF PhonePreviewLayout::tabRect(int top) const
{
    if (top < 0 || top >= m_tabCount)
        return {};
    const QRectF bar = bottomBarRect();
    const qreal width = (bar.width() - kKeyboardWidth) / barSlots();
    return {bar.left() + kKeyboardWidth + top * width, bar.top(), width, bar.height()};
}

QRectF PhonePreviewLayout::addTabRect() const
{
    if (!m_addTab)
        return {};
    const QRectF bar = bottomBarRect();
    const qreal width = (bar.width() - kKeyboardWidth) / barSlots();
    return {bar.left() + kKeyboardWidth + m_tabCount * width, bar.top(), width, bar.height()};
}

QRectF PhonePreviewLayout::addSubItemRect() const
{
    const QRectF popup = popupRect();
    if (popup.isEmpty() || !m_addSubItem)
        return {};
    return {popup.left(), popup.top() + m_subCount * kSubItemHeight, popup.width(), kSubItemHeight};
}

QRectF PhonePreviewLayout::popupRect() const
{
    if (m_openTop < 0)
        return {};
    const QRectF tab = tabRect(m_openTop);
    const qreal textWidth = m_widestSubUnits * kPixelsPerUnit + 2 * kPopupPadding;
    const qreal width = qMin(kWidth - 2 * kPopupMargin,
                             std::max({kPopupMinWidth, tab.width() - 2 * kPopupMargin, textWidth}));
    const qreal height = (m_subCount + (m_addSubItem ? 1 : 0)) * kSubItemHeight;
    qreal left = tab.center().x() - width / 2;
    left = qBound(kPopupMargin, left, kWidth - kPopupMargin - width);
    return {left, tab.top() - kPopupArrow - height, width, height};
}

QRectF PhonePreviewLayout::subItemRect(int sub) const
{
    const QRectF popup = popupRect();
    if (popup.isEmpty() || sub < 0 || sub >= m_subCount)
        return {};
    return {popup.left(), popup.top() + sub * kSubItemHeight, popup.width(), kSubItemHeight};
}

PhonePreviewLayout::Hit PhonePreviewLayout::hitTest(const QPointF &point) const
{
    Hit hit;
    for (int i = 0; i < m_subCount; ++i) {
        if (subItemRect(i).contains(point)) {
            hit.kind = Hit::SubItem;
            hit.top = m_openTop;
            hit.sub = i;
            return hit;
        }
    }
    if (addSubItemRect().contains(point)) {
        hit.kind = Hit::AddSubItem;
        hit.top = m_openTop;
        return hit;
    }
    if (keyboardRect().contains(point)) {
        hit.kind = Hit::Keyboard;
        return hit;
    }
    for (int i = 0; i < m_tabCount; ++i) {
        if (tabRect(i).contains(point)) {
            hit.kind = Hit::Tab;
            hit.top = i;
            return hit;
        }
    }
    if (addTabRect().contains(point))
        hit.kind = Hit::AddTab;
    return hit;
}

int PhonePreviewLayout::tabSlotAt(qreal x) const
{
    for (int i = 0; i < m_tabCount; ++i) {
        if (x < tabRect(i).center().x())
            return i;
    }
    return m_tabCount;
}

int PhonePreviewLayout::subSlotAt(qreal y) const
{
    for (int i = 0; i < m_subCount; ++i) {
        if (y < subItemRect(i).center().y())
            return i;
    }
    return m_subCount;
}
