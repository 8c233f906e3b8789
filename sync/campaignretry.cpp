#include "campaignretry.h"

#include "apiresult.h"
#include "errorpolicy.h"

#include <errcodes.h>

namespace CampaignRetry {

bool isTransient(const ApiResult &result)
{
    switch (result.kind) {
    case ApiResult::Kind::NetworkError:
    case ApiResult::Kind::Timeout:
    case ApiResult::Kind::LostReply:
        return true;
    default:
        return ErrorPolicy::outcomeUnknown(result);
    }
}

QTimeZone beijing()
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    // Without the time zone database: China has kept UTC+8 all year since 1991.
    return zone.isValid() ? zone : QTimeZone(8 * 3600);
}

QDateTime causePassesAt(const ApiResult &result, const QDateTime &now)
{
    if (result.kind != ApiResult::Kind::WeChatError)
        return {};
    if (result.errcode == ErrCode::DailyQuotaReached) {
        const QDate today = now.toTimeZone(beijing()).date();
        return QDateTime(today.addDays(1), QTime(0, 0), beijing()).toUTC();
    }
    if (result.errcode == ErrCode::MinuteQuotaReached)
        return now.addSecs(60);
    return {};
}

} // namespace CampaignRetry
