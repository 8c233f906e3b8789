#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

/**
 * Watches one widget's paint events: after arm(), waitForPaint() runs the event loop until
 * the widget's paintEvent() has run once and returns the milliseconds since arm().
 */
class PaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit PaintProbe(QWidget *widget, QObject *parent = nullptr);
    ~PaintProbe() override;

    /// Starts the clock; paints before this do not count.
    void arm();
    /// Milliseconds from arm() to the end of the next paintEvent(), or -1 when none came
    /// within `timeoutMs`.
    double waitForPaint(int timeoutMs = 10000);
    /// Milliseconds from arm() to now.
    double elapsedMs() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_widget;
    QElapsedTimer m_clock;
    bool m_armed = false;
    bool m_painting = false;
    double m_paintedAt = -1;
};
