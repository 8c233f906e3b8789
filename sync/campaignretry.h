#pragma once

#include <QDateTime>
#include <QTimeZone>

struct ApiResult;

/// When a failed campaign step is tried again (design.md, "Campaign rules").
namespace CampaignRetry {

/// Busy, a timeout, the network, an answer lost: worth another try at the next run.
bool isTransient(const ApiResult &result);

/// Beijing time (UTC+8 all year), the clock WeChat's daily quotas reset by.
QTimeZone beijing();

/// When the cause of a lasting error can have passed (UTC): a daily quota at the next 00:00
/// Beijing time, a per-minute one a minute later. Invalid for any other error.
QDateTime causePassesAt(const ApiResult &result, const QDateTime &now);

} // namespace CampaignRetry
