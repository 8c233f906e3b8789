#include "elidedlabel.h"

#include <QPainter>
#include <QStyle>
#include <QTextLayout>

ElidedLabel::ElidedLabel(int lines, QWidget *parent)
    : QLabel(parent)
    , m_lines(qMax(1, lines))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

bool ElidedLabel::isElided() const
{
    bool elided = false;
    shownLines(&elided);
    return elided;
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(fontMetrics().averageCharWidth() * 20 + m.left() + m.right(),
                 fontMetrics().lineSpacing() * m_lines + m.top() + m.bottom());
}

QSize ElidedLabel::minimumSizeHint() const
{
    return QSize(0, sizeHint().height());
}

QStringList ElidedLabel::shownLines(bool *elided) const
{
    QString content = text();
    content.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const int width = contentsRect().width();
    bool cut = false;
    QStringList shown;
    if (width > 0 && !content.isEmpty()) {
        QTextLayout layout(content, font());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (shown.size() < m_lines - 1) {
                shown.append(
                    content.mid(line.textStart(), line.textLength()).remove(QChar::LineSeparator));
                continue;
            }
            // The last line takes the rest of the text, cut to the width.
            const QString rest = content.mid(line.textStart());
            const QString first = rest.section(QChar::LineSeparator, 0, 0);
            const bool more = first.size() < rest.size();
            const QString last = fontMetrics().elidedText(more ? first + QChar(0x2026) : first,
                                                          Qt::ElideRight, width);
            cut = more || last != first;
            shown.append(last);
            break;
        }
        layout.endLayout();
    } else {
        cut = !content.isEmpty();
    }
    if (elided)
        *elided = cut;
    return shown;
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    const QRect area = contentsRect();
    const int lineHeight = fontMetrics().lineSpacing();
    const QStringList lines = shownLines();
    for (int i = 0; i < lines.size(); ++i) {
        const QRect line(area.left(), area.top() + i * lineHeight, area.width(), lineHeight);
        painter.drawText(line, int(alignment() & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter,
                         lines.at(i));
    }
}
