#pragma once

#include <button.h>
#include <issue.h>

#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <menutreemodel.h>
class LinkChecks;
class MessageLabel;
class QAction;
class QComboBox;
class QGridLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

/**
 * The form for the selected button: its name with a counter in characters toward the phone's
 * cut (the bytes in its tooltip), its type in WeChat's words, and only the fields that type
 * uses. Each field shows its own issues as you type, in room reserved for them, so no field
 * moves. Every edit goes through the model: typing in one field, until the focus leaves it,
 * is one undo step, and undo and redo keys in a field go to the document's history.
 */
class ButtonForm : public QWidget
{
    Q_OBJECT

public:
    explicit ButtonForm(QWidget *parent = nullptr);

    void setModel(MenuTreeModel *model);
    void setCurrentIndex(const QModelIndex &index);
    QModelIndex currentIndex() const { return m_index; }

    /// Puts the keyboard focus into the field with this JSON key ("name", "url", ...).
    void focusField(const QString &key);
    QLineEdit *edit(ButtonField field);
    QComboBox *typeCombo();
    /// The link checks whose state the link field shows (none: it shows nothing).
    void setLinkChecks(LinkChecks *checks);
    /// The small state inside the link field: an icon whose tooltip says checking, fine or
    /// the problem; its "state" property is "checking", "fine", "problem", "not-asked" or "".
    QAction *linkState();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The fields are made when the first button is shown; until then the form is a note.
    void buildFields();
    void refresh();
    void showIssues(const IssueList &issues);
    void setIssue(MessageLabel *label, const IssueList &issues);
    void showCounter(const QString &name, bool topLevel);
    void showLinkState();
    /// Undo or redo in the document for a key event that asks for it; false for other keys.
    bool undoKey(QKeyEvent *event, bool act);
    void endEditSession();
    void showContextMenu(QLineEdit *edit, const QPoint &at);
    /// Applies the one-click fix of the button's issue shown beside the fix button.
    void applyFix();
    void edited(ButtonField field, const QString &text);
    void typeChosen(int comboIndex);
    void addRow(const QString &label, QWidget *field, bool span = false);
    void setRowShown(QWidget *field, bool shown);

    QPointer<MenuTreeModel> m_model;
    QPersistentModelIndex m_index;
    QStackedWidget *m_stack;
    QGridLayout *m_form = nullptr;
    QHash<QWidget *, QLabel *> m_labels; ///< the label of each field
    MessageLabel *m_rowIssue = nullptr;
    QPushButton *m_fixButton = nullptr;
    Issue m_fix; ///< the issue whose fix the fix button applies
    MessageLabel *m_nameCounter = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_subMenuNote = nullptr;
    QHash<ButtonField, QLineEdit *> m_edits;
    QHash<QString, MessageLabel *> m_issueLabels;   ///< by JSON key, "" for the button itself
    QHash<QWidget *, MessageLabel *> m_fieldIssues; ///< the issue line under each field
    QPointer<LinkChecks> m_linkChecks;
    QAction *m_linkState = nullptr;
    bool m_refreshing = false;
};
