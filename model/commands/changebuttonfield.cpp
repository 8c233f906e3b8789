#include "changebuttonfield.h"

#include "../buttontypenames.h"
#include "../menudocument.h"

#include <QCoreApplication>

ChangeButtonField::ChangeButtonField(MenuDocument *document, const ButtonPath &path,
                                     ButtonField field, const QString &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_path(path)
    , m_field(field)
    , m_oldValue(document->button(path).field(field))
    , m_newValue(value)
    , m_oldExtra(document->button(path).extras.value(buttonFieldKey(field)))
{
    setText(
        QCoreApplication::translate("Undo", "Change %1").arg(ButtonTypeNames::fieldName(field)));
}

void ChangeButtonField::redo()
{
    if (!m_oldExtra.isUndefined())
        m_document->setButtonExtraNow(m_path, buttonFieldKey(m_field), QJsonValue::Undefined);
    m_document->setButtonFieldNow(m_path, m_field, m_newValue);
}

void ChangeButtonField::undo()
{
    m_document->setButtonFieldNow(m_path, m_field, m_oldValue);
    if (!m_oldExtra.isUndefined())
        m_document->setButtonExtraNow(m_path, buttonFieldKey(m_field), m_oldExtra);
}

bool ChangeButtonField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeButtonField *>(other);
    if (next->m_document != m_document || next->m_path != m_path || next->m_field != m_field)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue && m_oldExtra.isUndefined());
    return true;
}
