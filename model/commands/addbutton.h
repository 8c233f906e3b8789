#pragma once

#include "../button.h"
#include "../buttonpath.h"

#include <QUndoCommand>

class MenuDocument;

/// Inserts a button (with its sub-buttons) at a path.
class AddButton : public QUndoCommand
{
public:
    AddButton(MenuDocument *document, const ButtonPath &at, const Button &button,
              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MenuDocument *m_document;
    ButtonPath m_at;
    Button m_button;
};
