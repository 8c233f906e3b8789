#include "mainwindow.h"

#include "documentfiles.h"
#include "followerexplanation.h"
#include "publishingactions.h"
#include "recentfiles.h"
#include "recentfilesmenu.h"
#include "recoverystore.h"

#include <buttonactions.h>
#include <buttonform.h>
#include <followerbar.h>
#include <issuelocation.h>
#include <issuespanel.h>
#include <matcher.h>
#include <matchruleeditor.h>
#include <menudocument.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <menulistmodel.h>
#include <menuspanel.h>
#include <menutreemodel.h>
#include <menutreeview.h>
#include <phonepreview.h>
#include <prompter.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Prompter *prompter, RecoveryStore *recovery, Accounts *accounts,
                       PublishHistory *history, QWidget *parent)
    : QMainWindow(parent)
    , m_prompter(prompter)
    , m_recovery(recovery)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_undoGroup = new QUndoGroup(this);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(3000);
    connect(&m_autosave, &QTimer::timeout, this, &MainWindow::autosave);

    createWidgets();
    createMenus();
    if (accounts && history) {
        m_publishing = new PublishingActions(
            accounts, history, prompter, this, [this] { return m_document.get(); },
            [this](const DocumentData &live, const QString &) { return openData(live); });
        menuBar()->insertMenu(menuBar()->actions().constLast(), m_publishing->menu());
        statusBar()->addPermanentWidget(m_publishing->statusLabel());
    }
    setDocument(std::make_unique<MenuDocument>());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 780);
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray())) {
        // First start: the phone gets the room, the problems list a few lines.
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("menuDock")),
                     findChild<QDockWidget *>(QStringLiteral("buttonDock"))},
                    {300, 380}, Qt::Horizontal);
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("problemsDock"))}, {150},
                    Qt::Vertical);
    }
    m_preview->setDark(settings.value(QStringLiteral("preview/dark"), false).toBool());
    m_darkPreview->setChecked(m_preview->isDark());
}

MainWindow::~MainWindow()
{
    // Views go before the model they show, the model before its document.
    if (m_tree->selectionModel())
        disconnect(m_tree->selectionModel(), nullptr, this, nullptr);
    m_tree->setModel(nullptr);
    m_form->setModel(nullptr);
    m_preview->setModel(nullptr);
    m_issues->setDocument(nullptr);
    m_buttonActions->setModel(nullptr, nullptr);
    delete m_model;
    m_model = nullptr;
}

void MainWindow::createWidgets()
{
    m_preview = new PhonePreview;
    m_followerBar = new FollowerBar;
    auto *center = new QWidget;
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_preview, 1);
    centerLayout->addWidget(m_followerBar);
    setCentralWidget(center);
    connect(m_followerBar, &FollowerBar::followerChanged, this, &MainWindow::previewAsFollower);
    connect(m_followerBar, &FollowerBar::tryMatchRequested, this, &MainWindow::askServer);
    connect(m_preview, &PhonePreview::buttonActivated, this, &MainWindow::selectButton);
    connect(m_preview, &PhonePreview::dropRefused, this, &MainWindow::showStatus);

    auto *treePanel = new QWidget;
    auto *treeLayout = new QVBoxLayout(treePanel);
    treeLayout->setContentsMargins(4, 4, 4, 4);
    m_tree = new MenuTreeView;
    treeLayout->addWidget(m_tree);
    m_counters = new QLabel;
    m_counters->setObjectName(QStringLiteral("counters"));
    treeLayout->addWidget(m_counters);
    auto *treeButtons = new QGridLayout;
    treeButtons->setSpacing(4);
    treeLayout->addLayout(treeButtons);
    auto *menusPanel = new QWidget;
    auto *menusLayout = new QVBoxLayout(menusPanel);
    menusLayout->setContentsMargins(0, 0, 0, 0);
    m_menusPanel = new MenusPanel;
    m_ruleEditor = new MatchRuleEditor;
    menusLayout->addWidget(m_menusPanel, 1);
    menusLayout->addWidget(m_ruleEditor);
    connect(m_menusPanel, &MenusPanel::menuChosen, this, &MainWindow::showMenu);
    connect(m_menusPanel, &MenusPanel::exportRequested, this, [this](int menu) {
        exportTo({}, tr("Export Addconditional Body"), QStringLiteral("menu-addconditional.json"),
                 jsonFilter(), [this, menu](const QString &target, QString *error) {
                     return MenuFile::writeFile(target,
                                                MenuJsonWriter::conditionalBody(
                                                    m_document->data().conditionalMenus.at(menu)),
                                                error);
                 });
    });
    connect(m_ruleEditor, &MatchRuleEditor::tagsWanted, this, &MainWindow::fetchTags);
    auto *menusDock = new QDockWidget(tr("Menus"), this);
    menusDock->setObjectName(QStringLiteral("menusDock"));
    menusDock->setWidget(menusPanel);
    addDockWidget(Qt::LeftDockWidgetArea, menusDock);

    auto *treeDock = new QDockWidget(tr("Buttons"), this);
    treeDock->setObjectName(QStringLiteral("menuDock"));
    treeDock->setWidget(treePanel);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    m_form = new ButtonForm;
    auto *formDock = new QDockWidget(tr("Button"), this);
    formDock->setObjectName(QStringLiteral("buttonDock"));
    formDock->setWidget(m_form);
    formDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, formDock);

    m_issues = new IssuesPanel;
    auto *issuesDock = new QDockWidget(tr("Problems"), this);
    issuesDock->setObjectName(QStringLiteral("problemsDock"));
    issuesDock->setWidget(m_issues);
    addDockWidget(Qt::BottomDockWidgetArea, issuesDock);
    connect(m_issues, &IssuesPanel::issueActivated, this, &MainWindow::goToIssue);

    m_buttonActions = new ButtonActions(this);
    connect(m_buttonActions, &ButtonActions::refused, this, &MainWindow::showStatus);
    connect(m_buttonActions, &ButtonActions::stateChanged, this, &MainWindow::updateCounters);
    const QList<QAction *> treeActions = {
        m_buttonActions->addButton(), m_buttonActions->addSubButton(), m_buttonActions->remove(),
        m_buttonActions->moveUp(), m_buttonActions->moveDown()};
    for (int i = 0; i < treeActions.size(); ++i) {
        auto *button = new QToolButton;
        button->setDefaultAction(treeActions.at(i));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        treeButtons->addWidget(button, i / 3, i % 3);
    }
    m_tree->addActions(m_buttonActions->all());
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_issueCount = new QLabel;
    m_issueCount->setObjectName(QStringLiteral("issueCount"));
    statusBar()->addPermanentWidget(m_issueCount);
}

void MainWindow::setDocument(std::unique_ptr<MenuDocument> document)
{
    m_autosave.stop();
    if (m_recovery)
        m_recovery->clear();
    MenuTreeModel *oldModel = m_model;
    std::unique_ptr<MenuDocument> oldDocument = std::move(m_document);

    m_document = std::move(document);
    m_model = new MenuTreeModel(m_document.get(), -1, this);
    QItemSelectionModel *oldSelection = m_tree->selectionModel();
    m_tree->setMenuModel(m_model);
    delete oldSelection; // a view never deletes the selection model it replaces
    m_form->setModel(m_model);
    m_preview->setModel(m_model);
    m_issues->setDocument(m_document.get());
    m_buttonActions->setModel(m_model, m_tree->selectionModel());
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_form->setCurrentIndex(current);
                m_preview->setCurrent(m_model->pathFor(current));
                if (!current.isValid())
                    m_preview->setCurrent({m_model->menuIndex(), -1, -1});
            });
    connect(m_document.get(), &MenuDocument::modifiedChanged, this, [this](bool modified) {
        updateTitle();
        if (!modified && m_recovery)
            m_recovery->clear();
    });
    connect(m_document.get(), &MenuDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &MenuDocument::changed, this, [this] {
        if (m_publishing)
            m_publishing->updateStatus();
        m_autosave.start();
        updateCounters();
        refreshMenus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The model follows its menu when conditional menus move: so do the panels.
        m_menusPanel->setCurrentMenu(m_model->menuIndex());
        m_ruleEditor->setMenu(m_model->menuIndex());
        m_preview->setModel(m_model);
    });

    delete oldModel;
    oldDocument.reset();

    m_menusPanel->setDocument(m_document.get());
    m_ruleEditor->setDocument(m_document.get());
    if (!m_tagNames.isEmpty())
        m_menusPanel->model()->setTagNames(m_tagNames);
    refreshMenus();
    updateTitle();
    updateCounters();
    if (m_model->rowCount() > 0)
        selectButton({m_model->menuIndex(), -1, 0});
    if (m_document->isModified())
        m_autosave.start();
}

QString MainWindow::jsonFilter()
{
    return tr("Menu files (*.json);;All files (*)");
}

bool MainWindow::newDocument()
{
    if (!maybeSave())
        return false;
    auto document = std::make_unique<MenuDocument>();
    setDocument(std::move(document));
    return true;
}

bool MainWindow::openData(const DocumentData &content)
{
    if (!maybeSave())
        return false;
    auto document = std::make_unique<MenuDocument>(content);
    setDocument(std::move(document));
    if (m_publishing)
        m_publishing->updateStatus();
    return true;
}

bool MainWindow::openFile(const QString &fileName)
{
    QString error;
    std::unique_ptr<MenuDocument> document = DocumentFiles::open(fileName, &error);
    if (!document) {
        showError(tr("Open Menu"), error);
        return false;
    }
    const bool ownFormat = !document->fileName().isEmpty();
    setDocument(std::move(document));
    if (ownFormat)
        RecentFiles::add(fileName);
    else
        showStatus(tr("%1 is not a WeMenu document; it opened as a new, untitled menu.")
                       .arg(QFileInfo(fileName).fileName()));
    m_recentMenu->refresh();
    return true;
}

bool MainWindow::save()
{
    return m_document->fileName().isEmpty() ? saveAs() : saveTo(m_document->fileName());
}

bool MainWindow::saveAs(const QString &fileName)
{
    const QString suggested = m_document->fileName().isEmpty()
                                  ? suggestedDirectory() + QStringLiteral("/menu.json")
                                  : m_document->fileName();
    const QString target = fileName.isEmpty() ? m_prompter->saveFileName(this, tr("Save Menu As"),
                                                                         suggested, jsonFilter())
                                              : fileName;
    return !target.isEmpty() && saveTo(target);
}

bool MainWindow::saveTo(const QString &fileName)
{
    QString error;
    if (!DocumentFiles::save(*m_document, fileName, &error)) {
        showError(tr("Save Menu"), error);
        return false;
    }
    RecentFiles::add(fileName);
    m_recentMenu->refresh();
    showStatus(tr("Saved %1").arg(QFileInfo(fileName).fileName()));
    return true;
}

bool MainWindow::importFile(const QString &fileName)
{
    const QString source =
        fileName.isEmpty()
            ? m_prompter->openFileName(this, tr("Import Menu"), suggestedDirectory(), jsonFilter())
            : fileName;
    if (source.isEmpty())
        return false;
    QString error;
    if (!DocumentFiles::import(*m_document, source, &error)) {
        showError(tr("Import Menu"), error);
        return false;
    }
    showStatus(tr("Imported %1; Undo takes it back.").arg(QFileInfo(source).fileName()));
    return true;
}

bool MainWindow::exportCreateBody(const QString &fileName)
{
    return exportTo(fileName, tr("Export Create Body"), QStringLiteral("menu-create.json"),
                    jsonFilter(), [this](const QString &target, QString *error) {
                        return DocumentFiles::exportCreateBody(*m_document, target, error);
                    });
}

bool MainWindow::exportPreview(const QString &fileName)
{
    return exportTo(fileName, tr("Export Preview"), QStringLiteral("menu-preview.png"),
                    tr("PNG images (*.png)"), [this](const QString &target, QString *error) {
                        return DocumentFiles::exportPreview(*m_document, m_model->menuIndex(),
                                                            m_preview->isDark(), 2, target, error);
                    });
}

bool MainWindow::exportTo(const QString &fileName, const QString &title,
                          const QString &suggestedName, const QString &filter,
                          const std::function<bool(const QString &, QString *)> &write)
{
    const QString target =
        fileName.isEmpty()
            ? m_prompter->saveFileName(
                  this, title, suggestedDirectory() + QLatin1Char('/') + suggestedName, filter)
            : fileName;
    if (target.isEmpty())
        return false;
    QString error;
    if (!write(target, &error)) {
        showError(title, error);
        return false;
    }
    showStatus(tr("Exported %1").arg(QFileInfo(target).fileName()));
    return true;
}

bool MainWindow::offerRecovery()
{
    if (!m_recovery)
        return false;
    const QList<RecoveryStore::Entry> entries = m_recovery->orphaned();
    if (entries.isEmpty())
        return false;
    // One at a time, newest first; the others stay on disk for the next start.
    const RecoveryStore::Entry &newest = entries.first();
    const bool restore =
        m_prompter->askYesNo(this, tr("Restore Unsaved Changes"), RecoveryStore::question(newest));
    if (!restore) {
        m_recovery->discard(newest);
        return false;
    }
    if (!maybeSave())
        return false; // asked again at the next start
    QString error;
    std::unique_ptr<MenuDocument> document =
        DocumentFiles::recover(newest.document, newest.originalFile, &error);
    if (!document) {
        showError(tr("Restore Unsaved Changes"), error); // kept on disk for a human to look at
        return false;
    }
    setDocument(std::move(document));
    // The restored edits are this editor's unsaved edits now; the old copy goes only once
    // they are safely in this session's own recovery file.
    if (autosave())
        m_recovery->discard(newest);
    return true;
}

void MainWindow::showMenu(int menuIndex)
{
    if (menuIndex == m_model->menuIndex())
        return;
    m_model->setMenuIndex(menuIndex);
    m_preview->setModel(m_model);
    m_menusPanel->setCurrentMenu(menuIndex);
    m_ruleEditor->setMenu(menuIndex);
    if (m_model->rowCount() > 0)
        selectButton({menuIndex, -1, 0});
    updateCounters();
}

void MainWindow::selectButton(const ButtonPath &path)
{
    if (path.menu != m_model->menuIndex())
        showMenu(path.menu);
    const QModelIndex index = m_model->indexFor(path);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(index);
}

void MainWindow::goToIssue(const QString &path)
{
    const IssueLocation location = IssueLocation::parse(path);
    if (!location.valid)
        return;
    showMenu(location.button.menu);
    if (location.hasButton() && m_document->isValidPath(location.button)) {
        selectButton(location.button);
        m_form->focusField(location.field);
    } else {
        m_tree->setFocus(Qt::OtherFocusReason);
    }
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompter->askToSave(this, documentName())) {
    case Prompter::SaveChoice::Save:
        return save();
    case Prompter::SaveChoice::Discard:
        return true;
    case Prompter::SaveChoice::Cancel:
        break;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave.stop();
    if (m_recovery)
        m_recovery->clear();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openFile(urls.first().toLocalFile());
}

bool MainWindow::autosave()
{
    if (!m_recovery)
        return false;
    if (!m_document->isModified()) {
        m_recovery->clear();
        return true;
    }
    const bool written =
        m_recovery->write(MenuJsonWriter::document(m_document->data()), m_document->fileName());
    if (!written)
        showStatus(
            tr("Unsaved changes could not be backed up in %1.").arg(m_recovery->directory()));
    return written;
}

QString MainWindow::documentName() const
{
    return m_document->fileName().isEmpty() ? tr("Untitled")
                                            : QFileInfo(m_document->fileName()).fileName();
}

QString MainWindow::suggestedDirectory() const
{
    if (!m_document->fileName().isEmpty())
        return QFileInfo(m_document->fileName()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — WeMenu").arg(documentName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::refreshMenus()
{
    if (m_model->menuIndex() >= m_document->data().conditionalMenus.size())
        showMenu(-1);
    m_menusPanel->setCurrentMenu(m_model->menuIndex());
    if (m_followerBar->isActive())
        previewAsFollower();
}

void MainWindow::updateCounters()
{
    if (!m_model || !m_buttonActions)
        return;
    QString text = tr("Top-level buttons: %1").arg(m_buttonActions->topLevelCounter());
    const QString subs = m_buttonActions->subButtonCounter();
    if (!subs.isEmpty())
        text += QStringLiteral("   ") + tr("Sub-buttons: %1").arg(subs);
    m_counters->setText(text);

    int errors = 0;
    const IssueList &issues = m_document->issues();
    for (const Issue &issue : issues)
        errors += issue.isError() ? 1 : 0;
    m_issueCount->setText(tr("%1 error(s), %2 warning(s)").arg(errors).arg(issues.size() - errors));
}

void MainWindow::showError(const QString &title, const QString &text)
{
    m_prompter->showError(this, title, text);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}
