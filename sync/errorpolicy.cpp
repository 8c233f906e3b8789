#include "errorpolicy.h"

#include "apirequests.h"

#include <errcodes.h>
#include <logredactor.h>

namespace {

/// "after 1 try" / "after 4 tries": how many times the call was sent.
QString afterTries(int tries)
{
    return tries <= 1 ? ErrorPolicy::tr("after 1 try")
                      : ErrorPolicy::tr("after %1 tries").arg(tries);
}

} // namespace

ErrorPolicy::Action ErrorPolicy::action(const ApiResult &result)
{
    switch (result.kind) {
    case ApiResult::Kind::WeChatError:
        switch (result.errcode) {
        case ErrCode::InvalidCredential:
        case ErrCode::TokenNotLatest:
        case ErrCode::TokenExpired:
            return Action::RenewToken;
        case ErrCode::SystemBusy:
            return Action::Backoff;
        default:
            return Action::Done;
        }
    case ApiResult::Kind::HttpError:
        return result.httpStatus >= 500 && result.httpStatus <= 599 ? Action::Backoff
                                                                    : Action::Done;
    default:
        return Action::Done;
    }
}

bool ErrorPolicy::outcomeUnknown(const ApiResult &result)
{
    switch (result.kind) {
    case ApiResult::Kind::Timeout:
    case ApiResult::Kind::LostReply:
    case ApiResult::Kind::TooLarge:
        return true;
    case ApiResult::Kind::WeChatError:
        return result.errcode == ErrCode::SystemBusy;
    case ApiResult::Kind::HttpError:
        return result.httpStatus >= 500 && result.httpStatus <= 599;
    default:
        return false;
    }
}

QString ErrorPolicy::explain(const ApiResult &result)
{
    // Whatever the text quotes (an errmsg, a network error naming the URL), no secret in it.
    return LogRedactor::redact(explainUnredacted(result));
}

QString ErrorPolicy::explainUnredacted(const ApiResult &result)
{
    switch (result.kind) {
    case ApiResult::Kind::Ok:
        return tr("Done.");
    case ApiResult::Kind::Refused:
        return result.detail;
    case ApiResult::Kind::Timeout:
        return tr("WeChat did not answer in time. Nothing is known about the result of this "
                  "call; check the live menu before trying again.");
    case ApiResult::Kind::LostReply:
        return tr("The connection closed before the server answered, so whether the call took "
                  "effect is not known.");
    case ApiResult::Kind::TooLarge:
        return result.detail;
    case ApiResult::Kind::NetworkError:
        return tr("The server could not be reached: %1").arg(result.detail);
    case ApiResult::Kind::HttpError:
        return result.httpStatus >= 500
                   ? tr("The server had a problem (HTTP %1); it still had it %2. Try again later.")
                         .arg(result.httpStatus)
                         .arg(afterTries(result.tries))
                   : tr("The server answered HTTP %1 %2").arg(result.httpStatus).arg(result.detail);
    case ApiResult::Kind::WeChatError:
        break;
    }
    const QString code = tr("(errcode %1: %2)").arg(result.errcode).arg(result.errmsg);
    switch (result.errcode) {
    case ErrCode::SystemBusy:
        return tr("WeChat is busy; it still said so %1. Try again in a few minutes. %2")
            .arg(afterTries(result.tries), code);
    case ErrCode::InvalidCredential:
    case ErrCode::TokenNotLatest:
    case ErrCode::TokenExpired:
        if (result.givenToken) {
            return tr("WeChat refused the access token that was given, and a given token cannot "
                      "be renewed by WeMenu. Get a new access token from where this one came "
                      "from, or let WeMenu get its own: use the AppSecret or a token service "
                      "(on the command line WEMENU_APP_SECRET or --token-service instead of "
                      "WEMENU_ACCESS_TOKEN). %1")
                .arg(code);
        }
        return tr("WeChat refused the access token, also after getting a new one. Another "
                  "program may be renewing this account's token; check the account settings. %1")
            .arg(code);
    case ErrCode::InvalidAppId:
        return tr("WeChat does not know this AppID. Check it in the account settings. %1")
            .arg(code);
    case ErrCode::InvalidAppSecret:
        return tr("The AppSecret is wrong or was reset. Enter the current one in the account "
                  "settings. %1")
            .arg(code);
    case ErrCode::IpNotWhitelisted: {
        const QString ip = ApiRequests::ipFromErrmsg(result.errmsg);
        return tr("WeChat only accepts calls from whitelisted IP addresses, and this computer's "
                  "address %1 is not on the list. Add it in the Official Account platform under "
                  "Settings and Development > Basic Configuration > IP whitelist, or use a token "
                  "service of your company. %2")
            .arg(ip.isEmpty() ? tr("(unknown)") : ip, code);
    }
    case ErrCode::DailyQuotaReached:
        return tr("The daily quota of this call is used up; it resets at midnight, Beijing "
                  "time. %1")
            .arg(code);
    case ErrCode::MinuteQuotaReached:
        return tr("Too many calls in one minute. Wait a minute and try again. %1").arg(code);
    case ErrCode::NoMenuPermission:
        return tr("This account may not change its menu through the API (it may be "
                  "unverified, or the permission was not granted). %1")
            .arg(code);
    case ErrCode::MatchRulePrivacy:
        return tr("A match rule uses a privacy field (sex, country, province, city, language), "
                  "which WeChat no longer allows. Match on a tag instead. %1")
            .arg(code);
    default:
        return tr("WeChat refused the call. %1").arg(code);
    }
}

QString ErrorPolicy::technical(const ApiResult &result)
{
    return LogRedactor::redact(technicalUnredacted(result));
}

QString ErrorPolicy::technicalUnredacted(const ApiResult &result)
{
    QStringList parts;
    if (result.kind == ApiResult::Kind::WeChatError)
        parts.append(tr("errcode %1").arg(result.errcode));
    if (!result.errmsg.isEmpty())
        parts.append(tr("errmsg: %1").arg(result.errmsg));
    if (result.httpStatus > 0)
        parts.append(tr("HTTP %1").arg(result.httpStatus));
    if (!result.detail.isEmpty())
        parts.append(result.detail);
    if (result.tries > 1)
        parts.append(tr("sent %1 times").arg(result.tries));
    return parts.join(QLatin1Char('\n'));
}
