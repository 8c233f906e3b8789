#pragma once

#include <campaign.h>

#include <QCoreApplication>
#include <QString>

/// The words of a campaign step's desktop notification, the same in the editor and from
/// `wemenu campaign run-due`.
class CampaignNotes
{
    Q_DECLARE_TR_FUNCTIONS(CampaignNotes)

public:
    /// The campaign's menu by its file's name ("double11"), or "Untitled menu".
    static QString menuName(const Campaign &campaign);
    /// "Campaign started: double11 is live on Shop A", "Campaign ended: ...", "... failed: ...".
    static QString stepSummary(const Campaign &campaign, Campaign::Step step, bool ok);
    /// "Campaign missed: double11 on Shop A".
    static QString missedSummary(const Campaign &campaign);
};
