#include "publishplanner.h"

namespace {

/// True when the live account shows nothing: no default menu and no conditional menu.
bool liveIsEmpty(const DocumentData &live)
{
    return !live.hasDefaultMenu && live.conditionalMenus.isEmpty();
}

/// The default-menu buttons as the account holds them: none when it has no menu.
QList<Button> liveDefaultButtons(const DocumentData &live)
{
    return live.hasDefaultMenu ? live.defaultMenu.buttons : QList<Button>();
}

/**
 * Both lists are in priority order (index 0 the newest) and are read from the oldest, the end.
 * The live conditional menus kept for the longest run of `wanted`'s oldest menus that is a
 * subsequence of `live` read the same way, matched greedily at the oldest live position still
 * free (which finds the longest such run). Returns, for each live index, whether it is kept;
 * `*keptCount` is K.
 */
QList<bool> keptLiveMenus(const QList<Menu> &live, const QList<Menu> &wanted, qsizetype *keptCount)
{
    QList<bool> kept(live.size(), false);
    qsizetype matched = 0;
    for (qsizetype i = live.size() - 1; i >= 0 && matched < wanted.size(); --i) {
        if (live.at(i).sameContent(wanted.at(wanted.size() - 1 - matched))) {
            kept[i] = true;
            ++matched;
        }
    }
    *keptCount = matched;
    return kept;
}

} // namespace

namespace PublishPlanner {

bool isEmptyDocument(const DocumentData &wanted)
{
    return wanted.defaultMenu.buttons.isEmpty() && wanted.conditionalMenus.isEmpty();
}

QList<PublishStep> plan(const DocumentData &live, const DocumentData &wanted)
{
    QList<PublishStep> steps;

    if (isEmptyDocument(wanted)) {
        if (!liveIsEmpty(live)) {
            PublishStep step;
            step.kind = PublishStep::Kind::Delete;
            steps.append(step);
        }
        return steps;
    }

    if (liveDefaultButtons(live) != wanted.defaultMenu.buttons) {
        PublishStep step;
        step.kind = PublishStep::Kind::Create;
        steps.append(step);
    }

    qsizetype keptCount = 0;
    const QList<bool> kept =
        keptLiveMenus(live.conditionalMenus, wanted.conditionalMenus, &keptCount);

    // Newest first: live index 0 is deleted first.
    for (qsizetype i = 0; i < live.conditionalMenus.size(); ++i) {
        if (kept.at(i))
            continue;
        PublishStep step;
        step.kind = PublishStep::Kind::DelConditional;
        step.menuId = live.conditionalMenus.at(i).menuId;
        steps.append(step);
    }

    // From the oldest still missing to the newest: each added menu becomes the newest (index 0),
    // so the wanted priority order results.
    for (qsizetype i = wanted.conditionalMenus.size() - 1 - keptCount; i >= 0; --i) {
        PublishStep step;
        step.kind = PublishStep::Kind::AddConditional;
        step.wantedIndex = int(i);
        steps.append(step);
    }
    return steps;
}

} // namespace PublishPlanner
