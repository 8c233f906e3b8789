#pragma once

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

class Accounts;
class ButtonActions;
class ButtonForm;
class IssuesPanel;
class MenuDocument;
class MenuTreeModel;
class MenuTreeView;
class PhonePreview;
class Prompter;
class PublishHistory;
class PublishingActions;
class FollowerBar;
class MatchRuleEditor;
class MenusPanel;
class QLabel;
class RecentFilesMenu;
class QUndoGroup;
class RecoveryStore;
struct ButtonPath;
struct DocumentData;

/**
 * The editor window. It wires the parts together (tree, phone preview, button form, issues
 * panel, actions) and handles files; it holds no menu logic of its own.
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

    MenuDocument *document() const { return m_document.get(); }
    MenuTreeModel *model() const { return m_model; }
    MenuTreeView *tree() const { return m_tree; }
    ButtonForm *form() const { return m_form; }
    PhonePreview *preview() const { return m_preview; }
    IssuesPanel *issuesPanel() const { return m_issues; }
    ButtonActions *buttonActions() const { return m_buttonActions; }
    MenusPanel *menusPanel() const { return m_menusPanel; }
    MatchRuleEditor *ruleEditor() const { return m_ruleEditor; }
    FollowerBar *followerBar() const { return m_followerBar; }

    /// The About text: version and licences.
    static QString aboutText();

    /// Autosave delay after the last edit, in milliseconds.
    void setAutosaveInterval(int milliseconds) { m_autosave.setInterval(milliseconds); }

    bool newDocument();
    bool openFile(const QString &fileName);
    /// Opens `data` as a new untitled document (after asking about unsaved changes).
    bool openData(const DocumentData &data);
    PublishingActions *publishing() const { return m_publishing; }
    bool save();
    bool saveAs(const QString &fileName = {});
    bool importFile(const QString &fileName = {});
    bool exportCreateBody(const QString &fileName = {});
    bool exportPreview(const QString &fileName = {});
    /// Offers the unsaved edits of editors that crashed; returns true when one was restored.
    bool offerRecovery();
    /// Shows the menu with this index (-1 default) in the tree, form and preview.
    void showMenu(int menuIndex);
    /// Selects a button in every view.
    void selectButton(const ButtonPath &path);
    /// Jumps to the button and field an issue path names.
    void goToIssue(const QString &path);
    /// Asks the server which menu a follower sees (trymatch) and shows it.
    void askServer(const QString &userId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    void createMenus();
    void setDocument(std::unique_ptr<MenuDocument> document);
    bool maybeSave();
    bool saveTo(const QString &fileName);
    /// Asks where when `fileName` is empty, then writes with `write`; reports what happened.
    bool exportTo(const QString &fileName, const QString &title, const QString &suggestedName,
                  const QString &filter,
                  const std::function<bool(const QString &, QString *)> &write);
    void updateTitle();
    void refreshMenus();
    /// Shows the menu the follower of the "Preview as" bar sees, and says why.
    void previewAsFollower();
    void fetchTags();

    void updateCounters();
    /// Writes the unsaved edits to the recovery file; true when they are safely there.
    bool autosave();
    void showError(const QString &title, const QString &text);
    void showStatus(const QString &text);
    QString documentName() const;
    QString suggestedDirectory() const;
    static QString jsonFilter();

    Prompter *m_prompter;
    RecoveryStore *m_recovery;
    std::unique_ptr<MenuDocument> m_document;
    MenuTreeModel *m_model = nullptr;
    MenuTreeView *m_tree = nullptr;
    ButtonForm *m_form = nullptr;
    PhonePreview *m_preview = nullptr;
    IssuesPanel *m_issues = nullptr;
    ButtonActions *m_buttonActions = nullptr;
    MenusPanel *m_menusPanel = nullptr;
    MatchRuleEditor *m_ruleEditor = nullptr;
    FollowerBar *m_followerBar = nullptr;
    QHash<QString, QString> m_tagNames;
    QLabel *m_counters = nullptr;
    QLabel *m_issueCount = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    PublishingActions *m_publishing = nullptr;
    QAction *m_darkPreview = nullptr;
    QTimer m_autosave;
};
