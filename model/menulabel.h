#pragma once

#include "documentdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

/**
 * The one label of a menu, used wherever a menu is named (the menus list, problems, compare
 * and publish, history, command-line messages): "Default menu" for the default menu; for a
 * conditional menu its number in priority order as the menus list shows it ("1." for index 0,
 * the newest), its name if it has one, then its rule in words, with tag names instead of ids
 * when the account's tags are known: "1. VIP members · Tag 星标会员 · iOS".
 */
class MenuLabel
{
    Q_DECLARE_TR_FUNCTIONS(MenuLabel)

public:
    /// Tag names by tag id, as the account's tags/get lists them.
    using TagNames = QHash<QString, QString>;

    /// "Default menu".
    static QString defaultMenu();
    /// The rule in words: "Tag 星标会员 · iOS" ("Tag 2" when the tag's name is unknown).
    static QString rule(const MatchRule &rule, const TagNames &tagNames = {});
    /// The label of conditional menu `index` (priority order, 0 the newest) of `data`.
    static QString conditional(const DocumentData &data, int index, const TagNames &tagNames = {});
    /// The label of `menu` standing at `index` in priority order.
    static QString conditional(const Menu &menu, int index, const TagNames &tagNames = {});
    /// The default menu's label for -1, else conditional().
    static QString of(const DocumentData &data, int menuIndex, const TagNames &tagNames = {});
};
