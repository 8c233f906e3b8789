#pragma once

#include "buttonpath.h"
#include "documentdata.h"
#include "issue.h"
#include "menulimits.h"
#include "shape.h"
#include "validationcache.h"

#include <QHash>
#include <QObject>

class QUndoStack;

/**
 * An open menu document: its data, its undo stack and its file.
 *
 * Every edit goes one way: the edit functions below push an undo command (see commands/), and
 * only the commands may call the private change API, which emits the signals models listen
 * to. Code outside the commands that calls it does not compile. "Modified" is
 * `!undoStack()->isClean()`.
 */
class MenuDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxTopLevel = MenuLimits::kMaxTopLevelButtons;
    static constexpr int kMaxSubButtons = MenuLimits::kMaxSubButtons;

    /// An empty document: a default menu without buttons.
    explicit MenuDocument(QObject *parent = nullptr);
    /// A document opened with `data`, read as `shape`: no undo step, not modified.
    explicit MenuDocument(const DocumentData &data, Shape shape = Shape::Document,
                          QObject *parent = nullptr);
    ~MenuDocument() override;

    const DocumentData &data() const { return m_data; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    /// What the document was read as; the validator checks it as that request.
    Shape shape() const { return m_shape; }
    /// The document was written to `fileName` in WeMenu's own format: it now belongs to that
    /// file, is checked as a whole document and is no longer modified.
    void markSaved(const QString &fileName);

    /// The validator's findings for the current data, computed once per change; only the
    /// menus that changed are checked again (see ValidationCache). While the document awaits
    /// its first button (Validator::awaitsFirstButton()), the editor's list leaves out that
    /// the menu needs one: the phone shows where to add it.
    const IssueList &issues() const;
    /**
     * Problems found by asking the document's links, by URL: an issue (rule, message) without
     * its path. The validator never asks links; the editor's link checks give their findings
     * here, and issues() lists one warning for each view or miniprogram button whose url has
     * one, at that url's path. Emits issuesChanged(); not an edit (no undo step).
     */
    void setLinkIssues(const QHash<QString, Issue> &byUrl);
    const QHash<QString, Issue> &linkIssues() const { return m_linkIssues; }
    /**
     * Problems of the document's `${variables}` for the accounts it goes to (a variable an
     * account has no value for), each at the path of a field that uses it. A channel of its
     * own beside the link problems: issues() lists them after those. Emits issuesChanged();
     * not an edit (no undo step).
     */
    void setVariableIssues(const IssueList &issues);
    const IssueList &variableIssues() const { return m_variableIssues; }

    bool isValidPath(const ButtonPath &path) const;
    /// True when a button can be inserted at `at` (an existing parent, a row up to the end).
    bool canInsertAt(const ButtonPath &at) const;
    /**
     * Why `button` may not go under `parent` (-1: the top level) of `menu`, or an empty string
     * when it may: a 4th top-level button, a 6th sub-button or a third level. `moving` is the
     * button's current place when it is moved rather than added; `adding` is how many buttons
     * go there together (a paste of several).
     */
    QString refusalToPlace(int menu, int parent, const Button &button,
                           const ButtonPath *moving = nullptr, int adding = 1) const;
    const Button &button(const ButtonPath &path) const;
    /// Number of top-level buttons (parent -1) or sub-buttons of `parent` in `menu`.
    int buttonCount(int menu, int parent) const;

    // Edits that push one undo command each. They return false, and push nothing, for a path
    // that does not exist (or, for addButton, a row beyond the end) and for a change that
    // changes nothing. Limits are the caller's to check: imported documents may break them.
    bool addButton(const ButtonPath &at, const Button &button);
    /// Inserts `buttons` in order from `at` on, as one undo step ("Paste Buttons" for several).
    bool pasteButtons(const ButtonPath &at, const QList<Button> &buttons);
    bool removeButton(const ButtonPath &path);
    bool moveButton(const ButtonPath &from, const ButtonPath &to);
    bool setButtonField(const ButtonPath &path, ButtonField field, const QString &value);
    /// Ends the current typing session: the next setButtonField() is a step of its own instead
    /// of merging into the last one (a field lost the focus, another button was chosen). An
    /// undo or redo ends the session too.
    void endEditSession();
    /// Changes when an edit session ends; field changes of one session merge into one step.
    int editSession() const { return m_editSession; }
    void replaceData(const DocumentData &data, const QString &actionText);
    /// Inserts a conditional menu at `index` (priority order: 0 is the newest, tried first).
    bool addMenu(int index, const Menu &menu, const QString &actionText);
    bool removeMenu(int index);
    /// Moves conditional menu `from` to `to` (both in priority order).
    bool moveMenu(int from, int to);
    bool setMatchRule(int index, const MatchRule &rule);
    /// Names conditional menu `index` (empty: no name), as one undo step.
    bool setMenuName(int index, const QString &name);
    /// Replaces the data and what it is checked as (an import of another shape).
    void replaceData(const DocumentData &data, Shape shape, const QString &actionText);
    /// Applies `issue`'s one-click fix (rename or remove a key kept as read, remove a parent's
    /// unused action) as one undo step; false, and nothing pushed, when it has none or what it
    /// would remove is no longer there.
    bool applyFix(const Issue &issue);

signals:
    void buttonAboutToBeInserted(int menu, int parent, int row);
    void buttonInserted(int menu, int parent, int row);
    void buttonAboutToBeRemoved(int menu, int parent, int row);
    void buttonRemoved(int menu, int parent, int row);
    /// Rows as QAbstractItemModel::beginMoveRows counts them (before the move).
    void buttonAboutToBeMoved(int menu, int fromParent, int fromRow, int toParent, int toRow);
    void buttonMoved(int menu, int fromParent, int fromRow, int toParent, int toRow);
    void buttonChanged(const ButtonPath &path, ButtonField field);
    /// A conditional menu was inserted (from -1), removed (to -1) or moved: indexes changed.
    void menusAboutToChange();
    void menusChanged(int from, int to);
    void matchRuleChanged(int index);
    void menuNameChanged(int index);
    void aboutToReset();
    void reset();
    /// After every change of the data, once the change signals above have been emitted.
    void changed();
    /// After changed(), and when the link problems change: issues() may differ.
    void issuesChanged();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    // The change API, for the undo commands only: each call changes the data at once and emits
    // the signals that say what changed.
    friend class AddButton;
    friend class AddMenu;
    friend class ChangeButtonField;
    friend class ChangeMatchRule;
    friend class FixKey;
    friend class MoveButton;
    friend class MoveMenu;
    friend class RemoveAction;
    friend class RemoveButton;
    friend class RemoveMenu;
    friend class RenameMenu;
    friend class ReplaceDocument;

    void insertButtonNow(const ButtonPath &at, const Button &button);
    Button takeButtonNow(const ButtonPath &path);
    /// Moves the button at `from` so that it ends at `to`; `to` counts rows as they are once
    /// the button has been taken out of its old place.
    void moveButtonNow(const ButtonPath &from, const ButtonPath &to);
    void setButtonFieldNow(const ButtonPath &path, ButtonField field, const QString &value);
    /// Sets a field kept as read (`value` undefined removes it); see Button::extras.
    void setButtonExtraNow(const ButtonPath &path, const QString &key, const QJsonValue &value);
    /// Sets a key kept as read on menu `index` itself (`value` undefined removes it).
    void setMenuExtraNow(int index, const QString &key, const QJsonValue &value);
    /// Whether the document has a default menu (a lone addconditional body has none).
    void setHasDefaultMenuNow(bool has);
    /// Replaces the data and what it is checked as (`shape`).
    void setDataNow(const DocumentData &data, Shape shape);
    void insertMenuNow(int index, const Menu &menu);
    Menu takeMenuNow(int index);
    void moveMenuNow(int from, int to);
    void setMatchRuleNow(int index, const MatchRule &rule);
    void setMenuNameNow(int index, const QString &name);

    QList<Button> &siblings(int menu, int parent);
    void afterChange();

    DocumentData m_data;
    QUndoStack *m_undoStack;
    int m_editSession = 0;
    int m_editSessionIndex = -1; ///< the undo index after the session's last field change
    QString m_fileName;
    Shape m_shape = Shape::Document;
    mutable ValidationCache m_validation;
    mutable IssueList m_issues;
    mutable bool m_issuesValid = false;
    QHash<QString, Issue> m_linkIssues;
    IssueList m_variableIssues;
};
