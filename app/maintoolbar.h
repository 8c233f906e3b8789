#pragma once

#include <QToolBar>

class PublishingActions;
class QAction;
class QMainWindow;
class QToolButton;

/**
 * The editor's toolbar: New, Open, Save, Undo, Redo, Add Button, Add Sub-button and Delete
 * (the very actions of the menus, with their icons), and apart from them a prominent
 * "Publish to <account>…" that runs the Account menu's Compare and Publish.
 */
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    /// Takes the actions of `window`'s menus by object name; `publishing` may be null (no
    /// accounts): Publish is then shown but disabled.
    MainToolBar(QMainWindow *window, PublishingActions *publishing);

    /// The toolbar's Publish action, whose text names the current account.
    QAction *publishAction() const { return m_publish; }

protected:
    /// Under Fusion, the same gradient and edge lines as Fusion's, the lines drawn as
    /// one-pixel rectangles: Qt's raster engine splits a line drawn across the window into
    /// some twenty tasks for its paint threads, which cost the first paint more than the line.
    void paintEvent(QPaintEvent *event) override;

private:
    /// Appends the shortcut to the action's tooltip ("Save (Ctrl+S)"), again whenever the
    /// action changes it (Add Button's tooltip says why it cannot add).
    void showShortcutInToolTip(QAction *action);
    void updatePublishText();

    PublishingActions *m_publishing;
    QAction *m_publish;
    QToolButton *m_publishButton;
};
