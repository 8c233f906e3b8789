#include "removeaction.h"

#include "../menudocument.h"

#include <QCoreApplication>

namespace {

bool isActionField(ButtonField field)
{
    return field != ButtonField::Name;
}

} // namespace

RemoveAction::RemoveAction(MenuDocument *document, const ButtonPath &path, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_path(path)
{
    setText(QCoreApplication::translate("Undo", "Remove Unused Action"));
}

void RemoveAction::redo()
{
    const Button before = m_document->button(m_path);
    m_fields.clear();
    m_extras = {};
    for (const ButtonField field : kAllButtonFields) {
        if (!isActionField(field))
            continue;
        m_fields.append(before.field(field));
        const QString key = buttonFieldKey(field);
        if (before.extras.contains(key))
            m_extras.insert(key, before.extras.value(key));
    }
    for (const ButtonField field : kAllButtonFields) {
        if (isActionField(field) && !before.field(field).isEmpty())
            m_document->setButtonFieldNow(m_path, field, QString());
    }
    for (auto it = m_extras.constBegin(); it != m_extras.constEnd(); ++it)
        m_document->setButtonExtraNow(m_path, it.key(), QJsonValue::Undefined);
}

void RemoveAction::undo()
{
    for (auto it = m_extras.constBegin(); it != m_extras.constEnd(); ++it)
        m_document->setButtonExtraNow(m_path, it.key(), it.value());
    int i = 0;
    for (const ButtonField field : kAllButtonFields) {
        if (!isActionField(field))
            continue;
        const QString value = m_fields.value(i++);
        if (!value.isEmpty())
            m_document->setButtonFieldNow(m_path, field, value);
    }
}
