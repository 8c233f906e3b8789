#include <publishcheck.h>

#include <QtTest>

namespace {

Menu menu(const QString &tag, const QString &menuId = {})
{
    Button button;
    button.name = QStringLiteral("Tag %1").arg(tag);
    button.type = QStringLiteral("click");
    button.key = QStringLiteral("K%1").arg(tag);
    Menu m;
    m.buttons = {button};
    m.matchRule.tagId = tag;
    m.menuId = menuId;
    return m;
}

/// An account with a default menu and the conditional menus for tags 2 (newest) and 1.
DocumentData account()
{
    DocumentData data;
    data.defaultMenu = menu(QString());
    data.defaultMenu.matchRule = MatchRule();
    data.conditionalMenus = {menu(QStringLiteral("2"), QStringLiteral("102")),
                             menu(QStringLiteral("1"), QStringLiteral("101"))};
    return data;
}

} // namespace

/// The states the runner compares the live account with after an answer was lost.
class TestPublishCheck : public QObject
{
    Q_OBJECT

private slots:
    void addedMenuBecomesTheNewest();
    void deletedMenuIsGone();
    void sameStateComparesThePriorityOrder();
    void sameStateComparesKnownMenuIds();
};

void TestPublishCheck::addedMenuBecomesTheNewest()
{
    DocumentData wanted = account();
    wanted.conditionalMenus.prepend(menu(QStringLiteral("3")));
    PublishStep step;
    step.kind = PublishStep::Kind::AddConditional;
    step.wantedIndex = 0;

    const DocumentData after = PublishCheck::after(account(), step, wanted);
    QCOMPARE(after.conditionalMenus.size(), 3);
    QCOMPARE(after.conditionalMenus.at(0).matchRule.tagId, QStringLiteral("3"));
    QVERIFY(after.conditionalMenus.at(0).menuId.isEmpty()); // the lost answer held it

    // The live account lists the new menu first, with the menuid the server gave it.
    DocumentData live = wanted;
    live.conditionalMenus[0].menuId = QStringLiteral("103");
    QVERIFY(PublishCheck::sameState(live, after));
    QVERIFY(!PublishCheck::sameState(account(), after));
}

void TestPublishCheck::deletedMenuIsGone()
{
    PublishStep step;
    step.kind = PublishStep::Kind::DelConditional;
    step.menuId = QStringLiteral("102");
    const DocumentData after = PublishCheck::after(account(), step, account());
    QCOMPARE(after.conditionalMenus.size(), 1);
    QCOMPARE(after.conditionalMenus.at(0).menuId, QStringLiteral("101"));
}

void TestPublishCheck::sameStateComparesThePriorityOrder()
{
    DocumentData swapped = account();
    swapped.conditionalMenus.swapItemsAt(0, 1);
    QVERIFY(PublishCheck::sameState(account(), account()));
    // The same menus in another priority order match followers differently.
    QVERIFY(!PublishCheck::sameState(swapped, account()));
}

void TestPublishCheck::sameStateComparesKnownMenuIds()
{
    // A colleague deleted the menu for tag 1 and added it again: same content, new menuid.
    DocumentData readded = account();
    readded.conditionalMenus[1].menuId = QStringLiteral("104");
    QVERIFY(!PublishCheck::sameState(readded, account()));

    DocumentData changedDefault = account();
    changedDefault.defaultMenu.buttons[0].name = QStringLiteral("Other");
    QVERIFY(!PublishCheck::sameState(changedDefault, account()));
}

QTEST_GUILESS_MAIN(TestPublishCheck)
#include "tst_publishcheck.moc"
