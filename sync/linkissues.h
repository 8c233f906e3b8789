#pragma once

#include "linkresult.h"

#include <documentdata.h>
#include <issue.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// A link of a document that is asked: the url of a view or miniprogram button.
struct LinkTarget
{
    QString path; ///< the url's JSON path, e.g. "menu.button[0].sub_button[3].url"
    QString url;

    friend bool operator==(const LinkTarget &a, const LinkTarget &b)
    {
        return a.path == b.path && a.url == b.url;
    }
};

/// The links of a document and the warnings their results make (`link.status`,
/// `link.unreachable`, `link.tls`); never errors. The validator does not ask links: whoever
/// asks merges these with its issues.
class LinkIssues
{
    Q_DECLARE_TR_FUNCTIONS(LinkIssues)

public:
    /// Every http(s) `url` of a view or miniprogram button that has no sub-menu, in document
    /// order; a url that is not http(s) is the validator's error and is never asked.
    static QList<LinkTarget> targets(const DocumentData &data);
    /// The warning for the link at `path`, none when it answers.
    static std::optional<Issue> issue(const QString &path, const LinkResult &result);
    /// The problem in words, without the path (empty when it answers).
    static QString message(const LinkResult &result);
};
