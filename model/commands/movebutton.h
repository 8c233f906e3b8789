#pragma once

#include "../buttonpath.h"

#include <QUndoCommand>

class MenuDocument;

/**
 * Moves a button within its parent or to another parent. `to` counts rows as they are once
 * the button has been taken out, so the undo is the same move with the ends swapped.
 */
class MoveButton : public QUndoCommand
{
public:
    MoveButton(MenuDocument *document, const ButtonPath &from, const ButtonPath &to,
               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MenuDocument *m_document;
    ButtonPath m_from;
    ButtonPath m_to;
};
