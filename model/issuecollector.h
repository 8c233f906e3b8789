#pragma once

#include "issue.h"

/// The issues the validator's rules raise, kept in the order they are raised.
class IssueCollector
{
public:
    void error(const QString &rule, std::optional<int> errcode, const QString &path,
               const QString &message);
    void warning(const QString &rule, const QString &path, const QString &message);
    void add(Issue::Severity severity, std::optional<int> errcode, const QString &rule,
             const QString &path, const QString &message, const IssueFix &fix);

    const IssueList &issues() const { return m_issues; }

private:
    IssueList m_issues;
};
