#pragma once

#include "documentdata.h"

#include <QList>
#include <QString>

/// A link of a document that can be asked: the url of a view or miniprogram button.
struct LinkTarget
{
    QString path; ///< the url's JSON path, e.g. "menu.button[0].sub_button[3].url"
    QString url;  ///< trimmed

    friend bool operator==(const LinkTarget &a, const LinkTarget &b)
    {
        return a.path == b.path && a.url == b.url;
    }
};

namespace LinkTargets {
/// Every http(s) `url` of a view or miniprogram button that has no sub-menu, in document
/// order. A url that is not http(s) is the validator's error and is never asked.
QList<LinkTarget> of(const DocumentData &data);
} // namespace LinkTargets
