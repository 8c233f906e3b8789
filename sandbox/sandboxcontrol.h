#pragma once

#include "sandboxcontext.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxtokens.h"

#include <QByteArray>
#include <QString>

/**
 * The sandbox's own control routes under /_sandbox/: clock/advance, reset and state. They
 * answer only requests from this computer's own programs, never a web page's.
 */
namespace SandboxControl {

/// True for a path under /_sandbox/.
bool isControlPath(const QString &path);

/// A request from this computer's own programs: a loopback Host (so not a DNS name rebound
/// to loopback), and no Origin or fetch metadata of another site (so not a web page).
bool isLocalRequest(const SandboxRequest &request);

/// Answers a control route; a reset also forgets the tokens.
SandboxReply handle(SandboxContext &context, SandboxTokens &tokens, const SandboxRequest &request);

/// The state with the call counts and the clock, as `/_sandbox/state` answers it.
QByteArray stateReport(const SandboxContext &context);

} // namespace SandboxControl
