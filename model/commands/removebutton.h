#pragma once

#include "../button.h"
#include "../buttonpath.h"

#include <QUndoCommand>

class MenuDocument;

/// Removes a button (with its sub-buttons); undo puts it back where it was.
class RemoveButton : public QUndoCommand
{
public:
    RemoveButton(MenuDocument *document, const ButtonPath &path, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MenuDocument *m_document;
    ButtonPath m_path;
    Button m_button;
};
