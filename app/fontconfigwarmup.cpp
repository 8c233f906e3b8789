#include "fontconfigwarmup.h"

#ifdef WEMENU_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QStringList>

#include <future>
#include <mutex>
#include <thread>

namespace {

/// The thread and what it waits for. Joined at the latest when the program ends, however it
/// ends: a std::thread still joinable when destroyed would abort the program.
struct Warmup
{
    ~Warmup() { join(); }

    void join()
    {
        tellApplication(false);
        if (thread.joinable())
            thread.join();
    }

    void tellApplication(bool exists)
    {
        std::call_once(applicationTold, [&] { application.set_value(exists); });
    }

    std::thread thread;
    std::promise<void> configurationLoaded;
    std::shared_future<void> configuration;
    std::promise<bool> application;
    std::once_flag applicationTold;
};

Warmup &warmup()
{
    static Warmup instance;
    return instance;
}

} // namespace

void FontConfigWarmup::start()
{
    Warmup &w = warmup();
    if (w.thread.joinable() || w.configuration.valid())
        return;
    w.configuration = w.configurationLoaded.get_future().share();
    w.thread = std::thread([&w, application = w.application.get_future()]() mutable {
        FcInit();
        w.configurationLoaded.set_value();
        if (!application.get())
            return; // the program ends without a window
        // Shared by all threads: the list of the system's fonts, and the fallbacks of the
        // interface font. The font engine measured here is this thread's own (Qt keeps one
        // cache per thread) and goes with it.
        QFontDatabase::families();
        QFontMetrics(QFont()).height();
    });
}

void FontConfigWarmup::applicationCreated()
{
    warmup().tellApplication(true);
}

void FontConfigWarmup::waitForConfiguration()
{
    if (warmup().configuration.valid())
        warmup().configuration.wait();
}

void FontConfigWarmup::finish()
{
    warmup().join();
}

#else

void FontConfigWarmup::start() {}

void FontConfigWarmup::applicationCreated() {}

void FontConfigWarmup::waitForConfiguration() {}

void FontConfigWarmup::finish() {}

#endif
