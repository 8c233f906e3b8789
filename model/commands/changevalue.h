#pragma once

#include "mergeid.h"

#include <QUndoCommand>

class MenuDocument;

/**
 * Sets one value of a document, such as a field of a button or the match rule of a menu, as
 * one undo step. Consecutive changes of the same value (the same `Target`, and the same kind of
 * change: the same MergeId) merge into one step; a merge back to the value it had drops the
 * step. A subclass names the value it changes and writes it through the document's change API.
 */
template<typename Target, typename Value>
class ChangeValue : public QUndoCommand
{
public:
    void redo() override { setValue(m_target, m_newValue); }
    void undo() override { setValue(m_target, m_oldValue); }
    int id() const override { return int(m_mergeId); }

    bool mergeWith(const QUndoCommand *other) override
    {
        // QUndoStack merges only commands of the same id, hence of the same subclass.
        const auto *next = static_cast<const ChangeValue *>(other);
        if (next->m_document != m_document || !(next->m_target == m_target) ||
            !canMergeWith(*next)) {
            return false;
        }
        m_newValue = next->m_newValue;
        setObsolete(changesNothing());
        return true;
    }

protected:
    ChangeValue(MenuDocument *document, MergeId mergeId, const Target &target,
                const Value &oldValue, const Value &newValue, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_document(document)
        , m_mergeId(mergeId)
        , m_target(target)
        , m_oldValue(oldValue)
        , m_newValue(newValue)
    {}

    /// Writes `value` at `target` through the document's change API.
    virtual void setValue(const Target &target, const Value &value) = 0;
    /// Whether `next`, of the same target, changes the same value (e.g. the same field).
    virtual bool canMergeWith(const ChangeValue &next) const
    {
        Q_UNUSED(next);
        return true;
    }
    /// Whether the step, once merged, leaves the document as it was.
    virtual bool changesNothing() const { return m_newValue == m_oldValue; }

    MenuDocument *document() const { return m_document; }
    const Target &target() const { return m_target; }
    const Value &oldValue() const { return m_oldValue; }
    const Value &newValue() const { return m_newValue; }

private:
    MenuDocument *m_document;
    MergeId m_mergeId;
    Target m_target;
    Value m_oldValue;
    Value m_newValue;
};
