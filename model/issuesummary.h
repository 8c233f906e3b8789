#pragma once

#include "issue.h"

/// Counts and the worst severity of a list of issues, as every view of them shows them.
namespace IssueSummary {

/// How many of `issues` are errors.
int errorCount(const IssueList &issues);
/// How many of `issues` are warnings.
int warningCount(const IssueList &issues);
/// The worse of `severity` (an Issue::Severity as int, or -1 for none) and `issue`'s.
int worse(int severity, const Issue &issue);
/// The worst Issue::Severity of `issues` as int, -1 when there are none (the models'
/// SeverityRole).
int worstSeverity(const IssueList &issues);

} // namespace IssueSummary
