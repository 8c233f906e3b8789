#pragma once

#include "../menu.h"

#include <QUndoCommand>

class MenuDocument;

/// Inserts a conditional menu at an index (priority order: 0 is the newest, tried first).
class AddMenu : public QUndoCommand
{
public:
    AddMenu(MenuDocument *document, int index, const Menu &menu, const QString &text,
            QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MenuDocument *m_document;
    int m_index;
    Menu m_menu;
};
