#include "fontconfigwarmup.h"

#ifdef WEMENU_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>

#include <thread>

namespace {

/// Joined at the latest when the program ends, however it ends: a std::thread still joinable
/// when destroyed would abort the program.
struct WarmupThread
{
    ~WarmupThread()
    {
        if (thread.joinable())
            thread.join();
    }
    std::thread thread;
};

std::thread &warmupThread()
{
    static WarmupThread warmup;
    return warmup.thread;
}

} // namespace

void FontConfigWarmup::start()
{
    if (!warmupThread().joinable())
        warmupThread() = std::thread([] { FcInit(); });
}

void FontConfigWarmup::finish()
{
    if (warmupThread().joinable())
        warmupThread().join();
}

#else

void FontConfigWarmup::start() {}

void FontConfigWarmup::finish() {}

#endif
