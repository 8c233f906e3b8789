#pragma once

#include "documentdata.h"
#include "issuecollector.h"

/// The rule across conditional menus: a menu that a newer one always matches first is never seen.
class ShadowingChecks
{
public:
    explicit ShadowingChecks(IssueCollector &issues)
        : m_issues(issues)
    {}

    void check(const DocumentData &data);

private:
    IssueCollector &m_issues;
};
