#include "menuchanges.h"

#include "buttontypenames.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

using Kind = MenuChange::Kind;

/// The JSON prefix of menu `index`: "menu" or "conditionalmenu[K]".
QString menuPrefix(int index)
{
    return index < 0 ? QStringLiteral("menu") : QStringLiteral("conditionalmenu[%1]").arg(index);
}

/// One button of a menu, top-level (`parent` -1) or a sub-button of top-level row `parent`.
struct Node
{
    int parent = -1;
    int row = 0;
    const Button *button = nullptr;
    int partner = -1; ///< the paired node's index on the other side, -1 unpaired
};

/// The buttons of a menu in tree order: each top-level button followed by its sub-buttons.
QList<Node> flatten(const QList<Button> &buttons)
{
    QList<Node> nodes;
    for (int row = 0; row < buttons.size(); ++row) {
        nodes.append({-1, row, &buttons.at(row), -1});
        const QList<Button> &subs = buttons.at(row).subButtons;
        for (int sub = 0; sub < subs.size(); ++sub)
            nodes.append({row, sub, &subs.at(sub), -1});
    }
    return nodes;
}

QString nodePath(int menu, const Node &node)
{
    if (node.parent < 0)
        return QStringLiteral("%1.button[%2]").arg(menuPrefix(menu)).arg(node.row);
    return QStringLiteral("%1.button[%2].sub_button[%3]")
        .arg(menuPrefix(menu))
        .arg(node.parent)
        .arg(node.row);
}

/// The index in `nodes` of each top-level button, by its row.
QList<int> topIndices(const QList<Node> &nodes)
{
    QList<int> indices;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).parent < 0)
            indices.append(i);
    }
    return indices;
}

void pair(QList<Node> &olds, int o, QList<Node> &news, int n)
{
    olds[o].partner = n;
    news[n].partner = o;
}

/// Pairs unpaired nodes of equal name, in tree order, where `accept(oldIndex, newIndex)`.
template<typename Accept>
void pairByName(QList<Node> &olds, QList<Node> &news, Accept accept)
{
    for (int n = 0; n < news.size(); ++n) {
        if (news.at(n).partner >= 0)
            continue;
        for (int o = 0; o < olds.size(); ++o) {
            if (olds.at(o).partner < 0 && olds.at(o).button->name == news.at(n).button->name &&
                accept(o, n)) {
                pair(olds, o, news, n);
                break;
            }
        }
    }
}

/// Whether the name of an unpaired node on one side is the name of an unpaired node on the
/// other: such a node is left for pairing by name, never paired by position.
bool nameWaitsElsewhere(const Node &node, const QList<Node> &other)
{
    return std::any_of(other.cbegin(), other.cend(), [&](const Node &candidate) {
        return candidate.partner < 0 && candidate.button->name == node.button->name;
    });
}

/**
 * The indices (into `values`) of the longest strictly increasing subsequence of `values`;
 * ties go to the subsequence ending last, and within it to the earliest predecessors.
 */
QList<int> longestIncreasing(const QList<int> &values)
{
    const int count = int(values.size());
    QList<int> length(count, 1);
    QList<int> previous(count, -1);
    int best = -1;
    for (int i = 0; i < count; ++i) {
        for (int j = 0; j < i; ++j) {
            if (values.at(j) < values.at(i) && length.at(j) + 1 > length.at(i)) {
                length[i] = length.at(j) + 1;
                previous[i] = j;
            }
        }
        if (best < 0 || length.at(i) >= length.at(best))
            best = i;
    }
    QList<int> kept;
    for (int i = best; i >= 0; i = previous.at(i))
        kept.prepend(i);
    return kept;
}

/// The changes between the buttons of two paired menus.
void compareButtons(const QList<Button> &before, const QList<Button> &after, int oldMenu,
                    int newMenu, QList<MenuChange> *changes)
{
    QList<Node> olds = flatten(before);
    QList<Node> news = flatten(after);
    const QList<int> oldTops = topIndices(olds);
    const QList<int> newTops = topIndices(news);
    auto topLevel = [&](int o, int n) { return olds.at(o).parent < 0 && news.at(n).parent < 0; };
    auto sameParent = [&](int o, int n) {
        const Node &oldNode = olds.at(o);
        const Node &newNode = news.at(n);
        if (oldNode.parent < 0 || newNode.parent < 0)
            return false;
        return olds.at(oldTops.at(oldNode.parent)).partner == newTops.at(newNode.parent);
    };

    // By name: the top level, then sub-buttons under paired parents, then anywhere (a button
    // moved to another sub-menu or between levels), each in tree order.
    pairByName(olds, news, topLevel);
    pairByName(olds, news, sameParent);
    pairByName(olds, news, [](int, int) { return true; });

    // By position: a button in the same place whose name is nowhere else is the same button
    // renamed; top level first, so that sub-buttons can follow their renamed parents.
    auto samePlace = [&](int o, int n, bool top) {
        const Node &oldNode = olds.at(o);
        const Node &newNode = news.at(n);
        if (oldNode.partner >= 0 || newNode.partner >= 0 || oldNode.row != newNode.row ||
            !(top ? topLevel(o, n) : sameParent(o, n)))
            return false;
        return !nameWaitsElsewhere(oldNode, news) && !nameWaitsElsewhere(newNode, olds);
    };
    for (const bool top : {true, false}) {
        for (int n = 0; n < news.size(); ++n) {
            for (int o = 0; o < olds.size(); ++o) {
                if (samePlace(o, n, top)) {
                    pair(olds, o, news, n);
                    break;
                }
            }
        }
    }

    // Moved: a paired button under another parent (or level), or out of the longest run of
    // its siblings that kept their order.
    QList<bool> moved(news.size(), false);
    QList<int> groups; // new parents: -1 top level, else a new top-level row
    groups.append(-1);
    for (const Node &node : std::as_const(news)) {
        if (node.parent < 0)
            groups.append(node.row);
    }
    for (const int group : std::as_const(groups)) {
        QList<int> members; // new node indices of this group whose partner is a sibling too
        QList<int> oldRows; // their partners' rows
        for (int n = 0; n < news.size(); ++n) {
            const Node &node = news.at(n);
            if (node.parent != group || node.partner < 0)
                continue;
            const Node &partner = olds.at(node.partner);
            const bool sameGroup =
                group < 0 ? partner.parent < 0
                          : partner.parent >= 0 &&
                                olds.at(oldTops.at(partner.parent)).partner == newTops.at(group);
            if (!sameGroup) {
                moved[n] = true;
                continue;
            }
            members.append(n);
            oldRows.append(partner.row);
        }
        QList<bool> kept(members.size(), false);
        for (const int index : longestIncreasing(oldRows))
            kept[index] = true;
        for (int i = 0; i < members.size(); ++i) {
            if (!kept.at(i))
                moved[members.at(i)] = true;
        }
    }

    for (int n = 0; n < news.size(); ++n) {
        const Node &node = news.at(n);
        const QString path = nodePath(newMenu, node);
        if (node.partner < 0) {
            MenuChange change;
            change.kind = Kind::ButtonAdded;
            change.menu = newMenu;
            change.oldMenu = oldMenu;
            change.path = path;
            changes->append(change);
            continue;
        }
        const Node &partner = olds.at(node.partner);
        if (moved.at(n)) {
            MenuChange change;
            change.kind = Kind::ButtonMoved;
            change.menu = newMenu;
            change.oldMenu = oldMenu;
            change.path = path;
            change.oldPath = nodePath(oldMenu, partner);
            changes->append(change);
        }
        for (const ButtonField field : kAllButtonFields) {
            const QString from = partner.button->field(field);
            const QString to = node.button->field(field);
            if (from == to)
                continue;
            MenuChange change;
            change.kind = Kind::ButtonChanged;
            change.menu = newMenu;
            change.oldMenu = oldMenu;
            change.path = path;
            change.field = buttonFieldKey(field);
            change.from = from;
            change.to = to;
            changes->append(change);
        }
    }
    for (const Node &node : std::as_const(olds)) {
        if (node.partner >= 0)
            continue;
        MenuChange change;
        change.kind = Kind::ButtonRemoved;
        change.menu = newMenu;
        change.oldMenu = oldMenu;
        change.path = nodePath(oldMenu, node);
        changes->append(change);
    }
}

/// For each conditional menu of `after`, its partner's index in `before` (-1 none).
QList<int> pairMenus(const QList<Menu> &before, const QList<Menu> &after)
{
    const int oldCount = int(before.size());
    const int newCount = int(after.size());
    QList<int> partnerOfNew(newCount, -1);
    QList<bool> oldTaken(oldCount, false);
    auto named = [](const Menu &menu) { return !menu.name.trimmed().isEmpty(); };
    // Both lists are read from the oldest (the end), so that duplicates pair in that order.
    auto pass = [&](auto accept) {
        for (int n = newCount - 1; n >= 0; --n) {
            if (partnerOfNew.at(n) >= 0)
                continue;
            for (int o = oldCount - 1; o >= 0; --o) {
                if (!oldTaken.at(o) && accept(before.at(o), o, after.at(n), n)) {
                    partnerOfNew[n] = o;
                    oldTaken[o] = true;
                    break;
                }
            }
        }
    };
    pass([&](const Menu &o, int, const Menu &n, int) {
        return named(o) && named(n) && o.name.trimmed() == n.name.trimmed();
    });
    pass([&](const Menu &o, int, const Menu &n, int) {
        return !(named(o) && named(n)) && o.matchRule.normalized() == n.matchRule.normalized();
    });
    pass([&](const Menu &o, int oldIndex, const Menu &n, int newIndex) {
        return !(named(o) && named(n)) && oldCount - oldIndex == newCount - newIndex;
    });
    return partnerOfNew;
}

/// The rule fields that differ between two paired conditional menus.
void compareRules(const MatchRule &before, const MatchRule &after, int oldMenu, int newMenu,
                  QList<MenuChange> *changes)
{
    const MatchRule from = before.normalized();
    const MatchRule to = after.normalized();
    const std::pair<QString, std::pair<QString, QString>> fields[] = {
        {QStringLiteral("tag_id"), {from.tagId, to.tagId}},
        {QStringLiteral("client_platform_type"), {from.clientPlatformType, to.clientPlatformType}},
    };
    for (const auto &[field, values] : fields) {
        if (values.first == values.second)
            continue;
        MenuChange change;
        change.kind = Kind::RuleChanged;
        change.menu = newMenu;
        change.oldMenu = oldMenu;
        change.field = field;
        change.from = values.first;
        change.to = values.second;
        changes->append(change);
    }
}

MenuChange menuChange(Kind kind, int menu, int oldMenu)
{
    MenuChange change;
    change.kind = kind;
    change.menu = menu;
    change.oldMenu = oldMenu;
    return change;
}

} // namespace

QString MenuChange::menuKey() const
{
    return menuPrefix(menu);
}

QString MenuChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::MenuAdded:
        return QStringLiteral("menu-added");
    case Kind::MenuRemoved:
        return QStringLiteral("menu-removed");
    case Kind::MenuMoved:
        return QStringLiteral("menu-moved");
    case Kind::RuleChanged:
        return QStringLiteral("rule-changed");
    case Kind::ButtonAdded:
        return QStringLiteral("button-added");
    case Kind::ButtonRemoved:
        return QStringLiteral("button-removed");
    case Kind::ButtonMoved:
        return QStringLiteral("button-moved");
    case Kind::ButtonChanged:
        return QStringLiteral("button-changed");
    }
    return {};
}

QList<MenuChange> MenuChanges::compare(const DocumentData &before, const DocumentData &after)
{
    QList<MenuChange> changes;

    // The default menu.
    if (before.hasDefaultMenu && after.hasDefaultMenu)
        compareButtons(before.defaultMenu.buttons, after.defaultMenu.buttons, -1, -1, &changes);
    else if (after.hasDefaultMenu)
        changes.append(menuChange(Kind::MenuAdded, -1, -2));
    else if (before.hasDefaultMenu)
        changes.append(menuChange(Kind::MenuRemoved, -1, -1));

    // The conditional menus, in NEW's priority order.
    const QList<int> partnerOfNew = pairMenus(before.conditionalMenus, after.conditionalMenus);
    QList<int> pairedNew;
    QList<int> pairedOld;
    for (int n = 0; n < partnerOfNew.size(); ++n) {
        if (partnerOfNew.at(n) >= 0) {
            pairedNew.append(n);
            pairedOld.append(partnerOfNew.at(n));
        }
    }
    QList<bool> movedNew(after.conditionalMenus.size(), true);
    for (const int index : longestIncreasing(pairedOld))
        movedNew[pairedNew.at(index)] = false;

    for (int n = 0; n < after.conditionalMenus.size(); ++n) {
        const int o = partnerOfNew.at(n);
        if (o < 0) {
            changes.append(menuChange(Kind::MenuAdded, n, -2));
            continue;
        }
        if (movedNew.at(n))
            changes.append(menuChange(Kind::MenuMoved, n, o));
        const Menu &oldMenu = before.conditionalMenus.at(o);
        const Menu &newMenu = after.conditionalMenus.at(n);
        compareRules(oldMenu.matchRule, newMenu.matchRule, o, n, &changes);
        compareButtons(oldMenu.buttons, newMenu.buttons, o, n, &changes);
    }
    for (int o = 0; o < before.conditionalMenus.size(); ++o) {
        if (!partnerOfNew.contains(o))
            changes.append(menuChange(Kind::MenuRemoved, o, o));
    }
    return changes;
}

namespace {

/// A button found again from its path in a document.
struct Located
{
    const Button *button = nullptr;
    const Button *parent = nullptr; ///< the top-level button holding a sub-button
    int row = 0;
};

Located locate(const DocumentData &data, const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:menu|conditionalmenu\[(\d+)\])\.button\[(\d+)\](?:\.sub_button\[(\d+)\])?$)"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return {};
    const int menu = match.captured(1).isEmpty() ? -1 : match.captured(1).toInt();
    if (menu >= data.conditionalMenus.size())
        return {};
    const QList<Button> &buttons = data.menu(menu).buttons;
    const int top = match.captured(2).toInt();
    if (top >= buttons.size())
        return {};
    if (match.captured(3).isEmpty())
        return {&buttons.at(top), nullptr, top};
    const int sub = match.captured(3).toInt();
    const QList<Button> &subs = buttons.at(top).subButtons;
    if (sub >= subs.size())
        return {};
    return {&subs.at(sub), &buttons.at(top), sub};
}

QString buttonName(const Button *button)
{
    if (!button)
        return QStringLiteral("?");
    return button->name.isEmpty() ? MenuChanges::tr("(no name)") : button->name;
}

/// "门店 › 在线点单" for a sub-button, "门店" for a top-level button.
QString title(const Located &at)
{
    if (!at.parent)
        return buttonName(at.button);
    return MenuChanges::tr("%1 › %2").arg(buttonName(at.parent), buttonName(at.button));
}

/// "place 2 in the menu bar", "place 1 under 门店".
QString place(const Located &at)
{
    if (!at.parent)
        return MenuChanges::tr("place %1 in the menu bar").arg(at.row + 1);
    return MenuChanges::tr("place %1 under %2").arg(at.row + 1).arg(buttonName(at.parent));
}

QString fieldValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return MenuChanges::tr("(empty)");
    if (field == QLatin1String("type"))
        return ButtonTypeNames::label(value);
    return value;
}

QString ruleValue(const QString &field, const QString &value, const MenuLabel::TagNames &tagNames)
{
    if (field == QLatin1String("tag_id")) {
        if (value.isEmpty())
            return MenuChanges::tr("no tag");
        const QString name = tagNames.value(value).trimmed();
        return name.isEmpty() ? value : name;
    }
    if (value.isEmpty())
        return MenuChanges::tr("any phone");
    MatchRule rule;
    rule.clientPlatformType = value;
    return MenuLabel::rule(rule);
}

/// The words for one button-changed entry, after the menu's label.
QString describeField(const MenuChange &change, const Located &after)
{
    if (change.field == QLatin1String("name")) {
        Button old;
        old.name = change.from;
        Button renamed;
        renamed.name = change.to;
        return MenuChanges::tr("%1 renamed to %2")
            .arg(title({&old, after.parent, after.row}), buttonName(&renamed));
    }
    QString field = change.field;
    for (const ButtonField known : kAllButtonFields) {
        if (buttonFieldKey(known) == change.field)
            field = ButtonTypeNames::fieldName(known);
    }
    if (change.from.isEmpty()) {
        return MenuChanges::tr("%1: %2 set to %3")
            .arg(title(after), field, fieldValue(change.field, change.to));
    }
    if (change.to.isEmpty()) {
        return MenuChanges::tr("%1: %2 cleared (was %3)")
            .arg(title(after), field, fieldValue(change.field, change.from));
    }
    return MenuChanges::tr("%1: %2 changed from %3 to %4")
        .arg(title(after), field, fieldValue(change.field, change.from),
             fieldValue(change.field, change.to));
}

} // namespace

QString MenuChanges::describe(const MenuChange &change, const DocumentData &before,
                              const DocumentData &after, const MenuLabel::TagNames &tagNames)
{
    const bool inOld = change.kind == Kind::MenuRemoved;
    const DocumentData &labelled = inOld ? before : after;
    const QString label = change.menu < labelled.conditionalMenus.size()
                              ? MenuLabel::of(labelled, change.menu, tagNames)
                              : menuPrefix(change.menu);
    switch (change.kind) {
    case Kind::MenuAdded:
        return tr("%1: menu added").arg(label);
    case Kind::MenuRemoved:
        return tr("%1: menu removed").arg(label);
    case Kind::MenuMoved:
        return tr("%1: moved from place %2 to place %3 in priority")
            .arg(label)
            .arg(change.oldMenu + 1)
            .arg(change.menu + 1);
    case Kind::RuleChanged:
        if (change.field == QLatin1String("tag_id")) {
            return tr("%1: tag changed from %2 to %3")
                .arg(label, ruleValue(change.field, change.from, tagNames),
                     ruleValue(change.field, change.to, tagNames));
        }
        return tr("%1: phone type changed from %2 to %3")
            .arg(label, ruleValue(change.field, change.from, tagNames),
                 ruleValue(change.field, change.to, tagNames));
    case Kind::ButtonAdded:
        return tr("%1: %2 added").arg(label, title(locate(after, change.path)));
    case Kind::ButtonRemoved:
        return tr("%1: %2 removed").arg(label, title(locate(before, change.path)));
    case Kind::ButtonMoved: {
        const Located from = locate(before, change.oldPath);
        const Located to = locate(after, change.path);
        return tr("%1: %2 moved from %3 to %4")
            .arg(label, buttonName(to.button), place(from), place(to));
    }
    case Kind::ButtonChanged: {
        return tr("%1: %2").arg(label, describeField(change, locate(after, change.path)));
    }
    }
    return label;
}
