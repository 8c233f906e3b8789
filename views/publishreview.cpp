#include "publishreview.h"

#include <errcodes.h>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

using Mark = PreviewOptions::Mark;

/// The place of `path` ("menu.button[1].sub_button[0]") in `buttons`, if it is there.
bool placeOf(const QString &path, const QList<Button> &buttons, PreviewOptions::Place *place)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(button\[(\d+)\](?:\.sub_button\[(\d+)\])?$)"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return false;
    const int top = match.captured(1).toInt();
    const int sub = match.captured(2).isEmpty() ? -1 : match.captured(2).toInt();
    if (top >= buttons.size() || sub >= buttons.at(top).subButtons.size())
        return false;
    *place = {top, sub};
    return true;
}

void setMark(PreviewOptions &options, const QList<Button> &buttons, const QString &path, Mark mark)
{
    PreviewOptions::Place place;
    if (placeOf(path, buttons, &place))
        options.marks.insert(place, mark);
}

/// The first top-level button whose sub-menu holds a mark, or -1.
int firstMarkedSubMenu(const PreviewOptions &options)
{
    for (auto it = options.marks.constBegin(); it != options.marks.constEnd(); ++it) {
        if (it.key().second >= 0)
            return it.key().first;
    }
    return -1;
}

bool holds(const DocumentData &data, const Menu &menu)
{
    return std::any_of(data.conditionalMenus.cbegin(), data.conditionalMenus.cend(),
                       [&menu](const Menu &other) { return other.sameContent(menu); });
}

} // namespace

PublishReview::PublishReview(const DocumentData &live, const DocumentData &wanted,
                             const QList<PublishStep> &plan, const MenuLabel::TagNames &tagNames,
                             const AffectedFollowers::TagCounts &tagCounts)
    : m_live(live)
    , m_wanted(wanted)
    , m_plan(plan)
    , m_tagNames(tagNames)
    , m_tagCounts(tagCounts)
{
    for (const MenuChange &change : MenuChanges::compare(live, wanted)) {
        MenuReview &review = change.kind == MenuChange::Kind::MenuRemoved
                                 ? reviewFor(MenuReview::kNone, change.menu)
                                 : reviewFor(change.menu, change.oldMenu);
        review.menuChanges.append(change);
        mark(review, change);
    }

    // WeChat cannot edit a conditional menu: the plan deletes and adds again every paired one
    // that changes, and those that only move.
    QSet<QString> deleted;
    for (const PublishStep &step : plan) {
        if (step.kind == PublishStep::Kind::DelConditional)
            deleted.insert(step.menuId);
    }
    QSet<int> pairedOld;
    for (const MenuReview &review : std::as_const(m_menus))
        pairedOld.insert(review.oldMenu);
    for (const PublishStep &step : plan) {
        if (step.kind != PublishStep::Kind::AddConditional || step.wantedIndex < 0 ||
            step.wantedIndex >= wanted.conditionalMenus.size()) {
            continue;
        }
        const auto it = std::find_if(m_menus.begin(), m_menus.end(), [&step](const MenuReview &r) {
            return r.newMenu == step.wantedIndex;
        });
        if (it != m_menus.end()) {
            it->readded = it->oldMenu >= 0;
            continue;
        }
        // Unchanged, yet added again: it moves. Its twin is the deleted live menu with its content.
        for (int old = 0; old < live.conditionalMenus.size(); ++old) {
            const Menu &candidate = live.conditionalMenus.at(old);
            if (pairedOld.contains(old) || !deleted.contains(candidate.menuId) ||
                !candidate.sameContent(wanted.conditionalMenus.at(step.wantedIndex))) {
                continue;
            }
            pairedOld.insert(old);
            MenuReview &moved = reviewFor(step.wantedIndex, old);
            moved.readded = true;
            moved.changes.append(tr("Same buttons and rule; only its place in the order changes."));
            break;
        }
    }

    std::sort(m_menus.begin(), m_menus.end(), [](const MenuReview &a, const MenuReview &b) {
        if (a.isRemoved() != b.isRemoved())
            return b.isRemoved();
        return a.isRemoved() ? a.oldMenu < b.oldMenu : a.newMenu < b.newMenu;
    });
    for (MenuReview &review : m_menus)
        finish(review);

    const int menusInDocument =
        (wanted.hasDefaultMenu ? 1 : 0) + int(wanted.conditionalMenus.size());
    const int changed = int(std::count_if(m_menus.cbegin(), m_menus.cend(),
                                          [](const MenuReview &r) { return !r.isRemoved(); }));
    m_unchanged = qMax(0, menusInDocument - changed);
}

MenuReview &PublishReview::reviewFor(int newMenu, int oldMenu)
{
    for (MenuReview &review : m_menus) {
        if (newMenu != MenuReview::kNone ? review.newMenu == newMenu
                                         : review.isRemoved() && review.oldMenu == oldMenu) {
            return review;
        }
    }
    MenuReview review;
    review.newMenu = newMenu;
    review.oldMenu = oldMenu < -1 ? MenuReview::kNone : oldMenu;
    if (review.oldMenu >= m_live.conditionalMenus.size())
        review.oldMenu = MenuReview::kNone;
    if (review.oldMenu != MenuReview::kNone)
        review.liveButtons = m_live.menu(review.oldMenu).buttons;
    if (review.newMenu != MenuReview::kNone)
        review.newButtons = m_wanted.menu(review.newMenu).buttons;
    m_menus.append(review);
    return m_menus.last();
}

void PublishReview::mark(MenuReview &review, const MenuChange &change)
{
    switch (change.kind) {
    case MenuChange::Kind::MenuAdded:
        for (int top = 0; top < review.newButtons.size(); ++top)
            review.newOptions.marks.insert({top, -1}, Mark::Added);
        break;
    case MenuChange::Kind::MenuRemoved:
        for (int top = 0; top < review.liveButtons.size(); ++top)
            review.liveOptions.marks.insert({top, -1}, Mark::Removed);
        break;
    case MenuChange::Kind::ButtonAdded:
        setMark(review.newOptions, review.newButtons, change.path, Mark::Added);
        break;
    case MenuChange::Kind::ButtonRemoved:
        setMark(review.liveOptions, review.liveButtons, change.path, Mark::Removed);
        break;
    case MenuChange::Kind::ButtonChanged:
    case MenuChange::Kind::ButtonMoved: {
        // A button both moved and changed has its old place on the move.
        QString oldPath = change.oldPath;
        for (const MenuChange &other : std::as_const(review.menuChanges)) {
            if (oldPath.isEmpty() && other.kind == MenuChange::Kind::ButtonMoved &&
                other.path == change.path) {
                oldPath = other.oldPath;
            }
        }
        setMark(review.newOptions, review.newButtons, change.path, Mark::Changed);
        setMark(review.liveOptions, review.liveButtons, oldPath.isEmpty() ? change.path : oldPath,
                Mark::Changed);
        break;
    }
    case MenuChange::Kind::MenuMoved:
    case MenuChange::Kind::RuleChanged:
        break;
    }
}

void PublishReview::finish(MenuReview &review)
{
    const bool removed = review.isRemoved();
    const DocumentData &side = removed ? m_live : m_wanted;
    const int index = removed ? review.oldMenu : review.newMenu;
    review.title = MenuLabel::of(side, index, m_tagNames);
    review.followers = AffectedFollowers::reach(side, index, m_tagNames, m_tagCounts);

    // The changes in words, without the menu's label that the title already shows.
    QStringList prefixes = {review.title + QStringLiteral(": ")};
    if (review.oldMenu != MenuReview::kNone)
        prefixes.append(MenuLabel::of(m_live, review.oldMenu, m_tagNames) + QStringLiteral(": "));
    QStringList words;
    for (const MenuChange &change : std::as_const(review.menuChanges)) {
        QString line = MenuChanges::describe(change, m_live, m_wanted, m_tagNames);
        for (const QString &prefix : std::as_const(prefixes)) {
            if (line.startsWith(prefix)) {
                line = line.mid(prefix.size());
                break;
            }
        }
        words.append(line);
    }
    review.changes = words + review.changes;

    review.liveOptions.openTop = firstMarkedSubMenu(review.liveOptions);
    review.newOptions.openTop = firstMarkedSubMenu(review.newOptions);

    if (review.readded) {
        review.notice = tr("WeChat cannot edit a conditional menu: WeMenu deletes it and adds it "
                           "again. While it is added again, these followers see %1 for a "
                           "moment.")
                            .arg(meanwhile(review));
    } else if (removed && review.oldMenu < 0) {
        review.notice = tr("After publishing, the account has no menu: followers see none.");
    } else if (removed) {
        const Menu &old = m_live.conditionalMenus.at(review.oldMenu);
        review.notice =
            tr("After publishing, these followers see %1.")
                .arg(AffectedFollowers::menuInWords(
                    m_wanted, AffectedFollowers::seenBy(old.matchRule, m_wanted), m_tagNames));
    }
}

QString PublishReview::meanwhile(const MenuReview &review) const
{
    // The account between the deletions and this menu's addition: create and delconditional
    // run first, then the additions from the oldest, each becoming the newest.
    DocumentData between = m_live;
    QSet<QString> deleted;
    for (const PublishStep &step : m_plan) {
        if (step.kind == PublishStep::Kind::Create)
            between.defaultMenu = m_wanted.defaultMenu;
        else if (step.kind == PublishStep::Kind::DelConditional)
            deleted.insert(step.menuId);
    }
    between.conditionalMenus.erase(
        std::remove_if(between.conditionalMenus.begin(), between.conditionalMenus.end(),
                       [&deleted](const Menu &menu) { return deleted.contains(menu.menuId); }),
        between.conditionalMenus.end());
    for (const PublishStep &step : m_plan) {
        if (step.kind != PublishStep::Kind::AddConditional)
            continue;
        if (step.wantedIndex == review.newMenu)
            break;
        if (step.wantedIndex >= 0 && step.wantedIndex < m_wanted.conditionalMenus.size())
            between.conditionalMenus.prepend(m_wanted.conditionalMenus.at(step.wantedIndex));
    }
    const Menu &menu = m_wanted.conditionalMenus.at(review.newMenu);
    return AffectedFollowers::menuInWords(
        between, AffectedFollowers::seenBy(menu.matchRule, between), m_tagNames);
}

QStringList PublishReview::nowSee(const DocumentData &now, const PublishStep *failedStep,
                                  int failedErrcode) const
{
    QStringList lines;
    for (const MenuReview &review : m_menus) {
        bool failedHere = false;
        if (failedStep) {
            switch (failedStep->kind) {
            case PublishStep::Kind::Create:
            case PublishStep::Kind::Delete:
                failedHere = review.newMenu == -1;
                break;
            case PublishStep::Kind::AddConditional:
                failedHere = review.newMenu >= 0 && failedStep->wantedIndex == review.newMenu;
                break;
            case PublishStep::Kind::DelConditional:
                failedHere =
                    review.oldMenu >= 0 &&
                    m_live.conditionalMenus.at(review.oldMenu).menuId == failedStep->menuId;
                break;
            }
        }
        const QString quota = failedHere && failedErrcode == ErrCode::DailyQuotaReached
                                  ? tr("; the daily quota resets at 00:00 Beijing time")
                                  : QString();
        QString line;
        if (review.newMenu == -1) {
            const QString who = AffectedFollowers::who(m_wanted.defaultMenu, true, m_tagNames);
            line = now.hasDefaultMenu && now.defaultMenu.buttons == m_wanted.defaultMenu.buttons
                       ? tr("%1 see the new default menu").arg(who)
                       : tr("%1 still see the old default menu: it was not replaced").arg(who);
        } else if (review.isRemoved() && review.oldMenu < 0) {
            const QString who = AffectedFollowers::who(m_live.defaultMenu, true, m_tagNames);
            line = now.hasDefaultMenu && !now.defaultMenu.buttons.isEmpty()
                       ? tr("%1 still see the old default menu: it was not deleted").arg(who)
                       : tr("%1 see no menu, as planned").arg(who);
        } else if (review.isRemoved()) {
            const Menu &old = m_live.conditionalMenus.at(review.oldMenu);
            const QString who = AffectedFollowers::who(old, false, m_tagNames);
            line = holds(now, old)
                       ? tr("%1 still see their old menu: it was not removed").arg(who)
                       : tr("%1 see %2, as planned")
                             .arg(who, AffectedFollowers::menuInWords(
                                           now, AffectedFollowers::seenBy(old.matchRule, now),
                                           m_tagNames));
        } else {
            const Menu &menu = m_wanted.conditionalMenus.at(review.newMenu);
            const QString who = AffectedFollowers::who(menu, false, m_tagNames);
            const QString sees = AffectedFollowers::menuInWords(
                now, AffectedFollowers::seenBy(menu.matchRule, now), m_tagNames);
            if (holds(now, menu)) {
                line = tr("%1 see their new menu").arg(who);
            } else if (review.oldMenu >= 0 &&
                       holds(now, m_live.conditionalMenus.at(review.oldMenu))) {
                line = tr("%1 still see their old menu: the new one was not published").arg(who);
            } else if (review.oldMenu >= 0) {
                line = failedHere ? tr("%1 see %2: their menu was deleted and could not be "
                                       "added again")
                                        .arg(who, sees)
                                  : tr("%1 see %2: their menu was deleted and has not been "
                                       "added again yet")
                                        .arg(who, sees);
            } else {
                line = failedHere
                           ? tr("%1 see %2: their new menu could not be added").arg(who, sees)
                           : tr("%1 see %2: their new menu has not been added yet").arg(who, sees);
            }
        }
        lines.append(line + quota + QLatin1Char('.'));
    }
    return lines;
}
