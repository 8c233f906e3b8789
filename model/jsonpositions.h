#pragma once

#include "shape.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

/**
 * Where each value of a JSON text starts, by the path the validator gives it.
 *
 * QJsonDocument keeps no positions, so this scans the bytes beside the parse. Paths are
 * normalized to the document as issue paths are: a create body's buttons are
 * `menu.button[..]`, an addconditional body is `conditionalmenu[0]`, a
 * get_current_selfmenu_info answer's `selfmenu_info` is `menu`, and `sub_button.list[i]` is
 * `sub_button[i]`. Only the values asked for and the values enclosing them are kept, so the
 * work stays in proportion to the bytes however large the text is. The scan never recurses;
 * it stops quietly at bytes that are not JSON and at a depth no readable document has.
 */
class JsonPositions
{
public:
    /// 1-based line and column (in characters) of the first character of a value.
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    /// Scans `json`, read as a file of `shape`, for where the values at `paths` and the values
    /// enclosing them start.
    static JsonPositions scan(const QByteArray &json, Shape shape, const QStringList &paths);

    /// Whether the value at `path` was seen (and asked for).
    bool contains(const QString &path) const { return m_positions.contains(path); }
    /// Where the value at `path` starts; when it is not in the text (a missing field), where
    /// its nearest enclosing value starts; line 1, column 1 when none is.
    Position locate(const QString &path) const;
    /// How many values were kept.
    qsizetype size() const { return m_positions.size(); }

    /// `path` without its last member or index: "a.b[1]" for "a.b[1].c", "a.b" for "a.b[1]".
    static QString parentPath(const QString &path);

private:
    QHash<QString, Position> m_positions;
};
