#include "movebutton.h"

#include "../menudocument.h"

#include <QCoreApplication>

MoveButton::MoveButton(MenuDocument *document, const ButtonPath &from, const ButtonPath &to,
                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("Undo", "Move \"%1\"").arg(document->button(from).name));
}

void MoveButton::redo()
{
    m_document->moveButtonNow(m_from, m_to);
}

void MoveButton::undo()
{
    m_document->moveButtonNow(m_to, m_from);
}
