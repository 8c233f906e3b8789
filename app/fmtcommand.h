#pragma once

#include <QStringList>

/**
 * `wemenu fmt FILE... [--check]`: rewrites WeMenu documents in the canonical form, the bytes
 * Save writes (MenuJsonWriter::document). Only WeMenu's own document format counts: a
 * menu/create or addconditional body, a menu/get or get_current_selfmenu_info answer is left
 * as it is with exit 2 and a message saying to import it, since rewriting it as a document
 * would change what it is.
 */
namespace FmtCommand {
/// `arguments` starts with the program name, without the word "fmt". Returns the exit code.
int run(const QStringList &arguments);
} // namespace FmtCommand
