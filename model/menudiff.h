#pragma once

#include "documentdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// One difference between the live menus and a document, in words.
struct MenuDiffLine
{
    enum class Kind { Added, Removed, Changed, Moved, Kept };

    Kind kind = Kind::Kept;
    QString where; ///< "Default menu", "Conditional menu 2 (tag 2)"
    QString what;  ///< "Button \"门店 › 在线点单\": link changed"
};

/**
 * What publishing a document would change, per menu: buttons added, removed, changed and
 * moved; conditional menus kept, removed and added (a conditional menu is kept only when it
 * is the same in every field, since there is no update call).
 */
class MenuDiff
{
    Q_DECLARE_TR_FUNCTIONS(MenuDiff)

public:
    static QList<MenuDiffLine> compare(const DocumentData &live, const DocumentData &wanted);
    /// The name of conditional menu `index` of `data`, with its rule.
    static QString conditionalLabel(const DocumentData &data, int index);
};
