#pragma once

#include <button.h>
#include <issue.h>

#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <menutreemodel.h>
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

/**
 * The form for the selected button: its name with a live byte counter and the text the phone
 * shows, its type in plain language, and only the fields that type uses. Each field shows its
 * own issues as you type. Every edit goes through the model, so it is one undo step, and
 * typing in one field merges into one step.
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
    QLineEdit *edit(ButtonField field) const { return m_edits.value(field); }
    QComboBox *typeCombo() const { return m_type; }

private:
    void refresh();
    void showIssues(const IssueList &issues);
    void setIssue(QLabel *label, const IssueList &issues);
    /// Applies the one-click fix of the button's issue shown beside the fix button.
    void applyFix();
    void edited(ButtonField field, const QString &text);
    void typeChosen(int comboIndex);
    void addRow(const QString &label, QWidget *field, bool span = false);
    void setRowShown(QWidget *field, bool shown);

    QPointer<MenuTreeModel> m_model;
    QPersistentModelIndex m_index;
    QStackedWidget *m_stack;
    QGridLayout *m_form;
    QHash<QWidget *, QLabel *> m_labels; ///< the label of each field
    QLabel *m_rowIssue;
    QPushButton *m_fixButton;
    Issue m_fix; ///< the issue whose fix the fix button applies
    QLabel *m_nameBytes;
    QLabel *m_nameCut;
    QComboBox *m_type;
    QLabel *m_subMenuNote;
    QHash<ButtonField, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_issueLabels; ///< by JSON key, "" for the button itself
    bool m_refreshing = false;
};
