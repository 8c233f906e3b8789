#pragma once

class QMainWindow;

/**
 * The editor window's size, place and panels, kept in the settings between runs: restored
 * inside the screen (WindowPlacement), fitted once more when the window manager's frame is
 * known, saved on close. A layout saved for an older arrangement of the panels is not restored.
 */
class WindowState
{
public:
    /// The saved geometry fitted into the screen, or the first start's; the saved panels, or
    /// the first start's sizes for the docks named menuDock, buttonDock and problemsDock.
    static void restore(QMainWindow *window);
    /// On the first show, with the real frame: the whole frame back inside the screen.
    static void fitToFrame(QMainWindow *window);
    static void save(const QMainWindow *window);
};
