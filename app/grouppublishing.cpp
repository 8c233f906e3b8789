#include "grouppublishing.h"

#include "accounts.h"
#include "oneaccountdirectory.h"
#include "publishingactions.h"

#include <accountpublishjob.h>
#include <accountsession.h>
#include <menudocument.h>
#include <publishdialog.h>
#include <severalaccountsdialog.h>

#include <QAction>
#include <QComboBox>
#include <QMenu>

GroupPublishing::GroupPublishing(Accounts *accounts, PublishHistory *history,
                                 PublishingActions *publishing, Prompter *prompter, QWidget *window,
                                 std::function<MenuDocument *()> document)
    : QObject(window)
    , m_accounts(accounts)
    , m_history(history)
    , m_prompter(prompter)
    , m_window(window)
    , m_document(std::move(document))
{
    m_action = new QAction(tr("Publish to &Several Accounts…"), this);
    m_action->setObjectName(QStringLiteral("actionPublishSeveral"));
    m_action->setToolTip(tr("Publish this menu, filled in per account, to every account of a "
                            "group"));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    QMenu *menu = publishing->menu();
    const QList<QAction *> actions = menu->actions();
    const qsizetype at = actions.indexOf(publishing->publishAction());
    menu->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_action);
}

SeveralAccountsDialog *GroupPublishing::open()
{
    MenuDocument *document = m_document();
    if (!document || !m_accounts)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    Accounts *accounts = m_accounts;
    m_dialog = new SeveralAccountsDialog(
        accounts->list(), [accounts](const QString &name) { return accounts->sessionFor(name); },
        m_history, document->data(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SeveralAccountsDialog::reviewRequested, this, &GroupPublishing::review);
    m_dialog->open();
    m_dialog->chooseGroup(m_dialog->groupCombo()->currentText());
    return m_dialog;
}

PublishDialog *GroupPublishing::review(AccountPublishJob *job)
{
    if (!job || !job->session() || !m_dialog)
        return nullptr;
    auto *directory = new OneAccountDirectory(job->session(), job);
    auto *dialog = new PublishDialog(directory, m_history, job->wanted(), m_dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPrompter(m_prompter);
    // Once the review closes, the row shows the account as it is then.
    connect(dialog, &QObject::destroyed, job, [job, directory] {
        directory->deleteLater();
        job->compare();
    });
    dialog->open();
    dialog->compare();
    return dialog;
}
