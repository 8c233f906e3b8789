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

bool isSingleMenuShape(Shape shape)
{
    return shape == Shape::Create || shape == Shape::Conditional;
}

Menu singleImportedMenu(Shape shape, const DocumentData &imported)
{
    Menu menu = shape == Shape::Conditional && !imported.conditionalMenus.isEmpty()
                    ? imported.conditionalMenus.first()
                    : imported.defaultMenu;
    menu.menuId.clear();
    return menu;
}

DocumentData withDefaultMenu(const DocumentData &current, const Menu &menu)
{
    DocumentData result = current;
    result.hasDefaultMenu = true;
    result.defaultMenu = menu;
    result.defaultMenu.matchRule = MatchRule();
    result.defaultMenu.menuId.clear();
    return result;
}
