#include "mainmenus.h"

#include "documentcontroller.h"
#include "preferencesdialog.h"
#include "recentfilesmenu.h"
#include "welcomestart.h"

#include <buttonactions.h>
#include <phonepreview.h>
#include <shortcutsdialog.h>
#include <userguidedialog.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QUndoGroup>

#include <functional>

MainMenus::MainMenus(QMainWindow *window, DocumentController *files, ButtonActions *buttonActions,
                     QUndoGroup *undoGroup, PhonePreview *preview)
    : QObject(window)
    , m_window(window)
    , m_files(files)
    , m_buttonActions(buttonActions)
    , m_undoGroup(undoGroup)
    , m_preview(preview)
{
    createFileMenu();
    createEditMenus();
    createViewMenu();
    createHelpMenu();
    m_recentMenu->refresh();
}

void MainMenus::addMenu(QMenu *menu)
{
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().constLast(), menu);
}

QAction *MainMenus::add(QMenu *menu, const QString &name, const QString &text,
                        const QKeySequence &shortcut)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_window->addAction(action);
    return action;
}

void MainMenus::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    DocumentController *files = m_files;
    connect(add(file, QStringLiteral("actionNew"), tr("&New"), QKeySequence::New),
            &QAction::triggered, files, [files] { files->newDocument(); });
    connect(add(file, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open),
            &QAction::triggered, files, [files] { files->open(); });
    m_recentMenu = new RecentFilesMenu(m_window);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, files, &DocumentController::openRecent);
    connect(files, &DocumentController::recentFilesChanged, m_recentMenu,
            &RecentFilesMenu::refresh);
    connect(add(file, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save),
            &QAction::triggered, files, [files] { files->save(); });
    connect(add(file, QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs),
            &QAction::triggered, files, [files] { files->saveAs(); });
    file->addSeparator();
    connect(add(file, QStringLiteral("actionImport"), tr("&Import…"),
                QKeySequence(Qt::CTRL | Qt::Key_I)),
            &QAction::triggered, files, [files] { files->importFile(); });
    connect(add(file, QStringLiteral("actionExportCreate"), tr("Export &Create Body…"),
                QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, files, [files] { files->exportCreateBody(); });
    connect(add(file, QStringLiteral("actionExportPreview"), tr("Export Preview as &PNG…"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)),
            &QAction::triggered, files, [this] {
                m_files->exportPreview(m_preview->model()->menuIndex(), m_preview->isDark());
            });
    file->addSeparator();
    QAction *quit = add(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void MainMenus::createEditMenus()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(m_window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    // Their text names what they undo ("Undo Rename"); lists and tooltips use the plain name.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    m_window->addAction(undo);
    m_window->addAction(redo);
    edit->addSeparator();
    for (QAction *action :
         {m_buttonActions->cut(), m_buttonActions->copy(), m_buttonActions->paste(),
          m_buttonActions->duplicate(), m_buttonActions->remove()}) {
        edit->addAction(action);
    }

    QMenu *buttons = m_window->menuBar()->addMenu(tr("&Buttons"));
    for (QAction *action : {m_buttonActions->addButton(), m_buttonActions->addSubButton(),
                            m_buttonActions->moveUp(), m_buttonActions->moveDown()}) {
        buttons->addAction(action);
    }
    m_window->addActions(m_buttonActions->all());

    QAction *preferences = edit->addAction(tr("Pre&ferences…"), this, [this] {
        auto *dialog = new PreferencesDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &MainMenus::preferencesChanged);
        dialog->open();
    });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
}

void MainMenus::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    QAction *dark = view->addAction(tr("&Dark Preview"));
    dark->setObjectName(QStringLiteral("actionDarkPreview"));
    dark->setCheckable(true);
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_window->addAction(dark);
    connect(dark, &QAction::toggled, this, [this](bool on) {
        m_preview->setDark(on);
        QSettings().setValue(QStringLiteral("preview/dark"), on);
    });
    m_preview->setDark(QSettings().value(QStringLiteral("preview/dark"), false).toBool());
    dark->setChecked(m_preview->isDark());
    view->addSeparator();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
}

void MainMenus::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] {
        auto *dialog = new UserGuideDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    m_window->addAction(guide);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(allActions(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    QAction *welcome =
        help->addAction(tr("&Welcome"), this, [this] { WelcomeStart::show(m_window, m_files); });
    welcome->setObjectName(QStringLiteral("actionWelcome"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About WeMenu"), this, [this] {
        QMessageBox::about(m_window, tr("About WeMenu"), aboutText());
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

QList<QAction *> MainMenus::allActions() const
{
    // The menus' actions in menu order, then those only the window holds (the tree's).
    QList<QAction *> actions;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &list) {
        for (QAction *action : list) {
            if (action->menu())
                collect(action->menu()->actions());
            else if (!action->isSeparator() && !actions.contains(action))
                actions.append(action);
        }
    };
    collect(m_window->menuBar()->actions());
    collect(m_window->actions());
    return actions;
}

QString MainMenus::aboutText()
{
    return tr("<h3>WeMenu %1</h3>"
              "<p>An editor for the custom menus of WeChat Official Accounts.</p>"
              "<p>Built with Qt %2 (GNU LGPL version 3) and QtKeychain (BSD 3-clause "
              "licence). WeChat is a trademark of Tencent; WeMenu is not made by Tencent.</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()));
}
