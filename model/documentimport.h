#pragma once

#include "documentdata.h"
#include "shape.h"

/**
 * The document after importing `imported`, read as `shape`, into `current`: a create body
 * replaces the default menu, an addconditional body is added as the newest conditional menu (index
 * 0), and any other shape replaces the whole document. menuids are dropped.
 */
DocumentData importIntoDocument(const DocumentData &current, Shape shape,
                                const DocumentData &imported);

/// What the document is checked as after such an import: its own shape when a body was merged
/// into it, the imported shape when the import replaced it.
Shape shapeAfterImport(Shape current, Shape imported);

/// Whether `shape` holds a single menu the user may merge into the open document: a create
/// body (its default menu) or an addconditional body (its conditional menu).
bool isSingleMenuShape(Shape shape);

/// The one menu of a create or addconditional body, without its menuid.
Menu singleImportedMenu(Shape shape, const DocumentData &imported);

/// `current` with `menu` as its default menu; a conditional menu's match rule is dropped.
DocumentData withDefaultMenu(const DocumentData &current, const Menu &menu);
