#include "issuesummary.h"

#include <algorithm>

namespace IssueSummary {

int errorCount(const IssueList &issues)
{
    return int(std::count_if(issues.cbegin(), issues.cend(),
                             [](const Issue &issue) { return issue.isError(); }));
}

int warningCount(const IssueList &issues)
{
    return int(issues.size()) - errorCount(issues);
}

int worse(int severity, const Issue &issue)
{
    if (issue.isError())
        return int(Issue::Severity::Error);
    return severity < 0 ? int(Issue::Severity::Warning) : severity;
}

int worstSeverity(const IssueList &issues)
{
    int severity = -1;
    for (const Issue &issue : issues) {
        severity = worse(severity, issue);
        if (severity == int(Issue::Severity::Error))
            break;
    }
    return severity;
}

} // namespace IssueSummary
