#include "removemenu.h"

#include "../menudocument.h"

#include <QCoreApplication>

RemoveMenu::RemoveMenu(MenuDocument *document, int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
{
    setText(QCoreApplication::translate("Undo", "Delete Conditional Menu"));
}

void RemoveMenu::redo()
{
    m_menu = m_document->takeMenuNow(m_index);
}

void RemoveMenu::undo()
{
    m_document->insertMenuNow(m_index, m_menu);
}
