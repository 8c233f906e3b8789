#pragma once

#include "publishstep.h"

#include <documentdata.h>

/**
 * What the account should look like around one call of a publish, for the runner to decide,
 * after an answer that leaves the outcome unknown, whether the call ran (design.md, "Exactly
 * once"). Pure functions.
 */
namespace PublishCheck {

/// The state `before` turned by `step`, which publishes `wanted`. For menu/addconditional,
/// `newMenuId` is the menuid its answer gave, empty when the answer was lost.
DocumentData after(const DocumentData &before, const PublishStep &step, const DocumentData &wanted,
                   const QString &newMenuId = {});

/// True when the live state `live` is `expected`: the same default menu (content), and the
/// same conditional menus in the same priority order, by content and, where `expected` knows
/// it, by menuid.
bool sameState(const DocumentData &live, const DocumentData &expected);

/// The states a publish of `wanted` from `from` passes through, `from` first.
QList<DocumentData> pathOf(const DocumentData &from, const QList<PublishStep> &steps,
                           const DocumentData &wanted);

/// True when `live` is one of `states` (by state, or by content alone).
bool onPath(const DocumentData &live, const QList<DocumentData> &states);

} // namespace PublishCheck
