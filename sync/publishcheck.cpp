#include "publishcheck.h"

#include "livemenus.h"

namespace PublishCheck {

DocumentData after(const DocumentData &before, const PublishStep &step, const DocumentData &wanted,
                   const QString &newMenuId)
{
    DocumentData state = before;
    switch (step.kind) {
    case PublishStep::Kind::Create:
        state.hasDefaultMenu = true;
        state.defaultMenu = wanted.defaultMenu;
        state.defaultMenu.menuId.clear(); // the server gives it a new one
        break;
    case PublishStep::Kind::Delete:
        state = DocumentData();
        state.hasDefaultMenu = false;
        break;
    case PublishStep::Kind::DelConditional:
        for (qsizetype i = 0; i < state.conditionalMenus.size(); ++i) {
            if (state.conditionalMenus.at(i).menuId == step.menuId) {
                state.conditionalMenus.removeAt(i);
                break;
            }
        }
        break;
    case PublishStep::Kind::AddConditional: {
        Menu added = wanted.conditionalMenus.value(step.wantedIndex);
        added.menuId = newMenuId;
        state.conditionalMenus.prepend(added); // the newest
        break;
    }
    }
    return state;
}

bool sameState(const DocumentData &live, const DocumentData &expected)
{
    const bool liveHas = live.hasDefaultMenu && !live.defaultMenu.buttons.isEmpty();
    const bool expectedHas = expected.hasDefaultMenu && !expected.defaultMenu.buttons.isEmpty();
    if (liveHas != expectedHas ||
        (liveHas && live.defaultMenu.buttons != expected.defaultMenu.buttons)) {
        return false;
    }
    if (live.conditionalMenus.size() != expected.conditionalMenus.size())
        return false;
    // In priority order: menu/get lists the newest first, and an added menu becomes index 0.
    for (qsizetype i = 0; i < live.conditionalMenus.size(); ++i) {
        const Menu &candidate = live.conditionalMenus.at(i);
        const Menu &menu = expected.conditionalMenus.at(i);
        if (!candidate.sameContent(menu) ||
            (!menu.menuId.isEmpty() && candidate.menuId != menu.menuId)) {
            return false;
        }
    }
    return true;
}

QList<DocumentData> pathOf(const DocumentData &from, const QList<PublishStep> &steps,
                           const DocumentData &wanted)
{
    QList<DocumentData> states{from};
    for (const PublishStep &step : steps)
        states.append(after(states.last(), step, wanted));
    return states;
}

bool onPath(const DocumentData &live, const QList<DocumentData> &states)
{
    for (const DocumentData &state : states) {
        if (sameState(live, state) || LiveMenus::sameContent(live, state))
            return true;
    }
    return false;
}

} // namespace PublishCheck
