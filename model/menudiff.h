#pragma once

#include "documentdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// One difference between the live menus and a document, in words.
struct MenuDiffLine
{
    enum class Kind { Added, Removed, Changed, Moved, Kept };

    Kind kind = Kind::Kept;
    QString where; ///< the menu's label (MenuLabel): "2. VIP members · Tag 星标会员"
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
    /// `tagNames`: the account's tag names by id, for the menus' labels.
    static QList<MenuDiffLine> compare(const DocumentData &live, const DocumentData &wanted,
                                       const QHash<QString, QString> &tagNames = {});
    /// The label of conditional menu `index` of `data` (MenuLabel::conditional).
    static QString conditionalLabel(const DocumentData &data, int index,
                                    const QHash<QString, QString> &tagNames = {});
};
