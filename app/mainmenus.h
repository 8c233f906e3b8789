#pragma once

#include <QObject>

class ButtonActions;
class DocumentController;
class PhonePreview;
class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;
class RecentFilesMenu;

/**
 * The menu bar of the editor window and its shortcuts: File (on the document controller),
 * Edit (undo, redo, the button actions, preferences), Buttons, View (dark preview, the
 * docks) and Help (user guide, keyboard shortcuts, welcome, about).
 */
class MainMenus : public QObject
{
    Q_OBJECT

public:
    /// Builds the menus into `window`, whose docks already exist. Nothing is owned.
    MainMenus(QMainWindow *window, DocumentController *files, ButtonActions *buttonActions,
              QUndoGroup *undoGroup, PhonePreview *preview);

    /// Adds a menu before Help (the Account menu).
    void addMenu(QMenu *menu);

    /// The About text: version and licences.
    static QString aboutText();
    /// Every action of the menus, in menu order, then those only the window holds.
    QList<QAction *> allActions() const;

signals:
    /// Preferences were saved.
    void preferencesChanged();

private:
    void createFileMenu();
    void createEditMenus();
    void createViewMenu();
    void createHelpMenu();
    QAction *add(QMenu *menu, const QString &name, const QString &text,
                 const QKeySequence &shortcut);

    QMainWindow *m_window;
    DocumentController *m_files;
    ButtonActions *m_buttonActions;
    QUndoGroup *m_undoGroup;
    PhonePreview *m_preview;
    RecentFilesMenu *m_recentMenu = nullptr;
};
