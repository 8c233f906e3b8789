#pragma once

/**
 * Loads the system's font configuration on a thread of its own while the editor connects to
 * the display and builds its objects: reading the configuration and the font cache is the
 * largest single step of a Qt program's start on Linux, and it needs nothing from Qt. The
 * first font Qt looks up then finds it loaded. Without fontconfig at build time both
 * functions do nothing.
 */
class FontConfigWarmup
{
public:
    /// Starts the thread, before the application object exists: only when a window will be
    /// made (a usage error never loads fonts).
    static void start();
    /// Waits for the thread, if one was started: before the first widget is made, so that Qt
    /// never loads the configuration a second time beside it. Safe to call more than once.
    static void finish();
};
