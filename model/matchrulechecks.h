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

    /// Checks the match rule of conditional menu `menuIndex`.
    void check(const MatchRule &rule, int menuIndex);

private:
    IssueCollector &m_issues;
    Shape m_shape;
};
