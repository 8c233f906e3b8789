#pragma once

#include "changevalue.h"

#include <QString>

/// Sets the name of conditional menu `index`: each rename is one undo step of its own.
class RenameMenu : public ChangeValue<int, QString>
{
public:
    RenameMenu(MenuDocument *document, int index, const QString &name,
               QUndoCommand *parent = nullptr);

protected:
    void setValue(const int &index, const QString &name) override;
    bool canMergeWith(const ChangeValue &next) const override;
};
