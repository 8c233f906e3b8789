#include "fontconfigwarmup.h"

#ifdef WEMENU_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>

#include <thread>

namespace {

std::thread &warmupThread()
{
    static std::thread thread;
    return thread;
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
