#pragma once

#include "documentdata.h"
#include "menulabel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * One change from an old document to a new one, as `wemenu diff --json` lists it
 * (design.md, "Command line, second round").
 */
struct MenuChange
{
    enum class Kind {
        MenuAdded,
        MenuRemoved,
        MenuMoved,
        RuleChanged,
        ButtonAdded,
        ButtonRemoved,
        ButtonMoved,
        ButtonChanged
    };

    Kind kind = Kind::ButtonChanged;
    /// The menu in NEW (in OLD for MenuRemoved): -1 the default menu, K conditionalmenu[K].
    int menu = -1;
    /// The same menu's index in OLD (-1 default; for MenuAdded, -2: none).
    int oldMenu = -1;
    /// The button's path in NEW (in OLD for ButtonRemoved): "menu.button[1].sub_button[0]",
    /// "conditionalmenu[0].button[2]"; empty for the menu kinds.
    QString path;
    /// The old path of a moved button (ButtonMoved), else empty.
    QString oldPath;
    /// For ButtonChanged: name, type, key, url, appid, pagepath, media_id, article_id;
    /// for RuleChanged: tag_id, client_platform_type. Else empty.
    QString field;
    QString from;
    QString to;

    /// "menu" or "conditionalmenu[K]", as --json writes it.
    QString menuKey() const;
    /// "menu-added" ... "button-changed", as --json writes it.
    static QString kindName(Kind kind);

    friend bool operator==(const MenuChange &a, const MenuChange &b)
    {
        return a.kind == b.kind && a.menu == b.menu && a.oldMenu == b.oldMenu &&
               a.path == b.path && a.oldPath == b.oldPath && a.field == b.field &&
               a.from == b.from && a.to == b.to;
    }
};

/**
 * The one diff of two documents: the command line (`wemenu diff`, git's external driver), the
 * Compare and Publish dialog, the history and the sign-off PDF all use it.
 *
 * Conditional menus are paired between OLD and NEW by their name when both have one, else by
 * an equal match rule, else by position counted from the oldest (the end), so an edit inside
 * one is a ButtonChanged, never a removed and an added menu. Buttons are paired within a
 * paired menu by name (then by position), so a renamed button is one ButtonChanged of field
 * "name" and a button moved between places is one ButtonMoved.
 */
class MenuChanges
{
    Q_DECLARE_TR_FUNCTIONS(MenuChanges)

public:
    /// Every change from `before` to `after`, in a stable order: menus in NEW's priority order
    /// (removed menus after), then buttons in tree order.
    static QList<MenuChange> compare(const DocumentData &before, const DocumentData &after);

    /// The change in words, one line, naming menus with MenuLabel (tag names when known) and
    /// buttons by their names: "1. VIP members · Tag 星标会员: 会员专享 renamed to 会员日".
    static QString describe(const MenuChange &change, const DocumentData &before,
                            const DocumentData &after, const MenuLabel::TagNames &tagNames = {});
};
