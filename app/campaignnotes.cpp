#include "campaignnotes.h"

#include <QFileInfo>

QString CampaignNotes::menuName(const Campaign &campaign)
{
    return campaign.sourceFile.isEmpty() ? tr("Untitled menu")
                                         : QFileInfo(campaign.sourceFile).completeBaseName();
}

QString CampaignNotes::stepSummary(const Campaign &campaign, Campaign::Step step, bool ok)
{
    const QString menu = menuName(campaign);
    const QString account = campaign.account.displayName();
    if (!ok)
        return tr("Campaign step failed: %1 on %2").arg(menu, account);
    if (step == Campaign::Step::Start)
        return tr("Campaign started: %1 is live on %2").arg(menu, account);
    return tr("Campaign ended: %1 on %2").arg(menu, account);
}

QString CampaignNotes::missedSummary(const Campaign &campaign)
{
    return tr("Campaign missed: %1 on %2").arg(menuName(campaign), campaign.account.displayName());
}
