#pragma once

// The state of one run of due campaign steps, shared by the files of CampaignRunner.

#include "accountsession.h"
#include "campaignrunner.h"

#include <QLockFile>

#include <memory>

struct CampaignRunner::Run
{
    CampaignRunReport report;
    QList<std::pair<QString, Campaign::Step>> queue;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<AccountSession> session;
    Callback done;
    QDateTime now;
};
