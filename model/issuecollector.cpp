#include "issuecollector.h"

void IssueCollector::error(const QString &rule, std::optional<int> errcode, const QString &path,
                           const QString &message)
{
    add(Issue::Severity::Error, errcode, rule, path, message, IssueFix());
}

void IssueCollector::warning(const QString &rule, const QString &path, const QString &message)
{
    add(Issue::Severity::Warning, std::nullopt, rule, path, message, IssueFix());
}

void IssueCollector::add(Issue::Severity severity, std::optional<int> errcode, const QString &rule,
                         const QString &path, const QString &message, const IssueFix &fix)
{
    m_issues.append({severity, errcode, rule, path, message, fix});
}
