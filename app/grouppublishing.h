#pragma once

#include <severalaccountsdialog.h>

#include <QObject>
#include <QPointer>

#include <functional>

class AccountPublishJob;
class Accounts;
class MenuDocument;
class Prompter;
class PublishDialog;
class PublishHistory;
class PublishingActions;
class QAction;
class QWidget;

/**
 * The Account menu's "Publish to Several Accounts…": the open document, filled in per
 * account, to every account of a group, each through its own session; and, for one of them,
 * the full Compare and Publish review.
 */
class GroupPublishing : public QObject
{
    Q_OBJECT

public:
    /// Adds its action to `publishing`'s menu, after Compare and Publish. Nothing is owned.
    GroupPublishing(Accounts *accounts, PublishHistory *history, PublishingActions *publishing,
                    Prompter *prompter, QWidget *window, std::function<MenuDocument *()> document);

    QAction *action() const { return m_action; }
    /// Opens the dialog on the first group (deleted on close) and compares its accounts.
    SeveralAccountsDialog *open();
    SeveralAccountsDialog *dialog() const { return m_dialog; }
    /// Opens the full Compare and Publish review of one account of the dialog.
    PublishDialog *review(AccountPublishJob *job);

private:
    QPointer<Accounts> m_accounts;
    PublishHistory *m_history;
    Prompter *m_prompter;
    QWidget *m_window;
    std::function<MenuDocument *()> m_document;
    QAction *m_action;
    QPointer<SeveralAccountsDialog> m_dialog;
};
