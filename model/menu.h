#pragma once

#include "button.h"
#include "matchrule.h"

/**
 * One menu: the default menu, or a conditional menu with its match rule.
 *
 * `menuId` is set only for menus read from the live account (menu/get); it is never written
 * to a document file. `name` is ours alone: WeChat never sees it, and `sameContent()` ignores it.
 */
struct Menu
{
    QList<Button> buttons;
    MatchRule matchRule;
    QString menuId;
    /// The label people give a conditional menu ("VIP members"); kept in the document file,
    /// never sent to WeChat.
    QString name;
    QJsonObject extras;

    /// Equal buttons (every field, in order) and equal normalized match rules.
    bool sameContent(const Menu &other) const
    {
        return buttons == other.buttons && matchRule.normalized() == other.matchRule.normalized();
    }

    friend bool operator==(const Menu &a, const Menu &b)
    {
        return a.buttons == b.buttons && a.matchRule == b.matchRule && a.menuId == b.menuId &&
               a.name == b.name && a.extras == b.extras;
    }
    friend bool operator!=(const Menu &a, const Menu &b) { return !(a == b); }
};
