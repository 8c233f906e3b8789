#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

/**
 * A campaign's times as people read them: in the computer's own time and in Beijing time
 * (Asia/Shanghai, the time WeChat's followers mostly live by), side by side.
 */
class CampaignTime
{
    Q_DECLARE_TR_FUNCTIONS(CampaignTime)

public:
    /// Asia/Shanghai (UTC+8 all year).
    static QTimeZone beijing();
    /// `when` in the computer's time zone, short ("11/11/30 00:00").
    static QString local(const QDateTime &when);
    /// `when` in Beijing time, short.
    static QString beijingText(const QDateTime &when);
    /// Both: "11/11/30 00:00 · Beijing 11/11/30 00:00"; "none" for an invalid time.
    static QString both(const QDateTime &when);
};
