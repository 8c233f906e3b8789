#pragma once

#include <functional>

/**
 * Runs `count` asynchronous jobs, at most `limit` at once, and waits for all of them in an
 * event loop. `start(index, finished)` starts job `index`; the job calls `finished()` once,
 * at once or later. Jobs start in index order.
 */
namespace JobQueue {
void run(int count, int limit,
         const std::function<void(int index, std::function<void()> finished)> &start);
} // namespace JobQueue
