#include "shape.h"

QString shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Create:
        return QStringLiteral("create");
    case Shape::Conditional:
        return QStringLiteral("conditional");
    case Shape::MenuGet:
        return QStringLiteral("menu-get");
    case Shape::SelfMenuInfo:
        return QStringLiteral("selfmenu-info");
    case Shape::Document:
        return QStringLiteral("document");
    case Shape::Unknown:
        break;
    }
    return {};
}
