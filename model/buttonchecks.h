#pragma once

#include "button.h"
#include "issuecollector.h"

/**
 * The validator's rules on one button and its sub-buttons: name, action and its fields, text
 * fields, the keys kept as read (through KeyChecks), the number and depth of sub-buttons.
 */
class ButtonChecks
{
public:
    explicit ButtonChecks(IssueCollector &issues)
        : m_issues(issues)
    {}

    /// Checks the button at `path` (top level or in a sub-menu) and its sub-buttons.
    void check(const Button &button, const QString &path, bool topLevel);

private:
    void checkName(const Button &button, const QString &path, bool topLevel);
    void checkAction(const Button &button, const QString &path, bool topLevel);
    void checkTextFields(const Button &button, const QString &path);

    IssueCollector &m_issues;
};
