#pragma once

/**
 * WeChat's error codes for the menu API, in one table.
 *
 * The first block is confirmed by the official API pages and the general error-code list. The
 * second block is not: no official page confirmed those values, so they are kept here, and only
 * here, to be corrected in one place.
 */
namespace ErrCode {

// Confirmed.
inline constexpr int SystemBusy = -1;
inline constexpr int InvalidCredential = 40001;
inline constexpr int InvalidMediaId = 40007;
inline constexpr int InvalidAppId = 40013;
inline constexpr int TokenNotLatest = 40014;
inline constexpr int InvalidButtonCount = 40016;
inline constexpr int InvalidButtonType = 40017;
inline constexpr int InvalidButtonNameSize = 40018;
inline constexpr int InvalidButtonKeySize = 40019;
inline constexpr int InvalidButtonUrlSize = 40020;
inline constexpr int InvalidSubButtonCount = 40023;
inline constexpr int InvalidSubButtonType = 40024;
inline constexpr int InvalidSubButtonNameSize = 40025;
inline constexpr int InvalidSubButtonKeySize = 40026;
inline constexpr int InvalidSubButtonUrlSize = 40027;
inline constexpr int InvalidCharset = 40033;
inline constexpr int InvalidAppSecret = 40125;
inline constexpr int IpNotWhitelisted = 40164;
inline constexpr int TokenExpired = 42001;
inline constexpr int DailyQuotaReached = 45009;
inline constexpr int MinuteQuotaReached = 45011;
inline constexpr int NoMenu = 46003;
inline constexpr int NoMenuPermission = 48001;
inline constexpr int InvalidArticleId = 53600;
inline constexpr int NotUtf8 = 65318;
inline constexpr int MatchRulePrivacy = 65320;

// Unverified: no official page confirms these values.
inline constexpr int UnknownMenuId = 65301;
inline constexpr int NoDefaultMenu = 65303;
inline constexpr int EmptyMatchRule = 65304;
inline constexpr int TooManyDomains = 65316;
inline constexpr int UnknownFollower = 40003;
inline constexpr int NoMenuVersion = 46002;
inline constexpr int UnknownUser = 46004;
inline constexpr int NoSuchUser = 65302;
inline constexpr int ConditionalMenusUnsupported = 65306;
inline constexpr int ConditionalMenusSwitchedOff = 65309;

} // namespace ErrCode
