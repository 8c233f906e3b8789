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
