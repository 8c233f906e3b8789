#include "fixkey.h"

#include "../menudocument.h"
#include "../menujsonreader.h"

FixKey::FixKey(MenuDocument *document, const ButtonPath &path, bool onButton, const IssueFix &fix,
               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_path(path)
    , m_onButton(onButton)
    , m_fix(fix)
{
    setText(fix.text());
    if (!onButton) {
        m_value = document->data().menu(path.menu).extras.value(fix.key);
        return;
    }
    const Button &button = document->button(path);
    m_value = button.extras.value(fix.key);
    if (fix.kind != IssueFix::Kind::RenameKey)
        return;
    for (const ButtonField field : kAllButtonFields) {
        if (buttonFieldKey(field) == fix.newKey)
            m_field = field;
    }
    m_oldFieldValue = button.field(m_field);
    if (renamesToSubButtons() && path.isTopLevel() && !button.hasSubButtons())
        m_subButtonsRead = MenuJsonReader::readButtonArray(m_value, &m_subButtons, nullptr);
}

bool FixKey::renamesToField() const
{
    return m_onButton && m_fix.kind == IssueFix::Kind::RenameKey &&
           buttonFieldKey(m_field) == m_fix.newKey;
}

bool FixKey::renamesToSubButtons() const
{
    return m_onButton && m_fix.kind == IssueFix::Kind::RenameKey &&
           m_fix.newKey == QLatin1String("sub_button");
}

void FixKey::redo()
{
    if (!m_onButton) {
        m_document->setMenuExtraNow(m_path.menu, m_fix.key, QJsonValue::Undefined);
        return;
    }
    m_document->setButtonExtraNow(m_path, m_fix.key, QJsonValue::Undefined);
    if (renamesToSubButtons() && m_subButtonsRead) {
        for (int i = 0; i < m_subButtons.size(); ++i)
            m_document->insertButtonNow({m_path.menu, m_path.row, i}, m_subButtons.at(i));
    } else if (renamesToField() && m_value.isString()) {
        m_document->setButtonFieldNow(m_path, m_field, m_value.toString());
    } else if (m_fix.kind == IssueFix::Kind::RenameKey) {
        m_document->setButtonExtraNow(m_path, m_fix.newKey, m_value); // the validator says why
    }
}

void FixKey::undo()
{
    if (!m_onButton) {
        m_document->setMenuExtraNow(m_path.menu, m_fix.key, m_value);
        return;
    }
    if (renamesToSubButtons() && m_subButtonsRead) {
        for (int i = int(m_subButtons.size()) - 1; i >= 0; --i)
            m_document->takeButtonNow({m_path.menu, m_path.row, i});
    } else if (renamesToField() && m_value.isString()) {
        m_document->setButtonFieldNow(m_path, m_field, m_oldFieldValue);
    } else if (m_fix.kind == IssueFix::Kind::RenameKey) {
        m_document->setButtonExtraNow(m_path, m_fix.newKey, QJsonValue::Undefined);
    }
    m_document->setButtonExtraNow(m_path, m_fix.key, m_value);
}
