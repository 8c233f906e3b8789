#pragma once

#include "../button.h"
#include "../buttonpath.h"

#include "mergeid.h"
#include <QJsonValue>

#include <QUndoCommand>

class MenuDocument;

/// Sets one field of a button; consecutive edits of the same field merge into one step. A value
/// of the wrong JSON type kept as read for that field is replaced too (and restored by undo).
class ChangeButtonField : public QUndoCommand
{
public:
    ChangeButtonField(MenuDocument *document, const ButtonPath &path, ButtonField field,
                      const QString &value, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return int(MergeId::ChangeButtonField); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    MenuDocument *m_document;
    ButtonPath m_path;
    ButtonField m_field;
    QString m_oldValue;
    QString m_newValue;
    QJsonValue m_oldExtra; ///< the field as read when its JSON type was wrong
};
