#pragma once

#include <QMainWindow>

class Accounts;
class ButtonActions;
class ButtonForm;
class DocumentController;
class FollowerBar;
class FollowerController;
class GroupPublishing;
class IssuesPanel;
class LinkChecks;
class MainMenus;
class MatchRuleEditor;
class MenuDocument;
class MenuTreeModel;
class MenuTreeView;
class MenusPanel;
class PhonePreview;
class PreviewForBox;
class Prompter;
class PublishHistory;
class PublishingActions;
class QLabel;
class QToolButton;
class QUndoGroup;
class RecoveryStore;
class TemplateController;
struct ButtonPath;
struct DocumentData;

/**
 * The editor window. It creates the parts (tree, phone preview, button form, issues panel,
 * the document, follower and publishing controllers, the menus) and connects them; it holds
 * no menu logic and no file handling of its own.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `prompter` answers every question (dialogs in the app, a script in tests);
    /// `recovery` keeps unsaved edits on disk. Neither is owned.
    /// `accounts` and `history`, when given, add the Account menu (pull, publish, history).
    MainWindow(Prompter *prompter, RecoveryStore *recovery, Accounts *accounts = nullptr,
               PublishHistory *history = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    MenuDocument *document() const;
    DocumentController *files() const { return m_files; }
    FollowerController *followers() const { return m_followers; }
    MenuTreeModel *model() const { return m_model; }
    MenuTreeView *tree() const { return m_tree; }
    ButtonForm *form() const { return m_form; }
    PhonePreview *preview() const { return m_preview; }
    IssuesPanel *issuesPanel() const { return m_issues; }
    ButtonActions *buttonActions() const { return m_buttonActions; }
    MenusPanel *menusPanel() const { return m_menusPanel; }
    MatchRuleEditor *ruleEditor() const { return m_ruleEditor; }
    FollowerBar *followerBar() const { return m_followerBar; }
    PublishingActions *publishing() const { return m_publishing; }
    /// "Preview for:": the account of a group whose filled-in menu the phone shows.
    PreviewForBox *previewFor() const { return m_previewFor; }
    TemplateController *templates() const { return m_templates; }
    /// "Publish to Several Accounts…" (null without accounts).
    GroupPublishing *groupPublishing() const { return m_groupPublishing; }
    /// The background link checks (on as Preferences and the environment say).
    LinkChecks *linkChecks() const { return m_linkChecks; }

    /// The About text: version and licences.
    static QString aboutText();

    // The file commands are the document controller's (files()); these two need the window.
    /// Opens `data` as a new untitled document (after asking about unsaved changes).
    bool openData(const DocumentData &data);
    /// Exports the phone preview of the menu shown, light or dark as shown.
    bool exportPreview(const QString &fileName = {});

    /// Shows the menu with this index (-1 default) in the tree, form and preview.
    void showMenu(int menuIndex);
    /// Selects a button in every view.
    void selectButton(const ButtonPath &path);
    /// Jumps to the button and field an issue path names.
    void goToIssue(const QString &path);
    /// Asks the server which menu a follower sees (trymatch) and shows it.
    void askServer(const QString &userId);
    /// Shows and raises the problems panel (the status bar's problem count does this).
    void showProblems();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    /// Shows a new document in every part.
    void showDocument(MenuDocument *document);
    void updateTitle();
    void refreshMenus();
    void updateCounters();
    void showStatus(const QString &text);

    DocumentController *m_files = nullptr;
    FollowerController *m_followers = nullptr;
    MainMenus *m_menus = nullptr;
    MenuTreeModel *m_model = nullptr;
    MenuTreeView *m_tree = nullptr;
    ButtonForm *m_form = nullptr;
    PhonePreview *m_preview = nullptr;
    IssuesPanel *m_issues = nullptr;
    ButtonActions *m_buttonActions = nullptr;
    MenusPanel *m_menusPanel = nullptr;
    MatchRuleEditor *m_ruleEditor = nullptr;
    FollowerBar *m_followerBar = nullptr;
    QLabel *m_counters = nullptr;
    QToolButton *m_issueCount = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    PublishingActions *m_publishing = nullptr;
    LinkChecks *m_linkChecks = nullptr;
    PreviewForBox *m_previewFor = nullptr;
    TemplateController *m_templates = nullptr;
    GroupPublishing *m_groupPublishing = nullptr;
    bool m_placed = false; ///< fitted to the screen with the real frame, on the first show
};
