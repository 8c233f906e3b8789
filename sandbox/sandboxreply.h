#pragma once

#include <QByteArray>

/// The answer, or an instruction to delay it or never give it.
struct SandboxReply
{
    int httpStatus = 200;
    QByteArray body;
    int delayMs = 0;
    bool stall = false;
};
