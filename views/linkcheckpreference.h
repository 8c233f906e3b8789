#pragma once

/// Whether the editor checks links in the background (Preferences; on by default).
bool linkChecksPreferred();
void setLinkChecksPreferred(bool check);
/// False when the environment turns link checks off, whatever the preference:
/// WEMENU_LINK_CHECKS=off, as the tests, the package check and CI set it, so that nothing
/// they run reaches beyond this computer. Under QStandardPaths' test mode they are off too
/// unless WEMENU_LINK_CHECKS=on (link tests against loopback servers).
bool linkChecksAllowed();
/// Preferred and allowed.
bool linkChecksEnabled();
