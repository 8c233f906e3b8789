// The menus and shortcuts of the main window.

#include "mainwindow.h"

#include "recentfiles.h"
#include "preferencesdialog.h"
#include "recentfilesmenu.h"

#include <buttonactions.h>
#include <phonepreview.h>
#include <prompter.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QUndoGroup>

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const auto add = [this](QMenu *menu, const QString &name, const QString &text,
                            const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        addAction(action);
        return action;
    };
    add(file, QStringLiteral("actionNew"), tr("&New"), QKeySequence::New,
        [this] { newDocument(); });
    add(file, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, [this] {
        if (!maybeSave())
            return;
        const QString name =
            m_prompter->openFileName(this, tr("Open Menu"), suggestedDirectory(), jsonFilter());
        if (!name.isEmpty())
            openFile(name);
    });
    m_recentMenu = new RecentFilesMenu(this);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, [this](const QString &fileName) {
        if (maybeSave() && !openFile(fileName)) {
            RecentFiles::remove(fileName);
            m_recentMenu->refresh();
        }
    });
    add(file, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save, [this] { save(); });
    add(file, QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs,
        [this] { saveAs(); });
    file->addSeparator();
    add(file, QStringLiteral("actionImport"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        [this] { importFile(); });
    add(file, QStringLiteral("actionExportCreate"), tr("Export &Create Body…"),
        QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportCreateBody(); });
    add(file, QStringLiteral("actionExportPreview"), tr("Export Preview as &PNG…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { exportPreview(); });
    file->addSeparator();
    QAction *quit = add(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit,
                        [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);
    addAction(redo);
    edit->addSeparator();
    for (QAction *action :
         {m_buttonActions->cut(), m_buttonActions->copy(), m_buttonActions->paste(),
          m_buttonActions->duplicate(), m_buttonActions->remove()}) {
        edit->addAction(action);
    }

    QMenu *buttons = menuBar()->addMenu(tr("&Buttons"));
    for (QAction *action : {m_buttonActions->addButton(), m_buttonActions->addSubButton(),
                            m_buttonActions->moveUp(), m_buttonActions->moveDown()}) {
        buttons->addAction(action);
    }
    addActions(m_buttonActions->all());

    QAction *preferences = edit->addAction(tr("Pre&ferences…"), this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_darkPreview = view->addAction(tr("&Dark Preview"));
    m_darkPreview->setObjectName(QStringLiteral("actionDarkPreview"));
    m_darkPreview->setCheckable(true);
    m_darkPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    addAction(m_darkPreview);
    connect(m_darkPreview, &QAction::toggled, this, [this](bool dark) {
        m_preview->setDark(dark);
        QSettings().setValue(QStringLiteral("preview/dark"), dark);
    });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About WeMenu"), this, [this] {
        QMessageBox::about(this, tr("About WeMenu"), aboutText());
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    m_recentMenu->refresh();
}

QString MainWindow::aboutText()
{
    return tr("<h3>WeMenu %1</h3>"
              "<p>An editor for the custom menus of WeChat Official Accounts.</p>"
              "<p>Built with Qt %2 (GNU LGPL version 3) and QtKeychain (BSD 3-clause "
              "licence). WeChat is a trademark of Tencent; WeMenu is not made by Tencent.</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()));
}
