#pragma once

/**
 * Loads the system's font configuration on a thread of its own while the editor connects to
 * the display, and then, once the application object exists, fills Qt's font database and
 * resolves the interface font's fallbacks there too, while the main thread builds its objects.
 * Reading the configuration and the font cache is the largest single step of a Qt program's
 * start on Linux and needs nothing from Qt; the font database is shared by all threads and
 * guarded by its own lock (QFontDatabase is thread-safe), so the window's first text finds it
 * filled. Without fontconfig at build time these functions do nothing.
 */
class FontConfigWarmup
{
public:
    /// Starts the thread, before the application object exists: only when a window will be
    /// made (a usage error never loads fonts).
    static void start();
    /// Lets the thread go on to Qt's font database: the application object now exists.
    static void applicationCreated();
    /// Waits until the configuration is loaded, if the thread was started: before the first
    /// widget is made, so that Qt never loads the configuration a second time beside it.
    static void waitForConfiguration();
    /// Waits for the thread to end, if one was started: before the application object goes.
    /// Safe to call more than once.
    static void finish();
};
