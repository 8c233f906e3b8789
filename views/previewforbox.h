#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

/**
 * "Preview for:": a compact chooser of the account whose filled-in menu the phone shows,
 * among the accounts of the account groups; its first entry shows the menu as written.
 */
class PreviewForBox : public QWidget
{
    Q_OBJECT

public:
    /// One account of a group, as the chooser lists it.
    struct Choice
    {
        QString group;
        QString account;
        QString text; ///< "Shop A", or "Shop A (North)" when it is in several groups
    };

    explicit PreviewForBox(QWidget *parent = nullptr);

    /// Replaces the accounts listed; the chosen one stays chosen while it is listed.
    void setChoices(const QList<Choice> &choices);
    /// The group and account chosen; both empty for the menu as written.
    QString group() const;
    QString account() const;
    /// Chooses the entry whose text is `text`; false when there is none.
    bool choose(const QString &text);
    QComboBox *combo() const { return m_combo; }

signals:
    void chosen();

private:
    QLabel *m_label;
    QComboBox *m_combo;
};
