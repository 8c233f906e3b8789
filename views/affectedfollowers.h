#pragma once

#include <documentdata.h>
#include <menulabel.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>

/**
 * The followers a menu reaches, in words, and which menu a follower it picks sees in a given
 * state of the account: what the review and a stopped publish tell the user.
 */
class AffectedFollowers
{
    Q_DECLARE_TR_FUNCTIONS(AffectedFollowers)

public:
    /// Followers per tag id, as tags/get counts them ("count").
    using TagCounts = QHash<QString, int>;

    /// Who menu `menu` (-1 default) of `data` reaches: its name, the rule in words with the
    /// tag's follower count when known: "VIP members · Tag 星标会员 (3 followers) · iOS".
    static QString reach(const DocumentData &data, int menu, const MenuLabel::TagNames &tagNames,
                         const TagCounts &counts);
    /// The group as a subject: "VIP members", "Followers of Tag 星标会员 · iOS", "Followers no
    /// conditional menu picks".
    static QString who(const Menu &menu, bool isDefault, const MenuLabel::TagNames &tagNames);
    /// The menu of `data` a follower picked by `rule` sees: -1 default, K conditionalmenu[K].
    static int seenBy(const MatchRule &rule, const DocumentData &data);
    /// That menu in words: "the default menu", "the menu for Tag 门店员工 · iOS".
    static QString menuInWords(const DocumentData &data, int menu,
                               const MenuLabel::TagNames &tagNames);
};
