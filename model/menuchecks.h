#pragma once

#include "issuecollector.h"
#include "menu.h"
#include "shape.h"

/**
 * The validator's rules on one menu on its own: the number of its top-level buttons, each
 * button (ButtonChecks), the match rule of a conditional menu (MatchRuleChecks) and the keys
 * of other levels kept in the menu object.
 */
class MenuChecks
{
public:
    MenuChecks(IssueCollector &issues, Shape shape)
        : m_issues(issues)
        , m_shape(shape)
    {}

    /// Checks `menu`: the default menu for `index` -1, conditional menu `index` otherwise.
    void check(const Menu &menu, int index);

private:
    IssueCollector &m_issues;
    Shape m_shape;
};
