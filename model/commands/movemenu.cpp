#include "movemenu.h"

#include "../menudocument.h"

#include <QCoreApplication>

MoveMenu::MoveMenu(MenuDocument *document, int from, int to, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("Undo", "Change Menu Priority"));
}

void MoveMenu::redo()
{
    m_document->moveMenuNow(m_from, m_to);
}

void MoveMenu::undo()
{
    m_document->moveMenuNow(m_to, m_from);
}
