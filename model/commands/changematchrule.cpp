#include "changematchrule.h"

#include "../menudocument.h"

#include <QCoreApplication>

ChangeMatchRule::ChangeMatchRule(MenuDocument *document, int index, const MatchRule &rule,
                                 QUndoCommand *parent)
    : ChangeValue(document, MergeId::ChangeMatchRule, index,
                  document->data().conditionalMenus.at(index).matchRule, rule, parent)
{
    setText(QCoreApplication::translate("Undo", "Change Match Rule"));
}

void ChangeMatchRule::setValue(const int &index, const MatchRule &rule)
{
    document()->setMatchRuleNow(index, rule);
}
