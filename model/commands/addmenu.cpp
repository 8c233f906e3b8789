#include "addmenu.h"

#include "../menudocument.h"

AddMenu::AddMenu(MenuDocument *document, int index, const Menu &menu, const QString &text,
                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_index(index)
    , m_menu(menu)
{}

void AddMenu::redo()
{
    m_document->insertMenuNow(m_index, m_menu);
}

void AddMenu::undo()
{
    m_document->takeMenuNow(m_index);
}
