#include "addbutton.h"

#include "../menudocument.h"
#include "removeaction.h"

#include <QCoreApplication>

AddButton::AddButton(MenuDocument *document, const ButtonPath &at, const Button &button,
                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_at(at)
    , m_button(button)
{
    setText(at.isTopLevel() ? QCoreApplication::translate("Undo", "Add Button")
                            : QCoreApplication::translate("Undo", "Add Sub-button"));
}

AddButton::~AddButton() = default;

void AddButton::redo()
{
    m_createsDefaultMenu = m_at.menu < 0 && !m_document->data().hasDefaultMenu;
    if (m_createsDefaultMenu)
        m_document->setHasDefaultMenuNow(true);
    m_parentSubButtonExtra = QJsonValue(QJsonValue::Undefined);
    if (!m_at.isTopLevel()) {
        const ButtonPath parent{m_at.menu, -1, m_at.parent};
        m_parentSubButtonExtra =
            m_document->button(parent).extras.value(QStringLiteral("sub_button"));
        if (!m_parentSubButtonExtra.isUndefined())
            m_document->setButtonExtraNow(parent, QStringLiteral("sub_button"),
                                          QJsonValue::Undefined);
    }
    m_removeParentAction.reset();
    if (!m_at.isTopLevel()) {
        const ButtonPath parent{m_at.menu, -1, m_at.parent};
        const Button &before = m_document->button(parent);
        if (!before.hasSubButtons() && before.hasAction()) {
            m_removeParentAction = std::make_unique<RemoveAction>(m_document, parent);
            m_removeParentAction->redo();
        }
    }
    m_document->insertButtonNow(m_at, m_button);
}

void AddButton::undo()
{
    m_document->takeButtonNow(m_at);
    if (m_removeParentAction)
        m_removeParentAction->undo();
    if (!m_parentSubButtonExtra.isUndefined()) {
        m_document->setButtonExtraNow({m_at.menu, -1, m_at.parent}, QStringLiteral("sub_button"),
                                      m_parentSubButtonExtra);
    }
    if (m_createsDefaultMenu)
        m_document->setHasDefaultMenuNow(false);
}
