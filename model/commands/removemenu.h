#pragma once

#include "../menu.h"

#include <QUndoCommand>

class MenuDocument;

/// Removes a conditional menu; undo puts it back at its place.
class RemoveMenu : public QUndoCommand
{
public:
    RemoveMenu(MenuDocument *document, int index, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MenuDocument *m_document;
    int m_index;
    Menu m_menu;
};
