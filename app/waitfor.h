#pragma once

#include <QEventLoop>

namespace CommandLine {

/**
 * Runs the asynchronous part of a command and waits for it: calls `start` with a callback and
 * runs an event loop until that callback is called, then returns what it was given. `start` is
 * a callable taking the callback, e.g. `[&](auto done) { reader.pull(done); }`.
 */
template<typename Result, typename Start>
Result waitFor(Start start)
{
    Result result;
    bool finished = false;
    QEventLoop loop;
    start([&](const Result &value) {
        result = value;
        finished = true;
        loop.quit();
    });
    if (!finished) // an answer given at once needs no loop
        loop.exec();
    return result;
}

} // namespace CommandLine
