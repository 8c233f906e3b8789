#include "paintprobe.h"

#include "benchstats.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

PaintProbe::PaintProbe(QWidget *widget, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
{
    widget->installEventFilter(this);
}

PaintProbe::~PaintProbe()
{
    if (m_widget)
        m_widget->removeEventFilter(this);
}

void PaintProbe::arm()
{
    m_paintedAt = -1;
    m_armed = true;
    m_clock.start();
}

double PaintProbe::elapsedMs() const
{
    return BenchStats::elapsedMs(m_clock);
}

double PaintProbe::waitForPaint(int timeoutMs)
{
    // As the application's event loop does: sleep until an event comes, handle it. The timer
    // only wakes the loop when no paint ever comes.
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.start(timeoutMs);
    while (m_paintedAt < 0 && timeout.isActive())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    m_armed = false;
    return m_paintedAt;
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget || event->type() != QEvent::Paint || !m_armed || m_painting)
        return QObject::eventFilter(watched, event);
    // The filter sees the event before the widget: deliver it here, so that the time taken
    // is the time the widget's paintEvent() has returned.
    m_painting = true;
    static_cast<QObject *>(watched)->event(event);
    m_painting = false;
    if (m_paintedAt < 0)
        m_paintedAt = elapsedMs();
    return true;
}
