#include "removebutton.h"

#include "../menudocument.h"

#include <QCoreApplication>

RemoveButton::RemoveButton(MenuDocument *document, const ButtonPath &path, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_path(path)
{
    setText(QCoreApplication::translate("Undo", "Delete \"%1\"").arg(document->button(path).name));
}

void RemoveButton::redo()
{
    m_button = m_document->takeButtonNow(m_path);
}

void RemoveButton::undo()
{
    m_document->insertButtonNow(m_path, m_button);
}
