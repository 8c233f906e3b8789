#pragma once

#include "../button.h"
#include "../buttonpath.h"

#include <QJsonValue>
#include <QUndoCommand>

class MenuDocument;

/**
 * Inserts a button (with its sub-buttons) at a path. The first button of a document without a
 * default menu creates that menu; undo removes it again.
 */
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
    bool m_createsDefaultMenu = false;
    /// A non-array "sub_button" the parent had, as read; undefined when none.
    QJsonValue m_parentSubButtonExtra = QJsonValue(QJsonValue::Undefined);
};
