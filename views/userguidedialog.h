#pragma once

#include <QDialog>

class QTextBrowser;

/**
 * Help > User Guide: the editor's guide, built in and translated, so it works offline: the
 * default and conditional menus, limits in characters, the phone preview, problems, preview
 * as a follower, publishing and history, the Sandbox practice account.
 */
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// The guide as HTML, in the language of the interface.
    static QString html();

private:
    QTextBrowser *m_browser;
};
