#include "editorwithaccounts.h"
#include "lostreplyproxy.h"
#include "scriptedprompter.h"

#include <accounts.h>
#include <accountsdialog.h>
#include <detailsfold.h>
#include <documentcontroller.h>
#include <followerbar.h>
#include <followercontroller.h>
#include <historydialog.h>
#include <issuespanel.h>
#include <livemenus.h>
#include <mainwindow.h>
#include <memorysecretstore.h>
#include <menudocument.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <menulistmodel.h>
#include <menureviewcard.h>
#include <menuspanel.h>
#include <menutreemodel.h>
#include <publishdialog.h>
#include <publishhistory.h>
#include <publishingactions.h>
#include <recoverystore.h>
#include <reviewlist.h>
#include <reviewphone.h>
#include <sandboxhost.h>

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

const QString kSample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
const QString kSecret = QStringLiteral("gui-secret-0123456789");

} // namespace

class TestPublishing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void publishPullAndHistory();
    void historyIsATimelineOfChangesInWords();
    void oneLabelInTheListProblemsAndPublishDialog();
    void failingPublishLeavesTheDocumentAlone();
    void finishPublishingMakesOnlyTheMissingCalls();
    void addAnAccountAndTestIt();
    void secretsNeverReachAFile();
    void lostReplyIsPublishedOnce_data();
    void lostReplyIsPublishedOnce();
    void aMenuWithoutButtonsIsNotPublished();
    void renamedButtonShowsInWordsAndOnBothPhones();
    void enterDoesNotPublishToARealAccount();
    void partialFailureSaysWhatFollowersSee();
    void retryAfterWeChatWasBusy();

private:
    PublishDialog *publishAndWait(PublishDialog::State expected);
    /// Publishes the sample, then opens it with a button renamed in its VIP menu (named
    /// "VIP members") and a sub-button renamed beside it.
    void publishSampleThenRenameInVipMenu();

    EditorWithAccounts m_editor;
};

void TestPublishing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPublishing::init()
{
    m_editor.start();
}

void TestPublishing::cleanup()
{
    m_editor.stop();
}

PublishDialog *TestPublishing::publishAndWait(PublishDialog::State expected)
{
    PublishDialog *dialog = m_editor.window->publishing()->comparePublish();
    if (!dialog)
        return nullptr;
    if (!QTest::qWaitFor([dialog] { return dialog->state() != PublishDialog::State::Reading; },
                         20000)) {
        return nullptr;
    }
    if (dialog->state() == PublishDialog::State::Ready) {
        QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        if (!QTest::qWaitFor(
                [dialog] { return dialog->state() != PublishDialog::State::Publishing; }, 20000)) {
            return nullptr;
        }
    }
    if (dialog->state() != expected)
        qWarning("%s", qPrintable(dialog->message()->text()));
    return dialog->state() == expected ? dialog : nullptr;
}

void TestPublishing::publishPullAndHistory()
{
    QCOMPARE(m_editor.accounts->current().name, QStringLiteral("Sandbox")); // a fresh install
    QVERIFY(!m_editor.accounts->sandbox()->isRunning()); // not started before use
    QVERIFY(m_editor.window->files()->openFile(kSample));
    MenuDocument *document = m_editor.window->document();
    document->setButtonField({-1, -1, 0}, ButtonField::Name, QStringLiteral(u"新品推荐"));
    QVERIFY(document->setMenuName(1, QStringLiteral("VIP members")));
    const DocumentData edited = document->data();

    PublishDialog *dialog = m_editor.window->publishing()->comparePublish();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Ready, 20000);
    QVERIFY(m_editor.accounts->sandbox()->isRunning());
    // The empty account: every button and both conditional menus are added.
    QCOMPARE(dialog->plan()->count(), 3);
    // The calls in words; their endpoints and targets in the tooltips.
    QCOMPARE(dialog->plan()->item(0)->toolTip(), QStringLiteral("menu/create menu"));
    // From the oldest conditional menu (the last) to the newest.
    QVERIFY(dialog->plan()->item(1)->toolTip().startsWith(
        QStringLiteral("menu/addconditional conditionalmenu[1]")));
    QVERIFY(dialog->plan()->item(2)->toolTip().startsWith(
        QStringLiteral("menu/addconditional conditionalmenu[0]")));
    for (int row = 0; row < dialog->plan()->count(); ++row) {
        const QString text = dialog->plan()->item(row)->text();
        QVERIFY2(!text.contains(QStringLiteral("menu/")) && !text.contains(QLatin1Char('[')),
                 qPrintable(text));
    }
    QVERIFY2(dialog->plan()->item(1)->text().contains(QStringLiteral("2. VIP members")),
             qPrintable(dialog->plan()->item(1)->text()));
    // The empty account: the default menu and both conditional menus are new, each one a card.
    QCOMPARE(dialog->review()->cards().size(), 3);
    QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
    QCOMPARE(dialog->state(), PublishDialog::State::Publishing);
    // Escape or Close while calls are under way keeps the dialog, and the run, going.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Done, 20000);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->message()->text().contains(QStringLiteral("5 minutes")));
    QCOMPARE(document->data(), edited); // publishing never changes the document
    QVERIFY(
        m_editor.window->publishing()->statusLabel()->text().contains(QStringLiteral("matches")));
    dialog->close();

    // Comparing again: nothing to do.
    dialog = m_editor.window->publishing()->comparePublish();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::NothingToDo, 20000);
    QCOMPARE(dialog->plan()->count(), 0);
    dialog->close();

    // The name never reached the account: the Sandbox's state has the menus, not the name.
    QFile state(m_editor.dir->filePath(QStringLiteral("sandbox/state.json")));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray stateBytes = state.readAll();
    QVERIFY(stateBytes.contains(QStringLiteral(u"新品推荐").toUtf8()));
    QVERIFY(!stateBytes.contains("VIP members"));

    // Pull opens the live menus as a document equal to what was published, the names taken
    // from the record of that publish.
    document->undoStack()->setClean();
    m_editor.window->publishing()->pull();
    QTRY_VERIFY_WITH_TIMEOUT(m_editor.window->document() != document, 20000);
    QCOMPARE(m_editor.window->document()->data(), edited);

    // The server's own answer for a follower (trymatch), against the local preview.
    FollowerBar *bar = m_editor.window->followerBar();
    bar->setFollower({QStringLiteral("2")}, ClientPlatform::Ios);
    bar->setActive(true);
    m_editor.window->askServer(QStringLiteral("vip_alice")); // tag 2 on iOS in the Sandbox
    QTRY_VERIFY_WITH_TIMEOUT(bar->explanation()->text().contains(QStringLiteral("vip_alice")),
                             20000);
    QCOMPARE(m_editor.window->model()->menuIndex(), 1); // tag 2; the newer menu wants tag 100
    QVERIFY2(bar->explanation()->text().contains(QStringLiteral("agrees")),
             qPrintable(bar->explanation()->text()));
    bar->setActive(false);

    // The history holds the empty account as it was before the publish, in the folder of its
    // AppID (the command line finds it there whichever way it names the account).
    const QList<PublishHistory::Entry> entries =
        m_editor.history->entries(QStringLiteral("wxsandbox000000000"));
    QCOMPARE(entries.size(), 1); // the record of what was published is no entry of its own
    QCOMPARE(QDir(m_editor.dir->filePath(QStringLiteral("history")))
                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("wxsandbox000000000")});
    HistoryDialog history(m_editor.history.get(), m_editor.accounts->current());
    QSignalSpy open(&history, &HistoryDialog::openRequested);
    history.list()->setCurrentRow(0);
    emit history.list()->itemActivated(history.list()->item(0));
    QCOMPARE(open.size(), 1);
    const ReadResult before = MenuFile::readFile(open.first().first().toString());
    QVERIFY2(before.ok, qPrintable(before.error.message));
    QVERIFY(before.data.defaultMenu.buttons.isEmpty());
    QVERIFY(before.data.conditionalMenus.isEmpty());
}

void TestPublishing::historyIsATimelineOfChangesInWords()
{
    QVERIFY(m_editor.window->files()->openFile(kSample));
    MenuDocument *document = m_editor.window->document();
    QVERIFY(publishAndWait(PublishDialog::State::Done));
    m_editor.window->publishing()->publishDialog()->close();
    // The second publish renames a sub-button of the default menu (会员中心 › 会员权益).
    document->setButtonField({-1, 2, 0}, ButtonField::Name, QStringLiteral(u"会员日"));
    QVERIFY(publishAndWait(PublishDialog::State::Done));
    m_editor.window->publishing()->publishDialog()->close();
    const DocumentData published = document->data();

    m_editor.window->publishing()->showHistory();
    auto *dialog = m_editor.window->findChild<HistoryDialog *>(QStringLiteral("historyDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("historyList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    // Newest first: the menus before the second publish, and that publish in words.
    const QString newest = list->item(0)->text();
    QVERIFY2(newest.contains(QStringLiteral(u"会员中心 › 会员权益 renamed to 会员日")),
             qPrintable(newest));
    QVERIFY2(newest.contains(m_editor.accounts->current().displayName()), qPrintable(newest));
    QVERIFY2(!newest.contains(QStringLiteral(u"今日推荐")), qPrintable(newest)); // unchanged
    // The first publish filled the empty account: its menus came in.
    const QString oldest = list->item(1)->data(HistoryDialog::ChangesRole).toString();
    QVERIFY2(oldest.contains(QStringLiteral("Default menu: menu added")), qPrintable(oldest));
    QVERIFY(!oldest.contains(QStringLiteral(u"会员日")));
    // Each entry shows the default menu of its version as a small phone.
    for (int row = 0; row < list->count(); ++row) {
        const QIcon icon = list->item(row)->icon();
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(list->iconSize()).isNull());
    }
    QVERIFY(list->iconSize().height() >= 48);

    // Restoring the version before the rename goes through Compare and Publish: the review
    // shows the way back, the document stays as it is, nothing is published yet.
    list->setCurrentRow(0);
    auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreVersionButton"));
    QVERIFY(restore);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    PublishDialog *review = m_editor.window->publishing()->publishDialog();
    QVERIFY(review);
    QTRY_COMPARE_WITH_TIMEOUT(review->state(), PublishDialog::State::Ready, 20000);
    QCOMPARE(review->plan()->count(), 1); // the default menu again
    QCOMPARE(document->data(), published);
    QCOMPARE(m_editor.history->entries(QStringLiteral("wxsandbox000000000")).size(), 2);
    QTest::mouseClick(review->publishButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(review->state(), PublishDialog::State::Done, 20000);
    QCOMPARE(review->live().defaultMenu.buttons.at(2).subButtons.at(0).name,
             QStringLiteral(u"会员权益"));
}

void TestPublishing::oneLabelInTheListProblemsAndPublishDialog()
{
    // Two conditional menus; the second (the older) has a name, a known tag, a problem.
    DocumentData data;
    Button home;
    home.name = QStringLiteral("Home");
    home.type = QStringLiteral("click");
    home.key = QStringLiteral("HOME");
    data.defaultMenu.buttons = {home};
    Menu newer;
    newer.buttons = {home};
    newer.matchRule.tagId = QStringLiteral("101");
    Menu vip;
    Button broken = home;
    broken.key.clear(); // a click button without a key: a problem in this menu
    vip.buttons = {broken};
    vip.name = QStringLiteral("VIP members");
    vip.matchRule.tagId = QStringLiteral("2");
    vip.matchRule.clientPlatformType = QStringLiteral("1");
    data.conditionalMenus = {newer, vip};
    QVERIFY(m_editor.window->openData(data));

    // The account's tags, as the rule editor asks for them.
    m_editor.window->followers()->fetchTags();
    const MenuListModel *list = m_editor.window->menusPanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!list->tagNames().isEmpty(), 20000);

    const QString expected = QStringLiteral(u"2. VIP members · Tag 星标会员 · iOS");
    QCOMPARE(list->index(1).data().toString(), expected);
    QCOMPARE(list->index(0).data().toString(), QStringLiteral(u"1. Tag 门店员工"));

    QTreeWidget *problems = m_editor.window->issuesPanel()->list();
    QStringList where;
    for (int row = 0; row < problems->topLevelItemCount(); ++row)
        where.append(problems->topLevelItem(row)->text(0));
    QVERIFY2(!where.isEmpty() && where.first().startsWith(expected + QStringLiteral(" › ")),
             qPrintable(where.join(QLatin1Char('\n'))));

    PublishDialog *dialog = m_editor.window->publishing()->comparePublish();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != PublishDialog::State::Reading, 20000);
    QStringList menus;
    for (const MenuReviewCard *card : dialog->review()->cards())
        menus.append(card->findChild<QLabel *>(QStringLiteral("menuTitle"))->text());
    QVERIFY2(menus.contains(expected), qPrintable(menus.join(QLatin1Char('\n'))));
    QVERIFY2(menus.contains(QStringLiteral("Default menu")),
             qPrintable(menus.join(QLatin1Char('\n'))));
    dialog->close();
}

void TestPublishing::failingPublishLeavesTheDocumentAlone()
{
    SandboxOptions options;
    options.failOn = QStringLiteral("menu/addconditional");
    options.failOnCall = 2;
    options.failWith = QStringLiteral("45009");
    m_editor.accounts->sandbox()->setOptions(options);
    QVERIFY(m_editor.window->files()->openFile(kSample));
    MenuDocument *document = m_editor.window->document();
    document->setButtonField({-1, -1, 0}, ButtonField::Name, QStringLiteral(u"改过"));
    const DocumentData edited = document->data();

    PublishDialog *dialog = publishAndWait(PublishDialog::State::Failed);
    QVERIFY(dialog);
    QCOMPARE(dialog->outcome().failedStep, 2);
    QVERIFY(dialog->message()->text().contains(QStringLiteral("45009")));
    QVERIFY(dialog->message()->text().contains(QStringLiteral("call 3 of 3")));
    QVERIFY(dialog->details()->text().contains(QStringLiteral("rid:"))); // one click away
    QVERIFY(dialog->finishButton()->isVisible());
    QVERIFY(dialog->restoreButton()->isVisible());
    QCOMPARE(document->data(), edited);
    QVERIFY(document->isModified());

    // Restore puts back what the account had before (nothing), once its plan is confirmed.
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Ready, 20000);
    QVERIFY(!dialog->live().conditionalMenus.isEmpty()); // the calls that ran are still live
    QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Done, 20000);
    QVERIFY(dialog->live().conditionalMenus.isEmpty());
    QCOMPARE(document->data(), edited);
}

void TestPublishing::finishPublishingMakesOnlyTheMissingCalls()
{
    SandboxOptions options;
    options.failOn = QStringLiteral("menu/addconditional");
    options.failOnCall = 2; // once: the next try goes through
    options.failWith = QStringLiteral("45009");
    m_editor.accounts->sandbox()->setOptions(options);
    QVERIFY(m_editor.window->files()->openFile(kSample));
    PublishDialog *dialog = publishAndWait(PublishDialog::State::Failed);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Ready, 20000);
    QCOMPARE(dialog->plan()->count(), 1); // only the conditional menu that failed
    QVERIFY(dialog->plan()->item(0)->toolTip().startsWith(
        QStringLiteral("menu/addconditional conditionalmenu[0]")));
    QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Done, 20000);
    QCOMPARE(dialog->live().conditionalMenus.size(), 2);
}

void TestPublishing::addAnAccountAndTestIt()
{
    // A second sandbox on loopback stands for a real account with an AppSecret.
    SandboxHost other(m_editor.dir->filePath(QStringLiteral("other.json")));
    SandboxOptions options;
    options.secret = kSecret;
    other.setOptions(options);
    QString error;
    QVERIFY2(other.ensureStarted(&error), qPrintable(error));

    AccountsDialog dialog(m_editor.accounts.get());
    dialog.nameEdit()->setText(QStringLiteral("Coffee"));
    dialog.appIdEdit()->setText(options.appId);
    dialog.apiBaseEdit()->setText(other.baseUrl().toString());
    dialog.secretEdit()->setText(kSecret);
    QVERIFY(dialog.saveForm());
    QTRY_VERIFY(m_editor.accounts->list().find(QStringLiteral("Coffee")));
    QVERIFY(dialog.secretEdit()->text().isEmpty());
    QSignalSpy tested(&dialog, &AccountsDialog::testFinished);
    dialog.list()->setCurrentRow(1);
    dialog.testSelected();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
    QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.status()->text()));
    QCOMPARE(m_editor.accounts->current().name, QStringLiteral("Coffee"));

    // Publishing goes to that account.
    QVERIFY(m_editor.window->files()->openFile(kSample));
    QVERIFY(publishAndWait(PublishDialog::State::Done));
    QVERIFY(other.api()->state().hasMenu);

    // The stored secret belongs to the saved AppID: a new one needs its secret again.
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Coffee"));
    dialog.appIdEdit()->setText(QStringLiteral("wx0000000000000000"));
    QVERIFY(!dialog.saveForm());
    QVERIFY(dialog.status()->text().contains(QStringLiteral("again")));
    QCOMPARE(m_editor.accounts->list().find(QStringLiteral("Coffee"))->appId, options.appId);

    // Removing the account removes its secret.
    bool stored = false;
    m_editor.keychain->read(
        QStringLiteral("account/Coffee"),
        [&stored](const QString &secret, const QString &) { stored = !secret.isEmpty(); });
    QVERIFY(stored);
    dialog.removeSelected();
    QTRY_VERIFY(!m_editor.accounts->list().find(QStringLiteral("Coffee")));
    QVERIFY(!m_editor.keychain->contains(QStringLiteral("account/Coffee")));
    QCOMPARE(m_editor.accounts->current().name, QStringLiteral("Sandbox"));
}

void TestPublishing::secretsNeverReachAFile()
{
    addAnAccountAndTestIt();
    m_editor.window->close();
    m_editor.window.reset();
    QSettings().sync();
    const QStringList roots = {m_editor.dir->path(),
                               QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                               QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                               QFileInfo(QSettings().fileName()).absolutePath()};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kSecret.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
    }
    QVERIFY(files > 0);
}

void TestPublishing::lostReplyIsPublishedOnce_data()
{
    LostReplyProxy::addChangingEndpointRows();
}

void TestPublishing::lostReplyIsPublishedOnce()
{
    // An account behind a connection that drops the answer of one call after WeChat applied it.
    QFETCH(QString, endpoint);
    QFETCH(bool, empty);
    SandboxHost other(m_editor.dir->filePath(QStringLiteral("other.json")));
    SandboxOptions options;
    options.secret = kSecret;
    other.setOptions(options);
    QString error;
    QVERIFY2(other.ensureStarted(&error), qPrintable(error));
    LostReplyProxy proxy(other.baseUrl());
    Account account;
    account.name = QStringLiteral("Shop");
    account.appId = options.appId;
    account.apiBase = proxy.url();
    bool saved = false;
    m_editor.accounts->save(account, kSecret, [&saved](const QString &) { saved = true; });
    QTRY_VERIFY(saved);
    m_editor.accounts->setCurrent(account.name);

    const DocumentData sample = MenuFile::readFile(kSample).data;
    DocumentData live = sample;
    live.conditionalMenus = {sample.conditionalMenus.at(0)};
    DocumentData wanted = sample;
    wanted.defaultMenu.buttons[0].name = QStringLiteral(u"新品");
    wanted.conditionalMenus = {sample.conditionalMenus.at(1)};
    if (empty) {
        wanted = DocumentData();
        wanted.hasDefaultMenu = false;
    }
    const auto open = [this](const QString &name, const DocumentData &data) {
        const QString file = m_editor.dir->filePath(name);
        QString why;
        return MenuFile::writeFile(file, MenuJsonWriter::document(data), &why) &&
               m_editor.window->files()->openFile(file);
    };
    QVERIFY(open(QStringLiteral("live.json"), live));
    PublishDialog *dialog = publishAndWait(PublishDialog::State::Done);
    QVERIFY(dialog);
    dialog->close();

    QVERIFY(open(QStringLiteral("wanted.json"), wanted));
    proxy.dropAnswerOf(endpoint);
    const int before = other.api()->calls().value(endpoint);
    dialog = publishAndWait(PublishDialog::State::Done);
    QVERIFY(dialog);
    QCOMPARE(proxy.dropped(), 1);
    QCOMPARE(other.api()->calls().value(endpoint) - before, 1); // exactly once
    QCOMPARE(dialog->outcome().rereads, 1);
    // The progress and the list follow the plan made again after the lost answer.
    auto *progress = dialog->findChild<QProgressBar *>();
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), int(dialog->outcome().steps.size()));
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(dialog->plan()->count(), int(dialog->outcome().steps.size()));
    const SandboxState &state = other.api()->state();
    if (empty) {
        QVERIFY(!state.hasMenu);
    } else {
        QVERIFY(state.hasMenu);
        QVERIFY(LiveMenus::sameContent(state.menus, wanted)); // no duplicate
    }
    dialog->close();
    m_editor.window->document()->undoStack()->setClean();
}

void TestPublishing::aMenuWithoutButtonsIsNotPublished()
{
    // A new document shows no error while editing; publishing it is refused, in words.
    QVERIFY(m_editor.window->document()->data().defaultMenu.buttons.isEmpty());
    PublishDialog *dialog = m_editor.window->publishing()->comparePublish();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() != PublishDialog::State::Reading, 20000);
    QCOMPARE(dialog->state(), PublishDialog::State::Invalid);
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("no buttons")),
             qPrintable(dialog->message()->text()));
    QVERIFY(!dialog->publishButton()->isEnabled());
    dialog->close();
}

void TestPublishing::publishSampleThenRenameInVipMenu()
{
    QVERIFY(m_editor.window->files()->openFile(kSample));
    PublishDialog *first = publishAndWait(PublishDialog::State::Done);
    QVERIFY(first);
    first->close();
    MenuDocument *document = m_editor.window->document();
    // conditionalmenu[1] is the tag-2 menu: 会员专享, 门店 › ..., 会员中心 › 积分兑换, ...
    QCOMPARE(document->data().conditionalMenus.at(1).buttons.at(0).name,
             QStringLiteral(u"会员专享"));
    QVERIFY(document->setMenuName(1, QStringLiteral("VIP members")));
    document->setButtonField({1, -1, 0}, ButtonField::Name, QStringLiteral(u"会员日"));
    document->setButtonField({1, 2, 0}, ButtonField::Name, QStringLiteral(u"积分商城"));
}

void TestPublishing::renamedButtonShowsInWordsAndOnBothPhones()
{
    publishSampleThenRenameInVipMenu();
    PublishDialog *dialog = m_editor.window->publishing()->comparePublish();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Ready, 20000);

    // The practice account, large at the top.
    auto *accountName = dialog->findChild<QLabel *>(QStringLiteral("accountName"));
    QVERIFY(accountName);
    QCOMPARE(accountName->text(), Account::sandboxDisplayName());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("accountKind"))
                ->text()
                .contains(QStringLiteral("Practice")));

    // The VIP menu's card: the rename in words, and both phones with the button marked.
    MenuReviewCard *vip = dialog->review()->cardFor(1);
    QVERIFY(vip);
    QVERIFY(vip->isVisibleTo(dialog));
    const QString words = vip->findChild<QLabel *>(QStringLiteral("changesText"))->text();
    QVERIFY2(words.contains(QStringLiteral(u"会员专享 renamed to 会员日")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral(u"积分兑换 renamed to 积分商城")), qPrintable(words));
    QVERIFY2(!words.contains(QStringLiteral("menu/")), qPrintable(words));
    auto *live = vip->findChild<ReviewPhone *>(QStringLiteral("livePhone"));
    auto *next = vip->findChild<ReviewPhone *>(QStringLiteral("newPhone"));
    QVERIFY(live && next);
    QVERIFY(live->isVisibleTo(dialog) && next->isVisibleTo(dialog));
    QCOMPARE(live->buttons().at(0).name, QStringLiteral(u"会员专享"));
    QCOMPARE(next->buttons().at(0).name, QStringLiteral(u"会员日"));
    QCOMPARE(live->markAt(0), PreviewOptions::Mark::Changed);
    QCOMPARE(next->markAt(0), PreviewOptions::Mark::Changed);
    QCOMPARE(next->markAt(1), PreviewOptions::Mark::None);
    // The sub-menu holding a change is open, its changed item marked.
    QCOMPARE(next->openTop(), 2);
    QCOMPARE(live->openTop(), 2);
    QCOMPARE(next->markAt(2, 0), PreviewOptions::Mark::Changed);
    QCOMPARE(next->markAt(2, 1), PreviewOptions::Mark::None);

    // Who is affected, with the tag's follower count from tags/get.
    const QString followers = vip->findChild<QLabel *>(QStringLiteral("followersText"))->text();
    QVERIFY2(followers.contains(QStringLiteral(u"VIP members · Tag 星标会员 (3 followers)")),
             qPrintable(followers));
    // WeChat cannot edit it: deleted and added again, and what its followers see meanwhile.
    const QString notice = vip->findChild<QLabel *>(QStringLiteral("noticeText"))->text();
    QVERIFY2(notice.contains(QStringLiteral("adds it again")) &&
                 notice.contains(QStringLiteral("see the default menu for a moment")),
             qPrintable(notice));
    // The newer menu only moves, yet is added again too: said in words, no button marked.
    MenuReviewCard *moved = dialog->review()->cardFor(0);
    QVERIFY(moved);
    QVERIFY(moved->findChild<QLabel *>(QStringLiteral("noticeText"))->isVisibleTo(dialog));
    QVERIFY(moved->findChild<ReviewPhone *>(QStringLiteral("newPhone"))->options().marks.isEmpty());
    // The default menu does not change: folded into one line.
    QVERIFY(!dialog->review()->cardFor(-1));
    QVERIFY(dialog->review()->unchangedLabel()->isVisibleTo(dialog));
    QCOMPARE(dialog->review()->unchangedLabel()->text(), QStringLiteral("1 menu unchanged"));

    // The calls and their quotas wait in the Technical details fold, folded.
    QVERIFY(!dialog->technicalDetails()->isExpanded());
    QVERIFY(!dialog->plan()->isVisible());
    auto *calls = dialog->findChild<QLabel *>(QStringLiteral("publishCalls"));
    QVERIFY(calls->text().contains(QStringLiteral("menu/addconditional")));
    QVERIFY(!calls->isVisible());
    QVERIFY(!dialog->message()->text().contains(QStringLiteral("menu/")));
    QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("technicalToggle")),
                      Qt::LeftButton);
    QVERIFY(dialog->plan()->isVisible());
    QVERIFY(calls->isVisible());

    // Export Review… writes the sign-off PDF where the user says.
    const QString pdf = m_editor.dir->filePath(QStringLiteral("review.pdf"));
    m_editor.prompter.saveAnswer = pdf;
    QVERIFY(dialog->exportButton()->isVisible());
    QVERIFY(!dialog->exportButton()->autoDefault());
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QCOMPARE(dialog->state(), PublishDialog::State::Ready); // exporting publishes nothing
    dialog->close();
}

void TestPublishing::enterDoesNotPublishToARealAccount()
{
    // A second sandbox on loopback stands for a real account.
    SandboxHost other(m_editor.dir->filePath(QStringLiteral("other.json")));
    SandboxOptions options;
    options.secret = kSecret;
    other.setOptions(options);
    QString error;
    QVERIFY2(other.ensureStarted(&error), qPrintable(error));
    Account account;
    account.name = QStringLiteral(u"咖啡小站");
    account.appId = options.appId;
    account.apiBase = other.baseUrl();
    bool saved = false;
    m_editor.accounts->save(account, kSecret, [&saved](const QString &) { saved = true; });
    QTRY_VERIFY(saved);
    m_editor.accounts->setCurrent(account.name);
    QVERIFY(!m_editor.accounts->current().isSandbox());

    QVERIFY(m_editor.window->files()->openFile(kSample));
    PublishDialog *dialog = m_editor.window->publishing()->comparePublish();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Ready, 20000);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("accountName"))->text(),
             QStringLiteral(u"咖啡小站"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("accountKind"))
                ->text()
                .contains(QStringLiteral("Real account")));
    QPushButton *publish = dialog->publishButton();
    QCOMPARE(publish->text().remove(QLatin1Char('&')), QStringLiteral(u"Publish to 咖啡小站"));
    QVERIFY(!publish->isDefault());
    QVERIFY(!publish->autoDefault());

    // Enter and Return, on the dialog and with Publish focused, publish nothing.
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::keyClick(dialog, Qt::Key_Enter);
    publish->setFocus();
    QTest::keyClick(publish, Qt::Key_Return);
    QTest::keyClick(publish, Qt::Key_Enter);
    QCOMPARE(dialog->state(), PublishDialog::State::Ready);
    QCOMPARE(other.api()->calls().value(QStringLiteral("menu/create")), 0);
    QVERIFY(!other.api()->state().hasMenu);

    // A click publishes.
    QTest::mouseClick(publish, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Done, 20000);
    QVERIFY(other.api()->state().hasMenu);
    dialog->close();
}

void TestPublishing::partialFailureSaysWhatFollowersSee()
{
    // The third menu/addconditional is refused: the sample's publish makes two, the second
    // publish's first one adds the VIP menu again after both were deleted.
    SandboxOptions options;
    options.failOn = QStringLiteral("menu/addconditional");
    options.failOnCall = 3;
    options.failWith = QStringLiteral("45009");
    m_editor.accounts->sandbox()->setOptions(options);
    publishSampleThenRenameInVipMenu();

    PublishDialog *dialog = publishAndWait(PublishDialog::State::Failed);
    QVERIFY(dialog);
    const QString text = dialog->message()->text();
    QVERIFY2(text.contains(QStringLiteral(
                 "VIP members see the default menu: their menu was deleted and could not be "
                 "added again; the daily quota resets at 00:00 Beijing time.")),
             qPrintable(text));
    // The newer menu was deleted too and its turn never came.
    QVERIFY2(text.contains(QStringLiteral(u"Followers of Tag iOS 新客 · iOS see the default menu: "
                                          "their menu was deleted and has not been added again "
                                          "yet.")),
             qPrintable(text));
    // A quota does not pass by trying again: no Retry; Finish and Restore as before.
    QVERIFY(!dialog->retryButton()->isVisible());
    QVERIFY(dialog->finishButton()->isVisible());
    QVERIFY(dialog->restoreButton()->isVisible());
    // The errcode stays one click away.
    QVERIFY(!dialog->technicalDetails()->isExpanded());
    QVERIFY(dialog->details()->text().contains(QStringLiteral("45009")));
    dialog->close();
}

void TestPublishing::retryAfterWeChatWasBusy()
{
    // WeChat answers every menu/addconditional with -1 (busy): the run reads the account after
    // each, goes on while it shows the call did not run, and stops after kMaxRereads reads.
    SandboxOptions options;
    options.failOn = QStringLiteral("menu/addconditional");
    options.failWith = QStringLiteral("-1");
    m_editor.accounts->sandbox()->setOptions(options);
    QVERIFY(m_editor.window->files()->openFile(kSample));
    PublishDialog *dialog = publishAndWait(PublishDialog::State::Failed);
    QVERIFY(dialog);
    QVERIFY2(
        dialog->message()->text().contains(QStringLiteral("their new menu could not be added")),
        qPrintable(dialog->message()->text()));
    // Busy may pass: Retry is offered, beside Finish and Restore.
    QVERIFY(dialog->retryButton()->isVisible());
    QVERIFY(!dialog->retryButton()->autoDefault());
    const int tries =
        m_editor.accounts->sandbox()->api()->calls().value(QStringLiteral("menu/addconditional"));
    QVERIFY(tries > 0);

    // Retry reads the account and, as it is as the stop left it, makes the missing calls
    // at once: here WeChat is still busy, so it stops again in the same words.
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_editor.accounts->sandbox()->api()->calls().value(
                                 QStringLiteral("menu/addconditional")) > tries,
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), PublishDialog::State::Failed, 20000);
    QVERIFY(dialog->retryButton()->isVisible());
    QVERIFY2(
        dialog->message()->text().contains(QStringLiteral("their new menu could not be added")),
        qPrintable(dialog->message()->text()));
    dialog->close();
}

QTEST_MAIN(TestPublishing)
#include "tst_publishing.moc"
