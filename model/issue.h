#pragma once

#include "issuefix.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// One finding of the validator, shown alike by the form, the tree, the issues panel and the CLI.
struct Issue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    std::optional<int> errcode; ///< WeChat's errcode, where known
    QString rule;               ///< stable rule id, e.g. "name.bytes"
    QString path;    ///< JSON path in the document, e.g. "menu.button[1].sub_button[0].url"
    QString message; ///< plain-language, translated
    IssueFix fix;    ///< the one-click fix the editor offers, if any

    bool isError() const { return severity == Severity::Error; }

    friend bool operator==(const Issue &a, const Issue &b)
    {
        return a.severity == b.severity && a.errcode == b.errcode && a.rule == b.rule &&
               a.path == b.path && a.message == b.message && a.fix == b.fix;
    }
};

using IssueList = QList<Issue>;

Q_DECLARE_METATYPE(Issue)
