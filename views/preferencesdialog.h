#pragma once

#include <QDialog>

class QComboBox;

/// Preferences: the language of the editor (the system's, Simplified Chinese or English).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    /// Saves the choice; it applies the next time WeMenu starts.
    void save();

private:
    QComboBox *m_language;
};
