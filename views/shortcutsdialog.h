#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

/**
 * Help > Keyboard Shortcuts: every action that has a shortcut, with its shortcut, read from
 * the actions themselves so the list always says what the keys really do.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Lists those of `actions` that have a shortcut, in their order, each once.
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    /// The action's name as a person reads it: "Save As" for "Save &As…", "新建" for "新建(&N)".
    static QString actionName(const QAction *action);

private:
    QTableWidget *m_table;
};
