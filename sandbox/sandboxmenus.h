#pragma once

#include "sandboxcontext.h"
#include "sandboxreply.h"

#include <QByteArray>

/**
 * The menu endpoints of the emulated account: menu/create, menu/get, menu/delete,
 * menu/addconditional, menu/delconditional and get_current_selfmenu_info. Each takes a body
 * whose token, charset and quota the caller has checked, and reads or changes the context's
 * state (persisting every change).
 */
namespace SandboxMenus {

/// menu/create: replaces the default menu after the core's validator accepts it.
SandboxReply create(SandboxContext &context, const QByteArray &body);
/// menu/get: the default menu and the conditional menus, newest first, with their menuids.
SandboxReply get(const SandboxContext &context);
/// menu/delete: deletes the default menu and every conditional menu.
SandboxReply remove(SandboxContext &context);
/// menu/addconditional: adds a conditional menu, first in priority; answers its menuid.
SandboxReply addConditional(SandboxContext &context, const QByteArray &body);
/// menu/delconditional: deletes the conditional menu of the body's menuid.
SandboxReply delConditional(SandboxContext &context, const QByteArray &body);
/// get_current_selfmenu_info: the menu in use, the web console's if one was made there.
SandboxReply selfMenuInfo(const SandboxContext &context);

} // namespace SandboxMenus
