#pragma once

#include "../button.h"
#include "../buttonpath.h"

#include <QJsonValue>
#include <QUndoCommand>

#include <memory>

class MenuDocument;
class RemoveAction;

/**
 * Inserts a button (with its sub-buttons) at a path. The first button of a document without a
 * default menu creates that menu; undo removes it again. The first sub-button of a button
 * takes that button's own action away (a button that opens a sub-menu has none); undo puts it
 * back.
 */
class AddButton : public QUndoCommand
{
public:
    AddButton(MenuDocument *document, const ButtonPath &at, const Button &button,
              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    ~AddButton() override;

private:
    MenuDocument *m_document;
    ButtonPath m_at;
    Button m_button;
    bool m_createsDefaultMenu = false;
    /// A non-array "sub_button" the parent had, as read; undefined when none.
    QJsonValue m_parentSubButtonExtra = QJsonValue(QJsonValue::Undefined);
    /// The parent's action taken away by this insertion; null when none was.
    std::unique_ptr<RemoveAction> m_removeParentAction;
};
