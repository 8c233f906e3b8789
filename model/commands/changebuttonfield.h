#pragma once

#include "../button.h"
#include "../buttonpath.h"

#include "changevalue.h"

#include <QJsonValue>

/// Sets one field of a button; consecutive edits of the same field in one edit session (see
/// MenuDocument::endEditSession()) merge into one step. A value
/// of the wrong JSON type kept as read for that field is replaced too (and restored by undo).
class ChangeButtonField : public ChangeValue<ButtonPath, QString>
{
public:
    ChangeButtonField(MenuDocument *document, const ButtonPath &path, ButtonField field,
                      const QString &value, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

protected:
    void setValue(const ButtonPath &path, const QString &value) override;
    bool canMergeWith(const ChangeValue &next) const override;
    bool changesNothing() const override;

private:
    ButtonField m_field;
    int m_session;         ///< the document's edit session when the command was made
    QJsonValue m_oldExtra; ///< the field as read when its JSON type was wrong
};
