#pragma once

#include "documentdata.h"
#include "issuecollector.h"

/// The rule across all conditional menus: together they link to at most 3 registrable domains.
class DomainChecks
{
public:
    explicit DomainChecks(IssueCollector &issues)
        : m_issues(issues)
    {}

    void check(const DocumentData &data);

private:
    IssueCollector &m_issues;
};
