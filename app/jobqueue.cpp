#include "jobqueue.h"

#include <QEventLoop>
#include <QTimer>

namespace JobQueue {

void run(int count, int limit,
         const std::function<void(int index, std::function<void()> finished)> &start)
{
    if (count <= 0)
        return;
    limit = qMax(1, limit);
    QEventLoop loop;
    int next = 0;
    int running = 0;
    int finished = 0;
    std::function<void()> launch;
    launch = [&] {
        while (running < limit && next < count) {
            const int index = next++;
            ++running;
            auto called = std::make_shared<bool>(false);
            start(index, [&, called] {
                if (*called)
                    return;
                *called = true;
                --running;
                ++finished;
                // Start the next one from the event loop, not from inside this job's callback.
                QTimer::singleShot(0, &loop, [&] {
                    if (finished == count)
                        loop.quit();
                    else
                        launch();
                });
            });
        }
    };
    launch();
    loop.exec();
}

} // namespace JobQueue
