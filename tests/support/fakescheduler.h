#pragma once

#include <systemscheduler.h>

#include <QDateTime>
#include <QList>

/// A SystemScheduler that remembers what it was asked: tests never call systemctl.
class FakeScheduler : public SystemScheduler
{
public:
    bool arrange(const QDateTime &next, QString *message) override
    {
        arranged.append(next);
        if (message)
            message->clear();
        return available;
    }

    bool available = true;
    QList<QDateTime> arranged; ///< every time asked for, invalid for "no step left"
};
