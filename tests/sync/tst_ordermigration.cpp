#include <account.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <ordermigration.h>
#include <publishhistory.h>
#include <recoverystore.h>
#include <sandboxhost.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

/**
 * The files WeMenu kept itself while it stored conditional menus oldest first (history
 * snapshots of the Sandbox, recovery autosaves, the built-in Sandbox's state) are reversed
 * exactly once into the priority order; a second start leaves them alone, and a file written
 * after the conversion is never reversed.
 */

namespace {

Menu conditional(const QString &name, const QString &tag, const QString &menuId = QString())
{
    Button button;
    button.name = name;
    button.type = QStringLiteral("click");
    button.key = name.toUpper();
    Menu menu;
    menu.buttons = {button};
    menu.matchRule.tagId = tag;
    menu.menuId = menuId;
    return menu;
}

/// "B,A" as a list of names.
QStringList list(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

/// A document with menus named `names` in the order given.
DocumentData document(const QStringList &names)
{
    DocumentData data;
    Button home;
    home.name = QStringLiteral("Home");
    home.type = QStringLiteral("click");
    home.key = QStringLiteral("HOME");
    data.defaultMenu.buttons = {home};
    for (const QString &name : names)
        data.conditionalMenus.append(conditional(name, QStringLiteral("2")));
    return data;
}

/// The names of the conditional menus of the document in `bytes`.
QStringList namesIn(const QByteArray &bytes)
{
    const ReadResult read = MenuFile::readBytes(bytes);
    QStringList names;
    if (!read.ok)
        return {QStringLiteral("unreadable: ") + read.error.message};
    for (const Menu &menu : read.data.conditionalMenus)
        names.append(menu.buttons.value(0).name);
    return names;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestOrderMigration : public QObject
{
    Q_OBJECT

private slots:
    void folderConvertedOnce();
    void unreadableFileLeftAlone();
    void historySnapshots();
    void recoveryAutosaves();
    void sandboxState();
    void newSandboxStateNeverReversed();
};

void TestOrderMigration::folderConvertedOnce()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    // Written oldest first: A was added before B, so B is the one tried first.
    const QString old = folder + QStringLiteral("/sub/old.json");
    QVERIFY(writeAll(old, MenuJsonWriter::document(document(list("A,B")))));

    QVERIFY(OrderMigration::upgradeFolder(folder));
    QCOMPARE(namesIn(readAll(old)), list("B,A"));
    QCOMPARE(readAll(OrderMigration::folderVersionFile(folder)).trimmed(), QByteArray("2"));

    // A second start leaves it alone, and so is a file written after the conversion.
    const QString fresh = folder + QStringLiteral("/fresh.json");
    QVERIFY(writeAll(fresh, MenuJsonWriter::document(document(list("N,M")))));
    QVERIFY(OrderMigration::upgradeFolder(folder));
    QCOMPARE(namesIn(readAll(old)), list("B,A"));
    QCOMPARE(namesIn(readAll(fresh)), list("N,M"));

    // A folder that does not exist yet is marked when created: what lands there is new.
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(OrderMigration::upgradeFolder(empty));
    QVERIFY(QFile::exists(OrderMigration::folderVersionFile(empty)));
    QVERIFY(writeAll(empty + QStringLiteral("/later.json"),
                     MenuJsonWriter::document(document(list("X,Y")))));
    QVERIFY(OrderMigration::upgradeFolder(empty));
    QCOMPARE(namesIn(readAll(empty + QStringLiteral("/later.json"))), list("X,Y"));
}

void TestOrderMigration::unreadableFileLeftAlone()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeAll(broken, QByteArray("{\"conditionalmenu\": [1, 2")));
    const QString single = dir.filePath(QStringLiteral("single.json"));
    const QByteArray one = MenuJsonWriter::document(document(list("A")));
    QVERIFY(writeAll(single, one));
    QVERIFY(OrderMigration::upgradeFolder(dir.path()));
    QCOMPARE(readAll(broken), QByteArray("{\"conditionalmenu\": [1, 2"));
    QCOMPARE(readAll(single), one);
}

void TestOrderMigration::historySnapshots()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("history"));
    // The Sandbox listed its menus oldest first, so its snapshots were saved that way; a real
    // account's snapshot is menu/get's own order, already newest first.
    const QString sandbox = root + QLatin1Char('/') + Account::sandboxName() +
                            QStringLiteral("/20240101-000000-000.json");
    const QString real = root + QStringLiteral("/Shop/20240101-000000-000.json");
    QVERIFY(writeAll(sandbox, MenuJsonWriter::document(document(list("A,B")))));
    QVERIFY(writeAll(real, MenuJsonWriter::document(document(list("B,A")))));

    PublishHistory history(root);
    const QList<PublishHistory::Entry> entries = history.entries(Account::sandboxName());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(namesIn(readAll(entries.first().fileName)), list("B,A"));
    QCOMPARE(namesIn(readAll(real)), list("B,A"));

    // A snapshot saved now is in priority order and stays so, start after start.
    QString savedAs, error;
    QVERIFY2(history.save(Account::sandboxName(), document(list("N,M")), &savedAs, &error),
             qPrintable(error));
    PublishHistory again(root);
    QCOMPARE(again.entries(Account::sandboxName()).size(), 2);
    QCOMPARE(namesIn(readAll(savedAs)), list("N,M"));
    QCOMPARE(namesIn(readAll(sandbox)), list("B,A"));
}

void TestOrderMigration::recoveryAutosaves()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("recovery"));
    // An autosave left behind by an editor that kept menus oldest first.
    QVERIFY(writeAll(folder + QStringLiteral("/session-old.json"),
                     MenuJsonWriter::document(document(list("A,B")))));
    {
        RecoveryStore store(folder);
        const QList<RecoveryStore::Entry> orphans = store.orphaned();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(namesIn(orphans.first().document), list("B,A"));
        // This editor's own autosave is written in priority order.
        QVERIFY(store.write(MenuJsonWriter::document(document(list("N,M"))), QString()));
    }
    // The next start: the old autosave is not reversed again, the new one never.
    RecoveryStore next(folder);
    QStringList seen;
    for (const RecoveryStore::Entry &entry : next.orphaned())
        seen.append(namesIn(entry.document).join(QLatin1Char(',')));
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("B,A"), QStringLiteral("N,M")}));
}

void TestOrderMigration::sandboxState()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(QStringLiteral("sandbox/state.json"));
    // A state written while the Sandbox appended new menus at the end: 208379534 (A) was
    // added before 208379535 (B).
    SandboxState old = SandboxState::initial();
    old.hasMenu = true;
    old.menus.hasDefaultMenu = true;
    old.menus.defaultMenu = document({}).defaultMenu;
    old.menus.defaultMenu.menuId = QStringLiteral("208379533");
    old.menus.conditionalMenus = {
        conditional(QStringLiteral("A"), QStringLiteral("2"), QStringLiteral("208379534")),
        conditional(QStringLiteral("B"), QStringLiteral("2"), QStringLiteral("208379535"))};
    old.nextMenuId = 208379536;
    QVERIFY(writeAll(stateFile, old.toJson()));

    QStringList ids;
    {
        SandboxHost host(stateFile);
        QString error;
        QVERIFY2(host.ensureStarted(&error), qPrintable(error));
        for (const Menu &menu : host.api()->state().menus.conditionalMenus)
            ids.append(menu.menuId);
    }
    // The later menu is now the newest, listed and tried first.
    QCOMPARE(ids, list("208379535,208379534"));
    QVERIFY(QFile::exists(OrderMigration::fileVersionFile(stateFile)));

    // A second start reads it as it is.
    SandboxHost again(stateFile);
    QString error;
    QVERIFY2(again.ensureStarted(&error), qPrintable(error));
    ids.clear();
    for (const Menu &menu : again.api()->state().menus.conditionalMenus)
        ids.append(menu.menuId);
    QCOMPARE(ids, list("208379535,208379534"));
}

void TestOrderMigration::newSandboxStateNeverReversed()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(QStringLiteral("sandbox/state.json"));
    {
        SandboxHost host(stateFile);
        QString error;
        QVERIFY2(host.ensureStarted(&error), qPrintable(error));
    }
    QVERIFY(QFile::exists(OrderMigration::fileVersionFile(stateFile)));
    // The account gets menus now, in priority order, and the file is saved that way.
    SandboxState now = SandboxState::initial();
    now.hasMenu = true;
    now.menus.hasDefaultMenu = true;
    now.menus.defaultMenu = document({}).defaultMenu;
    now.menus.conditionalMenus = {
        conditional(QStringLiteral("B"), QStringLiteral("2"), QStringLiteral("208379535")),
        conditional(QStringLiteral("A"), QStringLiteral("2"), QStringLiteral("208379534"))};
    QVERIFY(MenuFile::writeFile(stateFile, now.toJson(), nullptr));

    SandboxHost next(stateFile);
    QString error;
    QVERIFY2(next.ensureStarted(&error), qPrintable(error));
    QCOMPARE(next.api()->state().menus.conditionalMenus.first().menuId,
             QStringLiteral("208379535"));
}

QTEST_GUILESS_MAIN(TestOrderMigration)
#include "tst_ordermigration.moc"
