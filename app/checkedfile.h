#pragma once

#include "cliresult.h"

#include <issue.h>
#include <issuesummary.h>
#include <readresult.h>

#include <QByteArray>
#include <QString>

/// One file `wemenu validate` checked: what was read and what was found in it.
struct CheckedFile
{
    QString file;     ///< as given on the command line
    QByteArray bytes; ///< as read; empty when the file could not be read
    ReadResult read;  ///< `read.ok` false: unreadable or not a menu, `read.error` says why
    IssueList issues; ///< empty when unreadable

    /// 0 no errors (warnings allowed), 1 errors, 2 unreadable or not a menu.
    int exitCode() const
    {
        if (!read.ok)
            return ExitCode::BadInput;
        return IssueSummary::errorCount(issues) > 0 ? ExitCode::Errors : ExitCode::Ok;
    }
};
