#pragma once

#include "../button.h"
#include "../buttonpath.h"

#include <QJsonObject>
#include <QStringList>
#include <QUndoCommand>

class MenuDocument;

/**
 * Takes away the own action of a button that opens a sub-menu: its type and the fields of
 * that type (key, url, appid, pagepath, media_id, article_id), also where they were kept as
 * read with a JSON type WeChat does not take. Undo puts them back as they were.
 *
 * What is taken is read when the command runs, so the command can also run as a part of
 * another one (the first sub-button added to a button).
 */
class RemoveAction : public QUndoCommand
{
public:
    RemoveAction(MenuDocument *document, const ButtonPath &path, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    MenuDocument *m_document;
    ButtonPath m_path;
    QStringList m_fields; ///< the values of the action fields, in kAllButtonFields order
    QJsonObject m_extras; ///< the action keys kept as read
};
