#include "documentimport.h"

DocumentData importIntoDocument(const DocumentData &current, Shape shape,
                                const DocumentData &imported)
{
    DocumentData result;
    switch (shape) {
    case Shape::Create:
        result = current;
        result.hasDefaultMenu = true;
        result.defaultMenu = imported.defaultMenu;
        break;
    case Shape::Conditional:
        result = current;
        // The added menu becomes the newest: index 0, tried first.
        result.conditionalMenus = imported.conditionalMenus + current.conditionalMenus;
        break;
    default:
        result = imported;
        break;
    }
    result.clearMenuIds();
    return result;
}

Shape shapeAfterImport(Shape current, Shape imported)
{
    return imported == Shape::Create || imported == Shape::Conditional ? current : imported;
}
