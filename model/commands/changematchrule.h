#pragma once

#include "../matchrule.h"

#include "mergeid.h"

#include <QUndoCommand>

class MenuDocument;

/// Sets the match rule of a conditional menu; consecutive edits of one rule merge.
class ChangeMatchRule : public QUndoCommand
{
public:
    ChangeMatchRule(MenuDocument *document, int index, const MatchRule &rule,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    MenuDocument *m_document;
    int m_index;
    MatchRule m_old;
    MatchRule m_new;
};
