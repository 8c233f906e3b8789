#include "mainwindow.h"

#include "documentcontroller.h"
#include "followercontroller.h"
#include "mainmenus.h"
#include "publishingactions.h"

#include <buttonactions.h>
#include <buttonform.h>
#include <followerbar.h>
#include <issuelocation.h>
#include <issuespanel.h>
#include <issuesummary.h>
#include <matchruleeditor.h>
#include <menudocument.h>
#include <menuspanel.h>
#include <menutreemodel.h>
#include <menutreeview.h>
#include <phonepreview.h>

#include <QCloseEvent>
#include <QDockWidget>
#include <QGridLayout>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Prompter *prompter, RecoveryStore *recovery, Accounts *accounts,
                       PublishHistory *history, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_undoGroup = new QUndoGroup(this);
    m_files = new DocumentController(prompter, recovery, this, this);
    connect(m_files, &DocumentController::documentReplaced, this, &MainWindow::showDocument);
    connect(m_files, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentController::statusMessage, this, &MainWindow::showStatus);

    createWidgets();
    m_menus = new MainMenus(this, m_files, m_buttonActions, m_undoGroup, m_preview);
    if (accounts && history) {
        m_publishing = new PublishingActions(
            accounts, history, prompter, this, [this] { return document(); },
            [this](const DocumentData &live, const QString &) { return openData(live); });
        m_menus->addMenu(m_publishing->menu());
        statusBar()->addPermanentWidget(m_publishing->statusLabel());
    }
    m_followers =
        new FollowerController(m_followerBar, m_menusPanel, m_ruleEditor, m_publishing, this);
    connect(m_followers, &FollowerController::menuWanted, this, &MainWindow::showMenu);
    showDocument(m_files->document());
    restoreLayout();
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
    delete m_files; // the document, after every part that shows it
    m_files = nullptr;
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
    connect(m_menusPanel, &MenusPanel::exportRequested, m_files,
            [this](int menu) { m_files->exportConditionalBody(menu); });
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

void MainWindow::restoreLayout()
{
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
}

void MainWindow::showDocument(MenuDocument *document)
{
    MenuTreeModel *oldModel = m_model;
    m_model = new MenuTreeModel(document, -1, this);
    QItemSelectionModel *oldSelection = m_tree->selectionModel();
    m_tree->setMenuModel(m_model);
    delete oldSelection; // a view never deletes the selection model it replaces
    m_form->setModel(m_model);
    m_preview->setModel(m_model);
    m_issues->setDocument(document);
    m_buttonActions->setModel(m_model, m_tree->selectionModel());
    m_undoGroup->addStack(document->undoStack());
    m_undoGroup->setActiveStack(document->undoStack());

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_form->setCurrentIndex(current);
                m_preview->setCurrent(m_model->pathFor(current));
                if (!current.isValid())
                    m_preview->setCurrent({m_model->menuIndex(), -1, -1});
            });
    connect(document, &MenuDocument::changed, this, [this] {
        if (m_publishing)
            m_publishing->updateStatus();
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

    m_menusPanel->setDocument(document);
    m_issues->setMenuList(m_menusPanel->model());
    m_ruleEditor->setDocument(document);
    m_followers->setDocument(document);
    refreshMenus();
    updateTitle();
    updateCounters();
    if (m_model->rowCount() > 0)
        selectButton({m_model->menuIndex(), -1, 0});
}

MenuDocument *MainWindow::document() const
{
    return m_files->document();
}

QString MainWindow::aboutText()
{
    return MainMenus::aboutText();
}

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_files->setAutosaveInterval(milliseconds);
}

bool MainWindow::newDocument()
{
    return m_files->newDocument();
}

bool MainWindow::openFile(const QString &fileName)
{
    return m_files->openFile(fileName);
}

bool MainWindow::openData(const DocumentData &content)
{
    if (!m_files->openData(content))
        return false;
    if (m_publishing)
        m_publishing->updateStatus();
    return true;
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs(const QString &fileName)
{
    return m_files->saveAs(fileName);
}

bool MainWindow::importFile(const QString &fileName)
{
    return m_files->importFile(fileName);
}

bool MainWindow::exportCreateBody(const QString &fileName)
{
    return m_files->exportCreateBody(fileName);
}

bool MainWindow::exportPreview(const QString &fileName)
{
    return m_files->exportPreview(m_model->menuIndex(), m_preview->isDark(), fileName);
}

bool MainWindow::offerRecovery()
{
    return m_files->offerRecovery();
}

void MainWindow::askServer(const QString &userId)
{
    m_followers->askServer(userId);
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
    if (location.hasButton() && document()->isValidPath(location.button)) {
        selectButton(location.button);
        m_form->focusField(location.field);
    } else {
        m_tree->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->close()) {
        event->ignore();
        return;
    }
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
    m_files->open(urls.first().toLocalFile());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — WeMenu").arg(m_files->documentName()));
    setWindowModified(document()->isModified());
}

void MainWindow::refreshMenus()
{
    if (m_model->menuIndex() >= document()->data().conditionalMenus.size())
        showMenu(-1);
    m_menusPanel->setCurrentMenu(m_model->menuIndex());
    m_followers->refresh();
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

    const IssueList &issues = document()->issues();
    m_issueCount->setText(tr("%1 error(s), %2 warning(s)")
                              .arg(IssueSummary::errorCount(issues))
                              .arg(IssueSummary::warningCount(issues)));
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}
