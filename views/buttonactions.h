#pragma once

#include <button.h>
#include <buttonpath.h>

#include <QObject>
#include <QPointer>

#include <menutreemodel.h>
class QAction;
class QItemSelectionModel;
class QMimeData;

/**
 * The edit actions on the selected button: add, add sub-button, delete, move up and down,
 * cut, copy, paste and duplicate. Each pushes one undo command on the document. Actions that
 * would break a limit are disabled, and their tooltip says why.
 */
class ButtonActions : public QObject
{
    Q_OBJECT

public:
    explicit ButtonActions(QObject *parent = nullptr);

    void setModel(MenuTreeModel *model, QItemSelectionModel *selection);

    QAction *addButton() const { return m_add; }
    QAction *addSubButton() const { return m_addSub; }
    QAction *remove() const { return m_remove; }
    QAction *moveUp() const { return m_moveUp; }
    QAction *moveDown() const { return m_moveDown; }
    QAction *cut() const { return m_cut; }
    QAction *copy() const { return m_copy; }
    QAction *paste() const { return m_paste; }
    QAction *duplicate() const { return m_duplicate; }
    QList<QAction *> all() const;

    /// "2/3": top-level buttons of the menu against the limit.
    QString topLevelCounter() const;
    /// "5/5": sub-buttons of the selected top-level button, empty when none is selected.
    QString subButtonCounter() const;

    /// Whether `key` is one Add gave a fresh button ("BUTTON_1"), not one typed by the user.
    static bool isFreshKey(const QString &key);

    /// Pastes buttons from `mime` (our format, or button JSON as text) after the selection.
    bool pasteMime(const QMimeData *mime);

signals:
    /// Something the user asked for could not be done; the text says why.
    void refused(const QString &reason);
    /// Counters or enabled states changed.
    void stateChanged();
    /// Add Button or Add Sub-button made a new button and selected it: its name comes next.
    void buttonAdded();

private:
    ButtonPath currentPath() const;
    void select(const ButtonPath &path);
    void updateActions();
    bool insert(const ButtonPath &at, const Button &button);
    void doAdd(bool sub);
    /// "BUTTON_1", "BUTTON_2", ...: the first key no button of the document has yet.
    QString freshKey() const;
    void doRemove();
    void doMove(int delta);
    void doCopy();

    QPointer<MenuTreeModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QAction *m_add;
    QAction *m_addSub;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
};
