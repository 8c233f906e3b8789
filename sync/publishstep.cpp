#include "publishstep.h"

QString PublishStep::endpoint() const
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("menu/create");
    case Kind::Delete:
        return QStringLiteral("menu/delete");
    case Kind::DelConditional:
        return QStringLiteral("menu/delconditional");
    case Kind::AddConditional:
        return QStringLiteral("menu/addconditional");
    }
    return {};
}

QString PublishStep::target() const
{
    switch (kind) {
    case Kind::Create:
    case Kind::Delete:
        return QStringLiteral("menu");
    case Kind::DelConditional:
        return menuId;
    case Kind::AddConditional:
        return QStringLiteral("conditionalmenu[%1]").arg(wantedIndex);
    }
    return {};
}

QString PublishStep::quota() const
{
    return kind == Kind::DelConditional || kind == Kind::AddConditional ? endpoint() : QString();
}
