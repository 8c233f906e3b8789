#include "issuefix.h"

QString IssueFix::text() const
{
    switch (kind) {
    case Kind::RenameKey:
        return tr("Rename \"%1\" to \"%2\"").arg(key, newKey);
    case Kind::RemoveKey:
        return tr("Remove \"%1\"").arg(key);
    case Kind::RemoveAction:
        return tr("Remove the unused action");
    case Kind::None:
        break;
    }
    return {};
}
