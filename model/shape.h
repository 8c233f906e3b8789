#pragma once

#include <QString>

/// The JSON shapes WeMenu reads, named as `wemenu validate --json` prints them.
enum class Shape {
    Unknown,      ///< not a menu document
    Create,       ///< a menu/create request body
    Conditional,  ///< a menu/addconditional request body
    MenuGet,      ///< a menu/get response (carries menuids)
    SelfMenuInfo, ///< a get_current_selfmenu_info response
    Document,     ///< WeMenu's own file: the menu/get shape without menuids
};

/// "create", "conditional", "menu-get", "selfmenu-info", "document"; empty for Unknown.
QString shapeName(Shape shape);
