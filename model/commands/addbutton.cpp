#include "addbutton.h"

#include "../menudocument.h"

#include <QCoreApplication>

AddButton::AddButton(MenuDocument *document, const ButtonPath &at, const Button &button,
                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_at(at)
    , m_button(button)
{
    setText(at.isTopLevel() ? QCoreApplication::translate("Undo", "Add Button")
                            : QCoreApplication::translate("Undo", "Add Sub-button"));
}

void AddButton::redo()
{
    m_document->insertButtonNow(m_at, m_button);
}

void AddButton::undo()
{
    m_document->takeButtonNow(m_at);
}
