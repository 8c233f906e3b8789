#pragma once

#include "button.h"
#include "buttonpath.h"
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

    /// Checks the button at `at` (top level or in a sub-menu) and its sub-buttons. The paths
    /// of its fields are built only for the issues raised.
    void check(const Button &button, const ButtonPath &at);

    /// The JSON path of the button at `at`, as issues name it.
    static QString pathOf(const ButtonPath &at);

private:
    void checkName(const Button &button, const ButtonPath &at);
    void checkAction(const Button &button, const ButtonPath &at);
    void checkTextFields(const Button &button, const ButtonPath &at);

    IssueCollector &m_issues;
};
