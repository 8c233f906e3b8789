#pragma once

#include "sandboxcontext.h"
#include "sandboxreply.h"

#include <QByteArray>

/**
 * The follower endpoints of the emulated account: tags/get and menu/trymatch, which answers
 * the menu a follower sees by the core's matcher, from the follower's tags and client.
 */
namespace SandboxFollowers {

/// menu/trymatch: the buttons of the menu the body's user_id (openid or WeChat ID) sees.
SandboxReply tryMatch(const SandboxContext &context, const QByteArray &body);
/// tags/get: the account's user tags with their follower counts.
SandboxReply tags(const SandboxContext &context);

} // namespace SandboxFollowers
