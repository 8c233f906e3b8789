#include "changebuttonfield.h"

#include "../buttontypenames.h"
#include "../menudocument.h"

#include <QCoreApplication>

ChangeButtonField::ChangeButtonField(MenuDocument *document, const ButtonPath &path,
                                     ButtonField field, const QString &value, QUndoCommand *parent)
    : ChangeValue(document, MergeId::ChangeButtonField, path, document->button(path).field(field),
                  value, parent)
    , m_field(field)
    , m_session(document->editSession())
    , m_oldExtra(document->button(path).extras.value(buttonFieldKey(field)))
{
    setText(
        QCoreApplication::translate("Undo", "Change %1").arg(ButtonTypeNames::fieldName(field)));
}

void ChangeButtonField::redo()
{
    if (!m_oldExtra.isUndefined())
        document()->setButtonExtraNow(target(), buttonFieldKey(m_field), QJsonValue::Undefined);
    ChangeValue::redo();
}

void ChangeButtonField::undo()
{
    ChangeValue::undo();
    if (!m_oldExtra.isUndefined())
        document()->setButtonExtraNow(target(), buttonFieldKey(m_field), m_oldExtra);
}

void ChangeButtonField::setValue(const ButtonPath &path, const QString &value)
{
    document()->setButtonFieldNow(path, m_field, value);
}

bool ChangeButtonField::canMergeWith(const ChangeValue &next) const
{
    const auto &change = static_cast<const ChangeButtonField &>(next);
    return change.m_field == m_field && change.m_session == m_session;
}

bool ChangeButtonField::changesNothing() const
{
    return ChangeValue::changesNothing() && m_oldExtra.isUndefined();
}
