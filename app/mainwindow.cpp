#include "mainwindow.h"

#include "documentcontroller.h"
#include "followercontroller.h"
#include "gitstatus.h"
#include "grouppublishing.h"
#include "mainmenus.h"
#include "maintoolbar.h"
#include "publishingactions.h"
#include "templatecontroller.h"
#include "windowstate.h"

#include <buttonactions.h>
#include <buttonform.h>
#include <followerbar.h>
#include <issuelocation.h>
#include <issuespanel.h>
#include <issuesummary.h>
#include <linkcheckpreference.h>
#include <linkchecks.h>
#include <matchruleeditor.h>
#include <menudocument.h>
#include <menuspanel.h>
#include <menutreemodel.h>
#include <menutreeview.h>
#include <phonepreview.h>
#include <previewforbox.h>
#include <treebuttonrow.h>

#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QShowEvent>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeWidget>
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
    m_linkChecks = LinkChecks::create(prompter, this, this);
    m_form->setLinkChecks(m_linkChecks);
    connect(m_linkChecks, &LinkChecks::statusMessage, this, &MainWindow::showStatus);
    connect(m_menus, &MainMenus::preferencesChanged, this,
            [this] { m_linkChecks->setEnabled(linkChecksEnabled()); });
    if (accounts && history) {
        m_publishing = new PublishingActions(
            accounts, history, prompter, this, [this] { return document(); },
            [this](const DocumentData &live, const QString &) { return openData(live); });
        m_menus->addMenu(m_publishing->menu());
        m_publishing->setBeforePublish([this](std::function<void()> proceed) {
            m_linkChecks->confirmBeforePublish(std::move(proceed));
        });
        statusBar()->addPermanentWidget(m_publishing->statusLabel());
        m_groupPublishing = new GroupPublishing(accounts, history, m_publishing, prompter, this,
                                                [this] { return document(); });
    }
    addToolBar(new MainToolBar(this, m_publishing));
    m_followers =
        new FollowerController(m_followerBar, m_menusPanel, m_ruleEditor, m_publishing, this);
    connect(m_followers, &FollowerController::menuWanted, this, &MainWindow::showMenu);
    m_templates = new TemplateController(accounts, m_previewFor, m_preview, this);
    showDocument(m_files->document());
    // Whether the open file is in git and committed: checked in the background.
    auto *git = new GitStatus(this);
    statusBar()->addPermanentWidget(git->label());
    git->follow(m_files);
    WindowState::restore(this);
}

MainWindow::~MainWindow()
{
    // No link answer may arrive while the parts go.
    delete m_linkChecks;
    m_linkChecks = nullptr;
    m_form->setLinkChecks(nullptr);
    // Views go before the model they show, the model before its document.
    m_buttonActions->setModel(nullptr, nullptr);
    delete m_tree; // with its selection model; cheaper than showing an empty model first
    m_tree = nullptr;
    m_form->setModel(nullptr);
    m_preview->setModel(nullptr);
    m_issues->setDocument(nullptr);
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
    m_previewFor = new PreviewForBox;
    centerLayout->addWidget(m_previewFor);
    centerLayout->addWidget(m_followerBar);
    setCentralWidget(center);
    connect(m_preview, &PhonePreview::buttonActivated, this, &MainWindow::selectButton);
    connect(m_preview, &PhonePreview::dropRefused, this, &MainWindow::showStatus);

    // The left column: the menus (a short list), the rule of a conditional menu, the tree and
    // one row of tool buttons, all in one dock so the tree keeps most of the height.
    auto *treePanel = new QWidget;
    auto *treeLayout = new QVBoxLayout(treePanel);
    treeLayout->setContentsMargins(4, 4, 4, 4);
    treeLayout->setSpacing(4);
    m_menusPanel = new MenusPanel;
    m_ruleEditor = new MatchRuleEditor;
    treeLayout->addWidget(m_menusPanel);
    treeLayout->addWidget(m_ruleEditor);
    connect(m_menusPanel, &MenusPanel::menuChosen, this, &MainWindow::showMenu);
    connect(m_menusPanel, &MenusPanel::exportRequested, m_files,
            [this](int menu) { m_files->exportConditionalBody(menu); });
    m_tree = new MenuTreeView;
    treeLayout->addWidget(m_tree, 1);
    m_counters = new QLabel;
    m_counters->setObjectName(QStringLiteral("counters"));
    treeLayout->addWidget(m_counters);
    auto *treeDock = new QDockWidget(tr("Menus"), this);
    treeDock->setObjectName(QStringLiteral("menuDock"));
    // The tree and the form are the editor itself: they can be moved, never floated off or
    // closed by a stray click. Only the problems can be put away (their count brings them back).
    treeDock->setFeatures(QDockWidget::DockWidgetMovable);
    treeDock->setWidget(treePanel);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    m_form = new ButtonForm;
    auto *formDock = new QDockWidget(tr("Button"), this);
    formDock->setObjectName(QStringLiteral("buttonDock"));
    formDock->setFeatures(QDockWidget::DockWidgetMovable);
    formDock->setWidget(m_form);
    formDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, formDock);

    // The problems go under the form, where a 1280x720 screen still has room; the phone and
    // the follower bar keep the middle.
    m_issues = new IssuesPanel;
    auto *issuesDock = new QDockWidget(tr("Problems"), this);
    issuesDock->setObjectName(QStringLiteral("problemsDock"));
    issuesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    issuesDock->setWidget(m_issues);
    addDockWidget(Qt::RightDockWidgetArea, issuesDock, Qt::Vertical);
    connect(m_issues, &IssuesPanel::issueActivated, this, &MainWindow::goToIssue);

    m_buttonActions = new ButtonActions(this);
    m_preview->setButtonActions(m_buttonActions); // "+" places and right click on the phone
    connect(m_buttonActions, &ButtonActions::refused, this, &MainWindow::showStatus);
    connect(m_buttonActions, &ButtonActions::stateChanged, this, &MainWindow::updateCounters);
    connect(m_buttonActions, &ButtonActions::buttonAdded, m_form,
            [this] { m_form->focusField(QStringLiteral("name")); });
    treeLayout->addWidget(new TreeButtonRow(m_buttonActions));
    m_tree->addActions(m_buttonActions->all());
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    // The problem count opens the problems, wherever they were put away.
    m_issueCount = new QToolButton;
    m_issueCount->setObjectName(QStringLiteral("issueCount"));
    m_issueCount->setAutoRaise(true);
    m_issueCount->setToolTip(tr("Show the problems"));
    statusBar()->addPermanentWidget(m_issueCount);
    connect(m_issueCount, &QToolButton::clicked, this, &MainWindow::showProblems);
}

void MainWindow::showProblems()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    dock->show();
    dock->raise();
    m_issues->list()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_placed || event->spontaneous())
        return;
    m_placed = true;
    WindowState::fitToFrame(this); // now the window manager's frame is known
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
    m_linkChecks->setDocument(document);
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
    connect(document, &MenuDocument::issuesChanged, this, &MainWindow::updateCounters);
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
    m_templates->setDocument(document);
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

bool MainWindow::openData(const DocumentData &content)
{
    if (!m_files->openData(content))
        return false;
    if (m_publishing)
        m_publishing->updateStatus();
    return true;
}

bool MainWindow::exportPreview(const QString &fileName)
{
    return m_files->exportPreview(m_model->menuIndex(), m_preview->isDark(), fileName);
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
    WindowState::save(this);
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
