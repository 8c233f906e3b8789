#include "messagelabel.h"

#include <QEvent>
#include <QFontMetrics>

MessageLabel::MessageLabel(int lines, QWidget *parent)
    : QLabel(parent)
    , m_lines(qMax(1, lines))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Its width comes from the column, never from the text: a long message does not widen it.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    reserveHeight();
}

void MessageLabel::setMessage(const QString &text, const QString &toolTip)
{
    if (text == m_text && toolTip == m_extraToolTip)
        return;
    m_text = text;
    m_extraToolTip = toolTip;
    fit();
}

void MessageLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void MessageLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        reserveHeight();
        fit();
    }
}

void MessageLabel::reserveHeight()
{
    const QMargins margins = contentsMargins();
    setFixedHeight(fontMetrics().lineSpacing() * m_lines + margins.top() + margins.bottom() +
                   2 * margin());
}

bool MessageLabel::fits(const QString &text, int width) const
{
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20),
                                                    Qt::TextWordWrap | Qt::AlignLeft, text);
    return needed.height() <= fontMetrics().lineSpacing() * m_lines;
}

void MessageLabel::fit()
{
    const int width = contentsRect().width() - 2 * margin();
    QString shown = m_text;
    if (width > 0 && !fits(m_text, width)) {
        // The longest beginning that fits with "…" after it.
        const QString ellipsis(QChar(0x2026));
        qsizetype low = 0;
        qsizetype high = m_text.size();
        while (low < high) {
            const qsizetype middle = (low + high + 1) / 2;
            if (fits(m_text.left(middle) + ellipsis, width))
                low = middle;
            else
                high = middle - 1;
        }
        if (low > 0 && m_text.at(low - 1).isHighSurrogate())
            --low; // never half a character
        shown = m_text.left(low).trimmed() + ellipsis;
    }
    if (text() != shown)
        setText(shown);
    QStringList tip;
    if (shown != m_text)
        tip.append(m_text);
    if (!m_extraToolTip.isEmpty())
        tip.append(m_extraToolTip);
    setToolTip(tip.join(QLatin1Char('\n')));
}
