#pragma once

#include "../documentdata.h"
#include "../shape.h"

#include <QUndoCommand>

class MenuDocument;

/// Replaces the whole content of a document, as an import does, in one undo step.
class ReplaceDocument : public QUndoCommand
{
public:
    ReplaceDocument(MenuDocument *document, const DocumentData &data, Shape shape,
                    const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MenuDocument *m_document;
    DocumentData m_oldData;
    DocumentData m_newData;
    Shape m_oldShape;
    Shape m_newShape;
};
