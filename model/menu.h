#pragma once

#include "button.h"
#include "matchrule.h"

/**
 * One menu: the default menu, or a conditional menu with its match rule.
 *
 * `menuId` is set only for menus read from the live account (menu/get); it is never written
 * to a document file.
 */
struct Menu
{
    QList<Button> buttons;
    MatchRule matchRule;
    QString menuId;
    QJsonObject extras;

    /// Equal buttons (every field, in order) and equal normalized match rules.
    bool sameContent(const Menu &other) const
    {
        return buttons == other.buttons && matchRule.normalized() == other.matchRule.normalized();
    }

    friend bool operator==(const Menu &a, const Menu &b)
    {
        return a.buttons == b.buttons && a.matchRule == b.matchRule && a.menuId == b.menuId &&
               a.extras == b.extras;
    }
    friend bool operator!=(const Menu &a, const Menu &b) { return !(a == b); }
};
