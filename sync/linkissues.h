#pragma once

#include "linkresult.h"

#include <documentdata.h>
#include <issue.h>
#include <linktargets.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// The links of a document and the warnings their results make (`link.status`,
/// `link.unreachable`, `link.tls`); never errors. The validator does not ask links: whoever
/// asks merges these with its issues.
class LinkIssues
{
    Q_DECLARE_TR_FUNCTIONS(LinkIssues)

public:
    /// The links asked (see LinkTargets::of).
    static QList<LinkTarget> targets(const DocumentData &data) { return LinkTargets::of(data); }
    /// The warning for the link at `path`, none when it answers.
    static std::optional<Issue> issue(const QString &path, const LinkResult &result);
    /// The problem in words, without the path (empty when it answers).
    static QString message(const LinkResult &result);
};
