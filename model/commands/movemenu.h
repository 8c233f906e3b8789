#pragma once

#include <QUndoCommand>

class MenuDocument;

/// Moves a conditional menu in the priority order.
class MoveMenu : public QUndoCommand
{
public:
    MoveMenu(MenuDocument *document, int from, int to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MenuDocument *m_document;
    int m_from;
    int m_to;
};
