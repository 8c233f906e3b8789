#pragma once

#include "publishstep.h"

#include <documentdata.h>

#include <QList>

/**
 * The shortest list of API calls that turns the live state into the wanted document while
 * keeping the priority order of its conditional menus (design.md, "The publish plan").
 *
 * Two conditional menus are equal when their buttons (every field, in order) and their
 * normalized match rules are equal (Menu::sameContent). K is the longest prefix of the wanted
 * conditional menus that appears, in order, as a subsequence of the live ones; every live
 * conditional menu not used for K is deleted, newest first; the wanted menus after K are added
 * in file order. menu/create runs only when the default menu differs (it keeps the conditional
 * menus); menu/delete runs only when the document is empty (no default-menu buttons and no
 * conditional menus), and then alone. Order: create, delconditional, addconditional.
 */
namespace PublishPlanner {

/// `live` is the account as menu/get reads it (menuids set; hasDefaultMenu false when the
/// account has no menu). `wanted` is the document to publish.
QList<PublishStep> plan(const DocumentData &live, const DocumentData &wanted);

/// True when `wanted` asks for an account without any menu.
bool isEmptyDocument(const DocumentData &wanted);

} // namespace PublishPlanner
