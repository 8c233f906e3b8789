#pragma once

#include <QObject>

/**
 * Quits the application once the watched window has painted for the first time and the
 * events that paint posted have run: how the startup benchmark (bench/startup.sh) times a
 * start to the first full picture, the same way for the editor and for a bare Qt window.
 */
class FirstPaintQuit : public QObject
{
    Q_OBJECT

public:
    /// Watches `window` (not owned; the filter is its child).
    explicit FirstPaintQuit(QObject *window);

    /// True when the environment asks for it (WEMENU_QUIT_AFTER_FIRST_PAINT=1).
    static bool requested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
