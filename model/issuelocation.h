#pragma once

#include "buttonpath.h"

#include <QString>

/// Where an issue's JSON path points: a menu, maybe a button row, maybe a field.
struct IssueLocation
{
    bool valid = false;
    ButtonPath button{-1, -1, -1}; ///< row -1 when the path names no button
    QString field;                 ///< "name", "url", "matchrule.tag_id", ... or empty

    bool hasButton() const { return button.row >= 0; }

    /// Parses "menu.button[1].sub_button[0].url", "conditionalmenu[2].matchrule.sex", ...
    static IssueLocation parse(const QString &path);
};
