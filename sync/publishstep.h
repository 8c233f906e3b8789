#pragma once

#include <QString>

/// One call of a publish plan.
struct PublishStep
{
    enum class Kind {
        Create,         ///< menu/create with the wanted default menu
        Delete,         ///< menu/delete: the document is empty
        DelConditional, ///< menu/delconditional of a live conditional menu
        AddConditional, ///< menu/addconditional of a wanted conditional menu
    };

    Kind kind = Kind::Create;
    QString menuId;       ///< DelConditional: the live menu's menuid
    int wantedIndex = -1; ///< AddConditional: its index in the wanted document

    /// "menu/create", "menu/delete", "menu/delconditional", "menu/addconditional".
    QString endpoint() const;
    /// "menu", "208379533" or "conditionalmenu[2]".
    QString target() const;
    /// The daily quota the call counts against ("menu/addconditional"), empty for none.
    QString quota() const;
    /// "ENDPOINT TARGET", as `wemenu push` prints it.
    QString line() const { return endpoint() + QLatin1Char(' ') + target(); }

    friend bool operator==(const PublishStep &a, const PublishStep &b)
    {
        return a.kind == b.kind && a.menuId == b.menuId && a.wantedIndex == b.wantedIndex;
    }
};
