#pragma once

#include "button.h"
#include "buttonpath.h"
#include "issuecollector.h"

/**
 * The validator's rules on the keys of a button kept as read (Button::extras): keys of another
 * level, misspelled known keys (with their one-click fixes), broken characters.
 */
class KeyChecks
{
public:
    explicit KeyChecks(IssueCollector &issues)
        : m_issues(issues)
    {}

    /// Checks the keys kept as read of the button at `at`.
    void check(const Button &button, const ButtonPath &at);

    /// The button key WeChat expects that `key` differs from only by case, underscores or a
    /// final "s" ("appId" -> "appid", "subButtons" -> "sub_button"); empty when there is none.
    static QString meantKey(const QString &key);
    /// Whether `button` keeps a misspelling of `key` (say "appId" for "appid").
    static bool holdsMisspelling(const Button &button, const QString &key);

private:
    IssueCollector &m_issues;
};
