#include "renamemenu.h"

#include "../menudocument.h"

#include <QCoreApplication>

RenameMenu::RenameMenu(MenuDocument *document, int index, const QString &name, QUndoCommand *parent)
    : ChangeValue(document, MergeId::RenameMenu, index,
                  document->data().conditionalMenus.at(index).name, name, parent)
{
    setText(QCoreApplication::translate("Undo", "Rename Conditional Menu"));
}

void RenameMenu::setValue(const int &index, const QString &name)
{
    document()->setMenuNameNow(index, name);
}

bool RenameMenu::canMergeWith(const ChangeValue &next) const
{
    Q_UNUSED(next);
    return false;
}
