#include "replacedocument.h"

#include "../menudocument.h"

ReplaceDocument::ReplaceDocument(MenuDocument *document, const DocumentData &data, Shape shape,
                                 const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_oldData(document->data())
    , m_newData(data)
    , m_oldShape(document->shape())
    , m_newShape(shape)
{}

void ReplaceDocument::redo()
{
    m_document->setDataNow(m_newData, m_newShape);
}

void ReplaceDocument::undo()
{
    m_document->setDataNow(m_oldData, m_oldShape);
}
