#pragma once

#include "apiresult.h"

#include <documentdata.h>
#include <shape.h>

/// The live menus of an account, as pulled.
struct LiveResult
{
    bool ok = false;
    ApiResult failure; ///< why the pull failed
    DocumentData live; ///< menuids set; hasDefaultMenu false for an account without a menu
    Shape source = Shape::MenuGet; ///< MenuGet, or SelfMenuInfo for a menu made in the web console

    bool isEmpty() const { return !live.hasDefaultMenu && live.conditionalMenus.isEmpty(); }
};
