#include "publishingactions.h"

#include "accounts.h"

#include <accountqueries.h>
#include <accountsdialog.h>
#include <accountsession.h>
#include <errorpolicy.h>
#include <historydialog.h>
#include <livemenus.h>
#include <menudocument.h>
#include <menufile.h>
#include <prompter.h>
#include <publishdialog.h>
#include <publishhistory.h>
#include <tagnames.h>

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QWidget>

PublishingActions::PublishingActions(
    Accounts *accounts, PublishHistory *history, Prompter *prompter, QWidget *window,
    std::function<MenuDocument *()> document,
    std::function<bool(const DocumentData &, const QString &)> open)
    : QObject(window)
    , m_accounts(accounts)
    , m_history(history)
    , m_prompter(prompter)
    , m_window(window)
    , m_document(std::move(document))
    , m_open(std::move(open))
{
    m_menu = new QMenu(tr("&Account"), window);
    m_menu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu = m_menu->addMenu(tr("&Use Account"));
    m_accountGroup = new QActionGroup(this);
    m_menu->addSeparator();
    m_pull = m_menu->addAction(tr("&Pull Live Menus"), this, &PublishingActions::pull);
    m_pull->setObjectName(QStringLiteral("actionPull"));
    m_pull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_pull->setToolTip(tr("Open the account's live menus as a new document"));
    m_publish = m_menu->addAction(tr("Compare and P&ublish…"), this, [this] { comparePublish(); });
    m_publish->setObjectName(QStringLiteral("actionPublish"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_showHistory =
        m_menu->addAction(tr("Publish &History…"), this, &PublishingActions::showHistory);
    m_showHistory->setObjectName(QStringLiteral("actionHistory"));
    m_menu->addSeparator();
    m_manage = m_menu->addAction(tr("&Manage Accounts…"), this, &PublishingActions::manageAccounts);
    m_manage->setObjectName(QStringLiteral("actionAccounts"));
    for (QAction *action : {m_pull, m_publish, m_showHistory, m_manage})
        window->addAction(action);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("accountStatus"));
    connect(accounts, &Accounts::listChanged, this, &PublishingActions::rebuildAccountMenu);
    connect(accounts, &Accounts::currentChanged, this, [this] {
        rebuildAccountMenu();
        updateStatus();
    });
    rebuildAccountMenu();
    updateStatus();
}

AccountDirectory *PublishingActions::accounts() const
{
    return m_accounts;
}

void PublishingActions::rebuildAccountMenu()
{
    m_accountMenu->clear();
    for (QAction *action : m_accountGroup->actions())
        m_accountGroup->removeAction(action);
    for (const Account &account : m_accounts->list().accounts()) {
        QAction *action = m_accountMenu->addAction(account.displayName());
        action->setCheckable(true);
        action->setChecked(account.name == m_accounts->current().name);
        m_accountGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, name = account.name] { m_accounts->setCurrent(name); });
    }
}

void PublishingActions::remember(const DocumentData &live)
{
    DocumentData copy = live;
    m_lastLive.insert(m_accounts->current().name, copy);
    updateStatus();
}

void PublishingActions::updateStatus()
{
    if (!m_accounts)
        return;
    const QString name = m_accounts->current().name;
    const QString shownName = m_accounts->current().displayName();
    QString state = tr("not compared yet");
    const auto it = m_lastLive.constFind(name);
    MenuDocument *document = m_document();
    if (it != m_lastLive.constEnd() && document)
        state = LiveMenus::sameContent(it.value(), document->data())
                    ? tr("the document matches the live menus")
                    : tr("the document differs from the live menus");
    m_status->setText(tr("Account: %1 · %2").arg(shownName, state));
}

void PublishingActions::addActions(const QList<QAction *> &actions)
{
    m_menu->insertActions(m_manage, actions);
    m_menu->insertSeparator(m_manage);
    m_window->addActions(actions);
}

void PublishingActions::pull()
{
    m_pull->setEnabled(false);
    m_accounts->openSession([this, self = QPointer<PublishingActions>(this)](
                                AccountSession *session, const QString &error) {
        if (!self)
            return;
        if (!session) {
            m_pull->setEnabled(true);
            m_prompter->showError(m_window, tr("Pull Live Menus"), error);
            return;
        }
        auto *reader = new LiveMenus(session->client(), this);
        const QString account = session->account().name; // the account may change meanwhile
        const QString shownAccount = session->account().displayName();
        const QString historyKey = PublishHistory::accountKey(session->account());
        reader->pull([this, self = QPointer<PublishingActions>(this), reader, account, shownAccount,
                      historyKey](const LiveResult &live) {
            if (!self)
                return;
            reader->deleteLater();
            m_pull->setEnabled(true);
            if (!live.ok) {
                m_prompter->showError(m_window, tr("Pull Live Menus"),
                                      ErrorPolicy::explain(live.failure));
                return;
            }
            DocumentData document = live.live;
            document.clearMenuIds();
            if (m_history)
                m_history->nameMenus(historyKey, &document);
            if (live.source == Shape::MenuGet && account == m_accounts->current().name)
                remember(live.live);
            if (m_open(document, tr("Live menus of %1").arg(shownAccount)))
                updateStatus();
        });
    });
}

PublishDialog *PublishingActions::comparePublish()
{
    if (!m_beforePublish)
        return openPublishDialog();
    m_beforePublish([self = QPointer<PublishingActions>(this)] {
        if (self)
            self->openPublishDialog();
    });
    return m_dialog;
}

PublishDialog *PublishingActions::openPublishDialog()
{
    MenuDocument *document = m_document();
    if (!document)
        return nullptr;
    return review(document->data());
}

PublishDialog *PublishingActions::review(const DocumentData &wanted)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new PublishDialog(m_accounts, m_history, wanted, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setTagNames(TagNames::byId(m_tags.value(m_accounts->current().name)));
    m_dialog->setPrompter(m_prompter);
    connect(m_dialog, &PublishDialog::liveRead, this, &PublishingActions::remember);
    m_dialog->open(); // window-modal, without a nested event loop
    m_dialog->compare();
    return m_dialog;
}

HistoryDialog *PublishingActions::showHistory()
{
    const Account account = m_accounts->current();
    auto *dialog =
        new HistoryDialog(m_history, account, m_window, TagNames::byId(m_tags.value(account.name)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::restoreRequested, this,
            [this, key = PublishHistory::accountKey(account)](const QString &fileName) {
                DocumentData data;
                QString error;
                if (!m_history->read(key, {fileName, {}}, &data, &error)) {
                    m_prompter->showError(m_window, tr("Publish History"), error);
                    return;
                }
                review(data);
            });
    connect(dialog, &HistoryDialog::openRequested, this, [this](const QString &fileName) {
        const ReadResult read = MenuFile::readFile(fileName);
        if (!read.ok) {
            m_prompter->showError(m_window, tr("Publish History"), read.error.message);
            return;
        }
        m_open(read.data, tr("Menus before a publish"));
    });
    dialog->open();
    return dialog;
}

void PublishingActions::manageAccounts()
{
    auto *dialog = new AccountsDialog(m_accounts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PublishingActions::fetchTags(std::function<void(const QList<QPair<QString, QString>> &)> done)
{
    const QString account = m_accounts->current().name;
    if (m_tags.contains(account)) {
        done(m_tags.value(account));
        return;
    }
    m_accounts->openSession([this, self = QPointer<PublishingActions>(this), account,
                             done](AccountSession *session, const QString &) {
        if (!self || !session) {
            if (self)
                done({});
            return;
        }
        AccountQueries::fetchTags(
            session->client(),
            [this, self, account, done](const QList<AccountQueries::Tag> &tags, bool ok) {
                if (!self)
                    return;
                if (ok)
                    m_tags.insert(account, tags);
                done(tags);
            });
    });
}

void PublishingActions::tryMatch(
    const QString &userId,
    std::function<void(const QList<Button> &, const QString &, const QString &)> done)
{
    m_accounts->openSession([self = QPointer<PublishingActions>(this), userId,
                             done](AccountSession *session, const QString &error) {
        if (!self)
            return;
        if (!session) {
            done({}, error, {});
            return;
        }
        AccountQueries::tryMatch(session->client(), userId,
                                 [self, done](const QList<Button> &buttons, const QString &why,
                                              const QString &technical) {
                                     if (self)
                                         done(buttons, why, technical);
                                 });
    });
}
