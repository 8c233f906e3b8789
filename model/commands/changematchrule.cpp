#include "changematchrule.h"

#include "../menudocument.h"

#include <QCoreApplication>

ChangeMatchRule::ChangeMatchRule(MenuDocument *document, int index, const MatchRule &rule,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
    , m_old(document->data().conditionalMenus.at(index).matchRule)
    , m_new(rule)
{
    setText(QCoreApplication::translate("Undo", "Change Match Rule"));
}

void ChangeMatchRule::redo()
{
    m_document->setMatchRuleNow(m_index, m_new);
}

void ChangeMatchRule::undo()
{
    m_document->setMatchRuleNow(m_index, m_old);
}

int ChangeMatchRule::id() const
{
    return int(MergeId::ChangeMatchRule);
}

bool ChangeMatchRule::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeMatchRule *>(other);
    if (next->m_document != m_document || next->m_index != m_index)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old);
    return true;
}
