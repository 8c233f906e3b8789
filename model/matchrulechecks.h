#pragma once

#include "issuecollector.h"
#include "matchrule.h"
#include "shape.h"

/// The validator's rules on the match rule of one conditional menu.
class MatchRuleChecks
{
public:
    MatchRuleChecks(IssueCollector &issues, Shape shape)
        : m_issues(issues)
        , m_shape(shape)
    {}

    /// Checks `rule`, found at `path` ("conditionalmenu[K].matchrule").
    void check(const MatchRule &rule, const QString &path);

private:
    IssueCollector &m_issues;
    Shape m_shape;
};
