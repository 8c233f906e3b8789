#pragma once

#include "documentdata.h"

#include <QString>

#include <functional>

/**
 * Converts, exactly once, the files WeMenu wrote itself while it kept conditional menus oldest
 * first (round 1) into the priority order it keeps now: newest first, the order menu/get lists
 * them and followers are matched in (design.md, "Data").
 *
 * A version file marks what is converted: inside a folder (`FOLDER/order-version`) or beside a
 * file (`FILE.order-version`). Whatever carries it, and whatever is created after it was
 * written, is never reversed again. A user's own documents carry no mark and are left alone.
 */
namespace OrderMigration {

/// The order the version file records: 2 = newest first.
inline constexpr int kVersion = 2;

/// Converts one file in place; false (and the file left as it was) when it cannot.
using Converter = std::function<bool(const QString &fileName)>;

/// Reverses the conditional menus of `data` (oldest first <-> newest first).
void reverse(DocumentData *data);

/// Reverses the conditional menus of the WeMenu document `fileName` in place (the rest is kept
/// as read); false, leaving the file as it was, when it is not a readable document.
bool reverseDocumentFile(const QString &fileName);

/// The version file of folder `folder`.
QString folderVersionFile(const QString &folder);
/// The version file of file `fileName`.
QString fileVersionFile(const QString &fileName);

/**
 * Converts every `*.json` file under `folder` (subfolders included) with `convert`, once: a
 * folder that carries its version file is left alone; a missing folder is created and marked,
 * so that what is written into it later is never converted. A lock keeps two editors starting
 * at once apart. False when the folder cannot be created or marked.
 */
bool upgradeFolder(const QString &folder, const Converter &convert = reverseDocumentFile);

/// The same for the single file `fileName` (marked even when it does not exist yet).
bool upgradeFile(const QString &fileName, const Converter &convert);

} // namespace OrderMigration
