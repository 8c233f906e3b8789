#include "reviewphone.h"

#include "phonepreviewlayout.h"
#include "phonepreviewpainter.h"

#include <QPainter>

ReviewPhone::ReviewPhone(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ReviewPhone::setPhone(const QList<Button> &buttons, const PreviewOptions &options)
{
    m_buttons = buttons;
    m_options = options;
    update();
}

QSize ReviewPhone::sizeHint() const
{
    return (PhonePreviewLayout::size() * kScale).toSize() + QSize(2, 2);
}

void ReviewPhone::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(1, 1);
    painter.scale(kScale, kScale);
    PhonePreviewPainter::paint(painter, m_buttons, m_options);
    painter.resetTransform();
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}
