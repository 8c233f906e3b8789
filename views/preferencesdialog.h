#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

/// Preferences: the language of the editor (the system's, Simplified Chinese or English) and
/// whether links are checked in the background.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QCheckBox *checkLinksBox() const { return m_checkLinks; }
    /// Saves the choices; a new language applies the next time WeMenu starts.
    void save();

private:
    QComboBox *m_language;
    QCheckBox *m_checkLinks;
};
