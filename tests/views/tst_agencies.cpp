#include "editorwithaccounts.h"
#include "scriptedprompter.h"

#include <accountpublishjob.h>
#include <accounts.h>
#include <accountsdialog.h>
#include <documentcontroller.h>
#include <grouppublishing.h>
#include <issuespanel.h>
#include <mainwindow.h>
#include <memorysecretstore.h>
#include <menudocument.h>
#include <menutreemodel.h>
#include <phonepreview.h>
#include <phonepreviewlayout.h>
#include <previewforbox.h>
#include <publishdialog.h>
#include <publishhistory.h>
#include <publishingactions.h>
#include <recoverystore.h>
#include <sandboxhost.h>
#include <severalaccountsdialog.h>
#include <variablestable.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

/// A template: the shop's city in a name, its domain in a link.
const QByteArray kTemplate =
    "{\"menu\": {\"button\": ["
    "{\"name\": \"${city}\", \"type\": \"view\", \"url\": \"https://${domain}/home\"},"
    "{\"name\": \"\u4f1a\u5458\", \"type\": \"click\", \"key\": \"VIP_${vip_tag}\"}"
    "]}}";

} // namespace

class TestAgencies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void manageAccountsSavesGroupAndAccountVariables();
    void previewForShowsTheAccountsFilledInNames();
    void missingVariableIsAProblemNamingAccountAndVariable();
    void publishToSeveralAccountsOneFailing();

private:
    /// Three sandboxes on loopback saved as Shop A, Shop B and Shop C (each its own AppID and
    /// secret), in group "Shops" with domain and vip_tag set on the group.
    /// `failing` (an index, -1 none) refuses its first menu/create with 45009 (the quota).
    void addThreeShops(int failing = -1);
    bool openTemplate();

    EditorWithAccounts m_editor;
    std::vector<std::unique_ptr<SandboxHost>> m_shops;
};

void TestAgencies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAgencies::init()
{
    m_editor.start();
}

void TestAgencies::cleanup()
{
    m_shops.clear();
    m_editor.stop();
}

void TestAgencies::addThreeShops(int failing)
{
    const QStringList names{QStringLiteral("Shop A"), QStringLiteral("Shop B"),
                            QStringLiteral("Shop C")};
    for (int i = 0; i < names.size(); ++i) {
        auto host = std::make_unique<SandboxHost>(
            m_editor.dir->filePath(QStringLiteral("shop%1.json").arg(i)));
        SandboxOptions options;
        options.appId = QStringLiteral("wxshop00000000000%1").arg(i);
        options.secret = QStringLiteral("shop-secret-%1-0123456789").arg(i);
        if (i == failing) {
            options.failOn = QStringLiteral("menu/create");
            options.failOnCall = 1; // the daily quota, once: a retry goes through
            options.failWith = QStringLiteral("45009");
        }
        host->setOptions(options);
        QString error;
        QVERIFY2(host->ensureStarted(&error), qPrintable(error));
        Account account;
        account.name = names.at(i);
        account.appId = options.appId;
        account.apiBase = host->baseUrl();
        bool saved = false;
        m_editor.accounts->save(account, options.secret,
                                [&saved](const QString &) { saved = true; });
        QTRY_VERIFY(saved);
        m_shops.push_back(std::move(host));
    }
    AccountGroup group;
    group.name = QStringLiteral("Shops");
    group.accounts = names;
    group.variables = {{QStringLiteral("domain"), QStringLiteral("shops.example.com")},
                       {QStringLiteral("vip_tag"), QStringLiteral("100")}};
    QHash<QString, AccountList::Variables> own;
    own.insert(QStringLiteral("Shop A"),
               {{QStringLiteral("city"), QStringLiteral(u"上海")},
                {QStringLiteral("domain"), QStringLiteral("a.example.com")}});
    own.insert(QStringLiteral("Shop B"), {{QStringLiteral("city"), QStringLiteral(u"北京")}});
    own.insert(QStringLiteral("Shop C"), {{QStringLiteral("city"), QStringLiteral(u"广州")}});
    m_editor.accounts->saveGroups({group}, own);
}

bool TestAgencies::openTemplate()
{
    const QString path = m_editor.dir->filePath(QStringLiteral("template.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kTemplate) != kTemplate.size())
        return false;
    file.close();
    return m_editor.window->files()->openFile(path);
}

void TestAgencies::manageAccountsSavesGroupAndAccountVariables()
{
    Account shop;
    shop.name = QStringLiteral("Shop A");
    shop.appId = QStringLiteral("wx00000000000000a1");
    shop.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
    bool saved = false;
    m_editor.accounts->save(shop, QStringLiteral("secret-a"),
                            [&saved](const QString &) { saved = true; });
    QTRY_VERIFY(saved);

    m_editor.window->findChild<QAction *>(QStringLiteral("actionAccounts"))->trigger();
    auto *dialog = m_editor.window->findChild<AccountsDialog *>(QStringLiteral("accountsDialog"));
    QVERIFY(dialog);

    // A group: its name, Shop A ticked, a variable for all its accounts.
    dialog->newGroup();
    dialog->groupNameEdit()->setText(QStringLiteral("Shops"));
    QListWidget *members = dialog->groupMembers();
    for (int row = 0; row < members->count(); ++row) {
        if (members->item(row)->data(Qt::UserRole).toString() == QStringLiteral("Shop A"))
            members->item(row)->setCheckState(Qt::Checked);
    }
    dialog->groupVariables()->setVariable(QStringLiteral("domain"),
                                          QStringLiteral("shops.example.com"));
    dialog->groupVariables()->setVariable(QStringLiteral("vip_tag"), QStringLiteral("100"));
    QVERIFY(dialog->saveGroupForm());

    // Shop A sets its own domain.
    for (int row = 0; row < dialog->list()->count(); ++row) {
        if (dialog->list()->item(row)->data(Qt::UserRole).toString() == QStringLiteral("Shop A"))
            dialog->list()->setCurrentRow(row);
    }
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Shop A"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("groupHint"))
                ->text()
                .contains(QStringLiteral("domain = shops.example.com")));
    dialog->accountVariables()->setVariable(QStringLiteral("domain"),
                                            QStringLiteral("a.example.com"));
    QVERIFY(dialog->saveForm());
    QTRY_COMPARE(m_editor.accounts->list()
                     .variables(QStringLiteral("Shop A"))
                     .value(QStringLiteral("domain")),
                 QStringLiteral("a.example.com"));

    // Saved in the settings, read back as a new start reads them.
    QSettings settings;
    const AccountList read = AccountList::load(settings);
    const AccountGroup *group = read.findGroup(QStringLiteral("Shops"));
    QVERIFY(group);
    QCOMPARE(group->accounts, QStringList{QStringLiteral("Shop A")});
    QCOMPARE(group->variables.value(QStringLiteral("domain")), QStringLiteral("shops.example.com"));
    QCOMPARE(read.variables(QStringLiteral("Shop A")).value(QStringLiteral("domain")),
             QStringLiteral("a.example.com"));
    const AccountList::Variables resolved =
        read.resolvedVariables(QStringLiteral("Shops"), QStringLiteral("Shop A"));
    QCOMPARE(resolved.value(QStringLiteral("domain")), QStringLiteral("a.example.com"));
    QCOMPARE(resolved.value(QStringLiteral("vip_tag")), QStringLiteral("100"));
    // Never a secret in the settings.
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("secret-a")),
                 qPrintable(key));
    dialog->close();
}

void TestAgencies::previewForShowsTheAccountsFilledInNames()
{
    addThreeShops();
    QVERIFY(openTemplate());
    PreviewForBox *box = m_editor.window->previewFor();
    QVERIFY(box->isVisible());
    QVERIFY(box->combo()->isEnabled());
    QCOMPARE(box->combo()->count(), 4); // as written, then the three shops
    PhonePreview *preview = m_editor.window->preview();
    QCOMPARE(preview->shownButtons().first().name, QStringLiteral("${city}"));

    QVERIFY(box->choose(QStringLiteral("Shop A")));
    QVERIFY(preview->isFilledIn());
    QCOMPARE(preview->shownButtons().at(0).name, QStringLiteral(u"上海"));
    QCOMPARE(preview->shownButtons().at(0).url, QStringLiteral("https://a.example.com/home"));
    QCOMPARE(preview->shownButtons().at(1).key, QStringLiteral("VIP_100")); // the group's
    QCOMPARE(preview->layout().tabCount(), 2);
    // The tree and the form stay on the template.
    QCOMPARE(m_editor.window->document()->data().menu(-1).buttons.first().name,
             QStringLiteral("${city}"));
    QVERIFY(m_editor.window->model()
                ->data(m_editor.window->model()->index(0, 0), Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("${city}")));

    QVERIFY(box->choose(QStringLiteral("Shop B")));
    QCOMPARE(preview->shownButtons().at(0).name, QStringLiteral(u"北京"));
    QCOMPARE(preview->shownButtons().at(0).url, QStringLiteral("https://shops.example.com/home"));

    // An edit of the template shows at once, filled in.
    m_editor.window->document()->setButtonField({-1, -1, 0}, ButtonField::Name,
                                                QStringLiteral(u"${city}店"));
    QCOMPARE(preview->shownButtons().at(0).name, QStringLiteral(u"北京店"));

    box->combo()->setCurrentIndex(0);
    QVERIFY(!preview->isFilledIn());
    QCOMPARE(preview->shownButtons().at(0).name, QStringLiteral(u"${city}店"));
}

void TestAgencies::missingVariableIsAProblemNamingAccountAndVariable()
{
    addThreeShops();
    // Shop C loses its city.
    QHash<QString, AccountList::Variables> own;
    own.insert(QStringLiteral("Shop A"), {{QStringLiteral("city"), QStringLiteral(u"上海")}});
    own.insert(QStringLiteral("Shop B"), {{QStringLiteral("city"), QStringLiteral(u"北京")}});
    m_editor.accounts->saveGroups(m_editor.accounts->list().groups(), own);
    QVERIFY(openTemplate());

    const auto missing = [this] {
        IssueList found;
        for (const Issue &issue : m_editor.window->document()->issues()) {
            if (issue.rule == QLatin1String("variable.missing"))
                found.append(issue);
        }
        return found;
    };
    QCOMPARE(missing().size(), 1);
    const Issue issue = missing().first();
    QCOMPARE(issue.severity, Issue::Severity::Warning);
    QVERIFY2(issue.message.contains(QStringLiteral("Shop C")) &&
                 issue.message.contains(QStringLiteral("${city}")),
             qPrintable(issue.message));
    QCOMPARE(issue.path, QStringLiteral("menu.button[0].name"));
    // Shown in Problems.
    QTreeWidget *list = m_editor.window->issuesPanel()->list();
    bool shown = false;
    for (int i = 0; i < list->topLevelItemCount() && !shown; ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        QList<QTreeWidgetItem *> pending{item};
        while (!pending.isEmpty()) {
            QTreeWidgetItem *at = pending.takeFirst();
            for (int c = 0; c < at->columnCount(); ++c)
                shown = shown || at->text(c).contains(QStringLiteral("Shop C"));
            for (int k = 0; k < at->childCount(); ++k)
                pending.append(at->child(k));
        }
    }
    QVERIFY(shown);

    // Setting it on the group clears the warning.
    QList<AccountGroup> groups = m_editor.accounts->list().groups();
    groups[0].variables.insert(QStringLiteral("city"), QStringLiteral(u"本地"));
    m_editor.accounts->saveGroups(groups, own);
    QVERIFY(missing().isEmpty());
}

void TestAgencies::publishToSeveralAccountsOneFailing()
{
    addThreeShops(1); // Shop B's account refuses its first menu/create: 45009
    QVERIFY(openTemplate());
    const DocumentData before = m_editor.window->document()->data();

    QAction *action = m_editor.window->findChild<QAction *>(QStringLiteral("actionPublishSeveral"));
    QVERIFY(action);
    QVERIFY(m_editor.window->publishing()->menu()->actions().contains(action));
    action->trigger();
    SeveralAccountsDialog *dialog = m_editor.window->findChild<SeveralAccountsDialog *>(
        QStringLiteral("severalAccountsDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->groupCombo()->currentText(), QStringLiteral("Shops"));
    QCOMPARE(dialog->rows()->rowCount(), 3);
    using State = AccountPublishJob::State;
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(dialog->jobs().cbegin(), dialog->jobs().cend(),
                    [](const AccountPublishJob *job) { return job->state() == State::Ready; }),
        20000);
    // Each row has its review: the empty account gets both buttons.
    for (int row = 0; row < 3; ++row)
        QVERIFY2(dialog->rows()->item(row, 1)->text().contains(QStringLiteral("2 added")),
                 qPrintable(dialog->rows()->item(row, 1)->text()));
    QVERIFY(dialog->publishButton()->isEnabled());
    QVERIFY(!dialog->publishButton()->autoDefault());

    QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
    const int a = dialog->rowOf(QStringLiteral("Shop A"));
    const int b = dialog->rowOf(QStringLiteral("Shop B"));
    const int c = dialog->rowOf(QStringLiteral("Shop C"));
    QCOMPARE(dialog->jobs().at(a)->state(), State::Done);
    QCOMPARE(dialog->jobs().at(c)->state(), State::Done);
    QCOMPARE(dialog->jobs().at(b)->state(), State::Failed);
    // The outcome in words, the errcode in the tooltip; Retry only on the failed row.
    const QString outcome = dialog->rows()->item(b, 3)->text();
    QVERIFY2(outcome.contains(QStringLiteral("Stopped at call 1 of 1")), qPrintable(outcome));
    QVERIFY2(!outcome.contains(QStringLiteral("menu/create")), qPrintable(outcome));
    QVERIFY(dialog->rows()->item(b, 3)->toolTip().contains(QStringLiteral("45009")));
    QVERIFY(dialog->retryButton(b)->isVisible());
    QVERIFY(!dialog->retryButton(a)->isVisible());
    QVERIFY(!dialog->retryButton(c)->isVisible());
    QVERIFY(dialog->rows()->item(a, 3)->text().contains(QStringLiteral("Published")));
    QVERIFY(dialog->message()->text().contains(QStringLiteral("2 published")));

    // Each account got its own filled-in menu, through its own token.
    const SandboxState stateA = m_shops.at(0)->api()->state();
    QVERIFY(stateA.hasMenu);
    QCOMPARE(stateA.menus.menu(-1).buttons.first().name, QStringLiteral(u"上海"));
    QCOMPARE(stateA.menus.menu(-1).buttons.first().url,
             QStringLiteral("https://a.example.com/home"));
    QCOMPARE(m_shops.at(2)->api()->state().menus.menu(-1).buttons.first().name,
             QStringLiteral(u"广州"));
    QCOMPARE(m_shops.at(0)->api()->calls().value(QStringLiteral("menu/create")), 1);
    QCOMPARE(m_shops.at(2)->api()->calls().value(QStringLiteral("menu/create")), 1);
    // Each sandbox hands out tokens for its own AppID and secret only: each account asked its own.
    for (const auto &shop : m_shops)
        QVERIFY(shop->api()->calls().value(QStringLiteral("stable_token")) >= 1);
    // History per account: one saved state under each published account's key.
    for (int i : {0, 2}) {
        Account account =
            *m_editor.accounts->list().find(QStringLiteral("Shop %1").arg(QChar('A' + i)));
        QVERIFY(!m_editor.history->entries(PublishHistory::accountKey(account)).isEmpty());
    }
    Account accountB = *m_editor.accounts->list().find(QStringLiteral("Shop B"));

    // Retry publishes the one that failed; the others are left alone.
    QTest::mouseClick(dialog->retryButton(b), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->jobs().at(b)->state(), State::Done, 20000);
    QVERIFY(m_shops.at(1)->api()->state().hasMenu);
    QCOMPARE(m_shops.at(0)->api()->calls().value(QStringLiteral("menu/create")), 1);
    QVERIFY(!dialog->retryButton(b)->isVisible());
    QVERIFY(dialog->message()->text().contains(QStringLiteral("3 published")));
    QVERIFY(!m_editor.history->entries(PublishHistory::accountKey(accountB)).isEmpty());
    QCOMPARE(m_editor.window->document()->data(), before); // the document is never changed

    // The full Compare and Publish review of one account, through that account's session.
    QTest::mouseClick(dialog->reviewButton(c), Qt::LeftButton);
    auto *review = dialog->findChild<PublishDialog *>();
    QVERIFY(review);
    QTRY_COMPARE_WITH_TIMEOUT(review->state(), PublishDialog::State::NothingToDo, 20000);
    QCOMPARE(review->findChild<QLabel *>(QStringLiteral("accountName"))->text(),
             QStringLiteral("Shop C"));
    review->close();
    dialog->close();
}

QTEST_MAIN(TestAgencies)
#include "tst_agencies.moc"
