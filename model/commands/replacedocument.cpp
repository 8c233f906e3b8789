#include "replacedocument.h"

#include "../menudocument.h"

ReplaceDocument::ReplaceDocument(MenuDocument *document, const DocumentData &data,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_oldData(document->data())
    , m_newData(data)
{}

void ReplaceDocument::redo()
{
    m_document->setDataNow(m_newData);
}

void ReplaceDocument::undo()
{
    m_document->setDataNow(m_oldData);
}
