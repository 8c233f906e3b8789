#pragma once

#include <publishdialog.h>

#include <documentdata.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AccountDirectory;
class Accounts;
class HistoryDialog;
class MenuDocument;
class Prompter;
class PublishHistory;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QWidget;

/**
 * The Account menu of the editor: choose the account, pull, compare and publish, history,
 * manage accounts; and the status bar's account line, which says whether the document
 * equals the last state read from that account.
 */
class PublishingActions : public QObject
{
    Q_OBJECT

public:
    /// `document` gives the open document; `open` opens data as a new untitled document.
    PublishingActions(Accounts *accounts, PublishHistory *history, Prompter *prompter,
                      QWidget *window, std::function<MenuDocument *()> document,
                      std::function<bool(const DocumentData &, const QString &)> open);

    QMenu *menu() const { return m_menu; }
    /// The accounts it publishes to (the current one is the target).
    AccountDirectory *accounts() const;
    QLabel *statusLabel() const { return m_status; }
    QAction *pullAction() const { return m_pull; }
    QAction *publishAction() const { return m_publish; }
    PublishDialog *publishDialog() const { return m_dialog; }

    void pull();
    /// Opens Compare and Publish, after the check set by setBeforePublish(); returns the
    /// dialog when it opened at once.
    PublishDialog *comparePublish();
    /// Compare and Publish of `wanted` instead of the open document (a version from the
    /// history being restored); the document is left alone.
    PublishDialog *review(const DocumentData &wanted);
    /// Runs before Compare and Publish opens (the editor checks every link of the document):
    /// it calls `proceed` to open the dialog, or never to stay in the editor.
    void setBeforePublish(std::function<void(std::function<void()> proceed)> check)
    {
        m_beforePublish = std::move(check);
    }
    /// The history of the current account; returns the dialog (deleted on close).
    HistoryDialog *showHistory();
    void manageAccounts();
    /// The current account's tags (id, name), read once per account; empty when unreachable.
    void fetchTags(std::function<void(const QList<QPair<QString, QString>> &)> done);
    /// The buttons the account's server shows a follower (trymatch), or an error in words
    /// with its technical detail (errcode) apart.
    void tryMatch(
        const QString &userId,
        std::function<void(const QList<Button> &, const QString &error, const QString &technical)>
            done);
    /// Recomputes the status line (after an edit, a read or an account change).
    void updateStatus();
    /// Adds `actions` to the Account menu after Publish History (the campaigns' actions).
    void addActions(const QList<QAction *> &actions);

private:
    void rebuildAccountMenu();
    void remember(const DocumentData &live);
    PublishDialog *openPublishDialog();

    QPointer<Accounts> m_accounts;
    PublishHistory *m_history;
    Prompter *m_prompter;
    QWidget *m_window;
    std::function<MenuDocument *()> m_document;
    std::function<bool(const DocumentData &, const QString &)> m_open;
    std::function<void(std::function<void()>)> m_beforePublish;
    QMenu *m_menu;
    QMenu *m_accountMenu;
    QActionGroup *m_accountGroup;
    QAction *m_pull;
    QAction *m_publish;
    QAction *m_showHistory;
    QAction *m_manage;
    QLabel *m_status;
    QPointer<PublishDialog> m_dialog;
    QHash<QString, DocumentData> m_lastLive; ///< account -> its last read or published state
    QHash<QString, QList<QPair<QString, QString>>> m_tags; ///< account -> its tags
};
