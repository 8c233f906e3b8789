#pragma once

#include "menu.h"

/**
 * The content of a menu document: the default menu and the conditional menus.
 *
 * `conditionalMenus` is in priority order, the order menu/get lists them and followers are
 * matched in: index 0 is the newest and is tried first, the last one is the oldest.
 */
struct DocumentData
{
    bool hasDefaultMenu = true;
    Menu defaultMenu;
    QList<Menu> conditionalMenus;
    QJsonObject extras;

    /// The menu at `index`: -1 is the default menu, 0.. the conditional menus.
    const Menu &menu(int index) const
    {
        return index < 0 ? defaultMenu : conditionalMenus.at(index);
    }
    Menu &menu(int index) { return index < 0 ? defaultMenu : conditionalMenus[index]; }

    /// Drops every menuid: the server's ids of the live menus, which a document never keeps.
    void clearMenuIds()
    {
        defaultMenu.menuId.clear();
        for (Menu &conditional : conditionalMenus)
            conditional.menuId.clear();
    }

    friend bool operator==(const DocumentData &a, const DocumentData &b)
    {
        return a.hasDefaultMenu == b.hasDefaultMenu && a.defaultMenu == b.defaultMenu &&
               a.conditionalMenus == b.conditionalMenus && a.extras == b.extras;
    }
    friend bool operator!=(const DocumentData &a, const DocumentData &b) { return !(a == b); }
};
