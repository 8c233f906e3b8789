#pragma once

#include "publishstep.h"

#include <documentdata.h>

#include <QList>

/**
 * The shortest list of API calls that turns the live state into the wanted document while
 * keeping the priority order of its conditional menus (design.md, "The publish plan").
 *
 * Both lists are in priority order (index 0 the newest, tried first) and are read from the
 * oldest, the end. Two conditional menus are equal when their buttons (every field, in order)
 * and their normalized match rules are equal (Menu::sameContent). K is the longest run of the
 * wanted list's oldest menus that appears, in the same order, as a subsequence of the live
 * list; every live conditional menu not used for K is deleted, newest first; the other wanted
 * menus are added from the oldest to the newest (each added one becomes the newest). menu/create
 * runs only when the default menu differs (it keeps the conditional menus); menu/delete runs only
 * when the document is empty (no default-menu buttons and no conditional menus), and then alone.
 * Order: create, delconditional, addconditional.
 */
namespace PublishPlanner {

/// `live` is the account as menu/get reads it (menuids set; hasDefaultMenu false when the
/// account has no menu). `wanted` is the document to publish.
QList<PublishStep> plan(const DocumentData &live, const DocumentData &wanted);

/// True when `wanted` asks for an account without any menu.
bool isEmptyDocument(const DocumentData &wanted);

} // namespace PublishPlanner
