#include "firstpaintquit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

FirstPaintQuit::FirstPaintQuit(QObject *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintQuit::requested()
{
    return qEnvironmentVariableIntValue("WEMENU_QUIT_AFTER_FIRST_PAINT") == 1;
}

bool FirstPaintQuit::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // After this paint and what it posted: the window is on screen, complete.
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}
