#include <menuchanges.h>
#include <menufile.h>

#include <QtTest>

/**
 * The one diff on data-driven pairs: each folder of tests/data/diff holds old.json, new.json
 * (any shapes), changes.txt (the expected changes, one a line:
 * `kind | menu | path | oldPath | field | from | to`, `#` starts a comment) and, where the
 * words matter, words.txt (describe(), one line per change).
 */
class TestMenuChanges : public QObject
{
    Q_OBJECT

private slots:
    void pairs_data();
    void pairs();
    void identicalGiveNone_data();
    void identicalGiveNone();
    void kindNames();
    void tagNamesInWords();

private:
    static DocumentData read(const QString &fileName);
};

namespace {

QString diffData()
{
    return QStringLiteral(WEMENU_TEST_DATA "/diff");
}

/// The cells trimmed, the empty ones at the end dropped, joined by " | ".
QString normalized(QStringList cells)
{
    for (QString &cell : cells)
        cell = cell.trimmed();
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells.join(QStringLiteral(" | "));
}

QString line(const MenuChange &change)
{
    return normalized({MenuChange::kindName(change.kind), change.menuKey(), change.path,
                       change.oldPath, change.field, change.from, change.to});
}

QStringList expectedLines(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open %1").arg(fileName)};
    QStringList lines;
    for (const QString &text : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            lines.append(normalized(trimmed.split(QLatin1Char('|'))));
    }
    return lines;
}

} // namespace

DocumentData TestMenuChanges::read(const QString &fileName)
{
    const ReadResult result = MenuFile::readFile(fileName);
    if (!result.ok)
        qWarning("%s: %s", qPrintable(fileName), qPrintable(result.error.message));
    return result.data;
}

void TestMenuChanges::pairs_data()
{
    QTest::addColumn<QString>("folder");
    const QStringList cases = QDir(diffData()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(cases.size() >= 10);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << diffData() + QLatin1Char('/') + name;
}

void TestMenuChanges::pairs()
{
    QFETCH(QString, folder);
    const DocumentData before = read(folder + QStringLiteral("/old.json"));
    const DocumentData after = read(folder + QStringLiteral("/new.json"));

    const QList<MenuChange> changes = MenuChanges::compare(before, after);
    QStringList actual;
    for (const MenuChange &change : changes)
        actual.append(line(change));
    QCOMPARE(actual, expectedLines(folder + QStringLiteral("/changes.txt")));
    // The same documents compared again give the same list (a stable order).
    QCOMPARE(MenuChanges::compare(before, after), changes);

    if (QFile::exists(folder + QStringLiteral("/words.txt"))) {
        QStringList words;
        for (const MenuChange &change : changes)
            words.append(MenuChanges::describe(change, before, after));
        QCOMPARE(words, expectedLines(folder + QStringLiteral("/words.txt")));
    }

    // Backwards, every added is a removed and the other way round, one for one.
    const QList<MenuChange> reverse = MenuChanges::compare(after, before);
    auto count = [](const QList<MenuChange> &list, MenuChange::Kind kind) {
        return std::count_if(list.cbegin(), list.cend(),
                             [kind](const MenuChange &c) { return c.kind == kind; });
    };
    using Kind = MenuChange::Kind;
    QCOMPARE(count(reverse, Kind::ButtonAdded), count(changes, Kind::ButtonRemoved));
    QCOMPARE(count(reverse, Kind::ButtonRemoved), count(changes, Kind::ButtonAdded));
    QCOMPARE(count(reverse, Kind::MenuAdded), count(changes, Kind::MenuRemoved));
    QCOMPARE(count(reverse, Kind::ButtonChanged), count(changes, Kind::ButtonChanged));
    QCOMPARE(count(reverse, Kind::RuleChanged), count(changes, Kind::RuleChanged));
}

void TestMenuChanges::identicalGiveNone_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList cases = QDir(diffData()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : cases) {
        for (const QString &side : {QStringLiteral("old.json"), QStringLiteral("new.json")}) {
            QTest::newRow(qPrintable(name + QLatin1Char('/') + side))
                << diffData() + QLatin1Char('/') + name + QLatin1Char('/') + side;
        }
    }
}

void TestMenuChanges::identicalGiveNone()
{
    QFETCH(QString, fileName);
    const DocumentData data = read(fileName);
    QVERIFY(MenuChanges::compare(data, data).isEmpty());
}

void TestMenuChanges::kindNames()
{
    using Kind = MenuChange::Kind;
    const QStringList names = {
        MenuChange::kindName(Kind::MenuAdded),   MenuChange::kindName(Kind::MenuRemoved),
        MenuChange::kindName(Kind::MenuMoved),   MenuChange::kindName(Kind::RuleChanged),
        MenuChange::kindName(Kind::ButtonAdded), MenuChange::kindName(Kind::ButtonRemoved),
        MenuChange::kindName(Kind::ButtonMoved), MenuChange::kindName(Kind::ButtonChanged)};
    const QStringList expected = QStringLiteral("menu-added menu-removed menu-moved rule-changed "
                                                "button-added button-removed button-moved "
                                                "button-changed")
                                     .split(QLatin1Char(' '));
    QCOMPARE(names, expected);
    MenuChange change;
    QCOMPARE(change.menuKey(), QStringLiteral("menu"));
    change.menu = 3;
    QCOMPARE(change.menuKey(), QStringLiteral("conditionalmenu[3]"));
}

void TestMenuChanges::tagNamesInWords()
{
    const QString folder = diffData() + QStringLiteral("/renamed-in-conditional");
    const DocumentData before = read(folder + QStringLiteral("/old.json"));
    const DocumentData after = read(folder + QStringLiteral("/new.json"));
    const QList<MenuChange> changes = MenuChanges::compare(before, after);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(MenuChanges::describe(changes.first(), before, after,
                                   {{QStringLiteral("2"), QStringLiteral("星标会员")}}),
             QStringLiteral("1. VIP members · Tag 星标会员 · iOS: 会员专享 renamed to 会员日"));
}

QTEST_GUILESS_MAIN(TestMenuChanges)
#include "tst_menuchanges.moc"
