#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

/**
 * The welcome of a first start: what WeMenu does, how to build a menu in five steps, and two
 * ways in: the sample menu, or a new one. It is shown without blocking (show(), not exec()).
 */
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *newMenuButton() const { return m_newMenu; }
    QLabel *guide() const { return m_guide; }

signals:
    /// "Open the Sample" was chosen (the dialog closes).
    void sampleRequested();
    /// "Start a New Menu" was chosen (the dialog closes).
    void newMenuRequested();

private:
    QLabel *m_guide;
    QPushButton *m_sample;
    QPushButton *m_newMenu;
};
