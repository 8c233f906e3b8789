#include "phonepreviewpainter.h"

#include <displaywidth.h>

#include <QPainter>
#include <QPainterPath>

namespace {

struct Palette
{
    QColor screen, bars, barLine, text, subtleText, bubble, bubbleText, popup, popupLine, selection,
        accent, invalid;
};

Palette paletteFor(bool dark)
{
    if (dark) {
        return {QColor(0x11, 0x11, 0x11),       QColor(0x1f, 0x1f, 0x1f), QColor(0x33, 0x33, 0x33),
                QColor(0xd5, 0xd5, 0xd5),       QColor(0x8a, 0x8a, 0x8a), QColor(0x2c, 0x2c, 0x2c),
                QColor(0xd5, 0xd5, 0xd5),       QColor(0x2c, 0x2c, 0x2c), QColor(0x3a, 0x3a, 0x3a),
                QColor(0x07, 0xc1, 0x60, 0x55), QColor(0x07, 0xc1, 0x60), QColor(0xff, 0x6b, 0x6b)};
    }
    return {QColor(0xed, 0xed, 0xed),       QColor(0xf7, 0xf7, 0xf7), QColor(0xd9, 0xd9, 0xd9),
            QColor(0x19, 0x19, 0x19),       QColor(0x88, 0x88, 0x88), QColor(0xff, 0xff, 0xff),
            QColor(0x19, 0x19, 0x19),       QColor(0xff, 0xff, 0xff), QColor(0xe5, 0xe5, 0xe5),
            QColor(0x07, 0xc1, 0x60, 0x40), QColor(0x07, 0xc1, 0x60), QColor(0xd9, 0x30, 0x26)};
}

// Two faces for the whole phone, as WeChat draws it: text and headings. Every other size would
// load another font engine before the first paint.
QFont textFont()
{
    QFont font;
    font.setPixelSize(15);
    return font;
}

QFont headingFont()
{
    QFont font;
    font.setPixelSize(16);
    font.setBold(true);
    return font;
}

void paintChrome(QPainter &p, const PhonePreviewLayout &layout, const Palette &c,
                 const QString &accountName)
{
    p.fillRect(QRectF(0, 0, PhonePreviewLayout::kWidth, PhonePreviewLayout::kHeight), c.screen);

    // Status bar: time and a battery.
    p.setPen(c.text);
    p.setFont(headingFont());
    p.drawText(layout.statusBarRect().adjusted(14, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("9:41"));
    const QRectF battery(PhonePreviewLayout::kWidth - 38, 8, 22, 10);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(battery, 2, 2);
    p.fillRect(battery.adjusted(2, 2, -6, -2), c.text);

    // Title bar: back arrow, account name, profile.
    const QRectF title = layout.titleBarRect();
    p.setFont(headingFont());
    p.drawText(title, Qt::AlignCenter, accountName);
    QPen pen(c.text, 2);
    p.setPen(pen);
    const qreal mid = title.center().y();
    p.drawLine(QPointF(20, mid), QPointF(27, mid - 7));
    p.drawLine(QPointF(20, mid), QPointF(27, mid + 7));
    p.setBrush(c.text);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 3; ++i)
        p.drawEllipse(QPointF(PhonePreviewLayout::kWidth - 34 + i * 8, mid), 1.8, 1.8);

    // One welcome message from the account.
    const QRectF chat = layout.chatRect();
    const QRectF avatar(12, chat.top() + 16, 38, 38);
    p.setBrush(c.accent);
    p.drawRoundedRect(avatar, 4, 4);
    p.setPen(Qt::white);
    p.setFont(headingFont());
    p.drawText(avatar, Qt::AlignCenter, accountName.left(1));
    p.setFont(textFont());
    const QString welcome = PhonePreviewPainter::tr("Welcome! Tap the menu below.");
    const QRectF textRect =
        p.fontMetrics().boundingRect(QRect(0, 0, 220, 200), Qt::TextWordWrap, welcome);
    const QRectF bubble(avatar.right() + 10, avatar.top(), textRect.width() + 24,
                        qMax(38.0, textRect.height() + 18));
    p.setPen(Qt::NoPen);
    p.setBrush(c.bubble);
    p.drawRoundedRect(bubble, 4, 4);
    p.setPen(c.bubbleText);
    p.drawText(bubble.adjusted(12, 9, -12, -9), Qt::TextWordWrap | Qt::AlignVCenter, welcome);
}

void paintKeyboardToggle(QPainter &p, const QRectF &rect, const Palette &c)
{
    const QRectF key(rect.center().x() - 12, rect.center().y() - 9, 24, 18);
    p.setPen(QPen(c.text, 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(key, 3, 3);
    p.setPen(Qt::NoPen);
    p.setBrush(c.text);
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 4; ++col)
            p.drawRect(QRectF(key.left() + 4 + col * 4.6, key.top() + 4 + row * 4, 2.4, 2.2));
    }
    p.drawRect(QRectF(key.left() + 6, key.bottom() - 5, 12, 2));
    p.setPen(QPen(c.barLine, 1));
    p.drawLine(QPointF(rect.right(), rect.top() + 12), QPointF(rect.right(), rect.bottom() - 12));
}

/// A "+" place: a dashed outline with a plus, filled and in the accent colour under the mouse.
void paintAddSlot(QPainter &p, const QRectF &rect, const Palette &c, bool hovered,
                  const QString &label = {})
{
    p.save();
    const QRectF box = rect.adjusted(6, 6, -6, -6);
    const QColor ink = hovered ? c.accent : c.subtleText;
    if (hovered) {
        p.setPen(Qt::NoPen);
        p.setBrush(c.selection);
        p.drawRoundedRect(box, 4, 4);
    }
    p.setPen(QPen(ink, 1.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box, 4, 4);
    p.setFont(textFont());
    const qreal labelWidth = label.isEmpty() ? 0 : p.fontMetrics().horizontalAdvance(label) + 8;
    const QPointF centre(box.center().x() - labelWidth / 2, box.center().y());
    p.setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(centre - QPointF(7, 0), centre + QPointF(7, 0));
    p.drawLine(centre - QPointF(0, 7), centre + QPointF(0, 7));
    if (!label.isEmpty()) {
        p.drawText(QRectF(centre.x() + 14, box.top(), labelWidth, box.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    p.restore();
}

/// A review mark: a tinted box with a solid outline in the mark's colour.
void paintMark(QPainter &p, const QRectF &rect, PreviewOptions::Mark mark)
{
    if (mark == PreviewOptions::Mark::None)
        return;
    const QColor ink = PhonePreviewPainter::markColor(mark);
    QColor tint = ink;
    tint.setAlpha(0x38);
    p.save();
    p.setBrush(tint);
    p.setPen(QPen(ink, 2.5));
    p.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4);
    p.restore();
}

/// A dot at a tab's top right: its closed sub-menu holds a marked button.
void paintMarkDot(QPainter &p, const QRectF &tab, PreviewOptions::Mark mark)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(PhonePreviewPainter::markColor(mark));
    p.drawEllipse(QPointF(tab.right() - 10, tab.top() + 10), 4.5, 4.5);
    p.restore();
}

/// The mark shown for the sub-buttons of `top`, or None: the first one found.
PreviewOptions::Mark subMenuMark(const PreviewOptions &options, int top)
{
    for (auto it = options.marks.constBegin(); it != options.marks.constEnd(); ++it) {
        if (it.key().first == top && it.key().second >= 0 &&
            it.value() != PreviewOptions::Mark::None)
            return it.value();
    }
    return PreviewOptions::Mark::None;
}

} // namespace

QColor PhonePreviewPainter::markColor(PreviewOptions::Mark mark)
{
    switch (mark) {
    case PreviewOptions::Mark::Added:
        return QColor(0x2e, 0x9d, 0x3a);
    case PreviewOptions::Mark::Removed:
        return QColor(0xd9, 0x30, 0x26);
    case PreviewOptions::Mark::Changed:
        return QColor(0xf0, 0x9a, 0x00);
    case PreviewOptions::Mark::None:
        break;
    }
    return {};
}

QString PhonePreviewPainter::tabTitle(const Button &button)
{
    return DisplayWidth::cut(button.name, DisplayWidth::kTopLevelUnits);
}

QString PhonePreviewPainter::subItemTitle(const Button &button)
{
    return DisplayWidth::cut(button.name, DisplayWidth::kSubMenuUnits);
}

void PhonePreviewPainter::paint(QPainter &p, const QList<Button> &buttons,
                                const PreviewOptions &options)
{
    const Palette c = paletteFor(options.dark);
    const PhonePreviewLayout layout(buttons, options);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintChrome(p, layout, c,
                options.accountName.isEmpty() ? tr("Official Account") : options.accountName);

    // Bottom bar with the keyboard toggle and the tabs.
    const QRectF bar = layout.bottomBarRect();
    p.fillRect(bar, c.bars);
    p.setPen(QPen(c.barLine, 1));
    p.drawLine(bar.topLeft(), bar.topRight());
    paintKeyboardToggle(p, layout.keyboardRect(), c);

    if (buttons.isEmpty() && options.addSlots) {
        // An empty menu while editing: where to start, not an error.
        p.setPen(c.subtleText);
        p.setFont(textFont());
        const QRectF chat = layout.chatRect();
        p.drawText(QRectF(chat.left() + 30, chat.bottom() - 120, chat.width() - 60, 100),
                   Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                   tr("Click + below to add the first button."));
    } else if (buttons.isEmpty()) {
        p.setPen(c.subtleText);
        p.setFont(textFont());
        p.drawText(bar.adjusted(PhonePreviewLayout::kKeyboardWidth, 0, 0, 0), Qt::AlignCenter,
                   tr("No menu buttons yet"));
    }
    for (int i = 0; i < layout.tabCount(); ++i) {
        const QRectF tab = layout.tabRect(i);
        const Button &button = buttons.at(i);
        if (i == options.selectedTop && options.selectedSub < 0)
            p.fillRect(tab.adjusted(1, 1, -1, 0), c.selection);
        paintMark(p, tab, options.markAt(i));
        if (i != layout.openTop()) {
            const PreviewOptions::Mark inside = subMenuMark(options, i);
            if (inside != PreviewOptions::Mark::None)
                paintMarkDot(p, tab, inside);
        }
        if (i > 0) {
            p.setPen(QPen(c.barLine, 1));
            p.drawLine(QPointF(tab.left(), tab.top() + 14), QPointF(tab.left(), tab.bottom() - 14));
        }
        p.setFont(textFont());
        const QString title = tabTitle(button);
        const bool beyondLimit = i >= 3;
        p.setPen(beyondLimit ? c.invalid : c.text);
        if (button.hasSubButtons()) {
            // The three-line mark of a tab that opens a sub-menu.
            const qreal textWidth = p.fontMetrics().horizontalAdvance(title);
            const qreal markLeft = tab.center().x() - textWidth / 2 - 12;
            p.save();
            p.setPen(QPen(beyondLimit ? c.invalid : c.subtleText, 1.2));
            for (int line = 0; line < 3; ++line) {
                const qreal y = tab.center().y() - 4 + line * 4;
                p.drawLine(QPointF(markLeft, y), QPointF(markLeft + 8, y));
            }
            p.restore();
            p.drawText(tab.adjusted(8, 0, 0, 0), Qt::AlignCenter, title);
        } else {
            p.drawText(tab, Qt::AlignCenter, title);
        }
    }
    if (!layout.addTabRect().isEmpty()) {
        const QRectF slot = layout.addTabRect();
        if (layout.tabCount() > 0) {
            p.setPen(QPen(c.barLine, 1));
            p.drawLine(QPointF(slot.left(), slot.top() + 14),
                       QPointF(slot.left(), slot.bottom() - 14));
        }
        paintAddSlot(p, slot, c, options.hoveredSlot == PreviewOptions::AddSlot::Bar,
                     layout.tabCount() == 0 ? tr("Add a button") : QString());
    }
    if (options.dropIntoTab >= 0 && options.dropIntoTab < layout.tabCount()) {
        // The end of that tab's sub-menu, which sits just above the tab.
        const QRectF tab = layout.tabRect(options.dropIntoTab);
        p.setPen(QPen(c.accent, 3));
        p.drawLine(QPointF(tab.left() + 6, tab.top() + 2), QPointF(tab.right() - 6, tab.top() + 2));
    }
    if (options.dropTabSlot >= 0 && layout.tabCount() > 0) {
        const qreal end =
            layout.addTabRect().isEmpty() ? bar.right() - 1 : layout.addTabRect().left();
        const qreal x = options.dropTabSlot < layout.tabCount()
                            ? layout.tabRect(options.dropTabSlot).left()
                            : end;
        p.setPen(QPen(c.accent, 3));
        p.drawLine(QPointF(x, bar.top() + 6), QPointF(x, bar.bottom() - 6));
    }

    // The open sub-menu above its tab.
    const QRectF popup = layout.popupRect();
    if (!popup.isEmpty()) {
        const Button &parent = buttons.at(layout.openTop());
        const QRectF tab = layout.tabRect(layout.openTop());
        QPainterPath shape;
        shape.addRoundedRect(popup, 4, 4);
        QPolygonF arrow;
        const qreal ax = qBound(popup.left() + 10, tab.center().x(), popup.right() - 10);
        arrow << QPointF(ax - 8, popup.bottom()) << QPointF(ax + 8, popup.bottom())
              << QPointF(ax, popup.bottom() + 8);
        shape.addPolygon(arrow);
        shape.setFillRule(Qt::WindingFill);
        p.setPen(QPen(c.popupLine, 1));
        p.setBrush(c.popup);
        p.drawPath(shape.simplified());
        p.setFont(textFont());
        for (int j = 0; j < layout.subCount(); ++j) {
            const QRectF item = layout.subItemRect(j);
            if (layout.openTop() == options.selectedTop && j == options.selectedSub)
                p.fillRect(item.adjusted(2, 2, -2, -2), c.selection);
            paintMark(p, item, options.markAt(layout.openTop(), j));
            if (j > 0) {
                p.setPen(QPen(c.popupLine, 1));
                p.drawLine(QPointF(item.left() + 10, item.top()),
                           QPointF(item.right() - 10, item.top()));
            }
            p.setPen(j >= 5 ? c.invalid : c.text);
            p.drawText(item.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                       subItemTitle(parent.subButtons.at(j)));
        }
        if (!layout.addSubItemRect().isEmpty()) {
            const QRectF slot = layout.addSubItemRect();
            if (layout.subCount() > 0) {
                p.setPen(QPen(c.popupLine, 1));
                p.drawLine(QPointF(slot.left() + 10, slot.top()),
                           QPointF(slot.right() - 10, slot.top()));
            }
            paintAddSlot(p, slot, c, options.hoveredSlot == PreviewOptions::AddSlot::SubMenu);
        }
        if (options.dropSubSlot >= 0) {
            const qreal end = layout.addSubItemRect().isEmpty() ? popup.bottom() - 1
                                                                : layout.addSubItemRect().top();
            const qreal y = options.dropSubSlot < layout.subCount()
                                ? layout.subItemRect(options.dropSubSlot).top()
                                : end;
            p.setPen(QPen(c.accent, 3));
            p.drawLine(QPointF(popup.left() + 6, y), QPointF(popup.right() - 6, y));
        }
    }
    p.restore();
}

QImage PhonePreviewPainter::image(const QList<Button> &buttons, const PreviewOptions &options,
                                  qreal scale)
{
    const QSize size = (PhonePreviewLayout::size() * scale).toSize();
    QImage result(size, QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::white);
    QPainter painter(&result);
    painter.scale(scale, scale);
    paint(painter, buttons, options);
    return result;
}
