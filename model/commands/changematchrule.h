#pragma once

#include "../matchrule.h"

#include "changevalue.h"

/// Sets the match rule of conditional menu `index`; consecutive edits of one rule merge.
class ChangeMatchRule : public ChangeValue<int, MatchRule>
{
public:
    ChangeMatchRule(MenuDocument *document, int index, const MatchRule &rule,
                    QUndoCommand *parent = nullptr);

protected:
    void setValue(const int &index, const MatchRule &rule) override;
};
