#pragma once

#include "../button.h"
#include "../buttonpath.h"
#include "../issuefix.h"

#include <QJsonValue>
#include <QUndoCommand>

class MenuDocument;

/**
 * Applies an issue's one-click fix to a key kept as read: renames a misspelled button key to
 * the one WeChat expects ("appId" to "appid", "subButtons" to "sub_button") or removes a key
 * that does not belong (a "matchrule" in the default menu). Undo puts the key back as it was.
 */
class FixKey : public QUndoCommand
{
public:
    /// On the button at `path`, or with `onButton` false on the menu `path.menu` itself.
    FixKey(MenuDocument *document, const ButtonPath &path, bool onButton, const IssueFix &fix,
           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool renamesToField() const;
    bool renamesToSubButtons() const;

    MenuDocument *m_document;
    ButtonPath m_path;
    bool m_onButton;
    IssueFix m_fix;
    QJsonValue m_value; ///< the key's value as read
    ButtonField m_field = ButtonField::Name;
    QString m_oldFieldValue;    ///< the field renamed into, before
    QList<Button> m_subButtons; ///< the sub-buttons read from a renamed "subButtons" array
    bool m_subButtonsRead = false;
};
