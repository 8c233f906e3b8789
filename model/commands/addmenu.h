#pragma once

#include "../menu.h"

#include <QUndoCommand>

class MenuDocument;

/// Inserts a conditional menu at an index (index = publish order; the last is the newest).
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
