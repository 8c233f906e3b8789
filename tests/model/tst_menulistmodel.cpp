#include <menudocument.h>
#include <menulistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

namespace {

Button clickButton(const QString &name)
{
    Button b;
    b.name = name;
    b.type = QStringLiteral("click");
    b.key = name.toUpper();
    return b;
}

/// A default menu and three conditional menus, each for its own tag, without any issue.
DocumentData threeConditionalMenus()
{
    DocumentData data;
    data.defaultMenu.buttons = {clickButton(QStringLiteral("home"))};
    for (int i = 0; i < 3; ++i) {
        Menu menu;
        menu.buttons = {clickButton(QStringLiteral("tag%1").arg(i))};
        menu.matchRule.tagId = QString::number(100 + i);
        data.conditionalMenus.append(menu);
    }
    return data;
}

/// The rows each dataChanged emission of `spy` covered, as "first-last".
QStringList rowsAnnounced(const QSignalSpy &spy)
{
    QStringList rows;
    for (const QList<QVariant> &arguments : spy) {
        rows.append(QStringLiteral("%1-%2")
                        .arg(arguments.at(0).toModelIndex().row())
                        .arg(arguments.at(1).toModelIndex().row()));
    }
    return rows;
}

int severity(const MenuListModel &model, int menu)
{
    return model.index(model.rowForMenu(menu)).data(MenuListModel::SeverityRole).toInt();
}

} // namespace

class TestMenuListModel : public QObject
{
    Q_OBJECT

private slots:
    void editsAnnounceOnlyTheRowsThatChange();
    void ruleChangeRelabelsItsRow();
    void severitiesFollowMenusAddedAndRemoved();
};

void TestMenuListModel::editsAnnounceOnlyTheRowsThatChange()
{
    MenuDocument document;
    document.setDataNow(threeConditionalMenus());
    MenuListModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(document.issues().isEmpty(), qPrintable(document.issues().value(0).message));
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);

    // A rename that changes no issue changes nothing the list shows: a list view of a
    // thousand menus is not laid out again on every key.
    QVERIFY(document.setButtonField({1, -1, 0}, ButtonField::Name, QStringLiteral("vip")));
    QCOMPARE(rowsAnnounced(spy), QStringList());

    // A name too long for a tab is an error of that menu alone: its row, and only its row.
    const int row = model.rowForMenu(1);
    QVERIFY(document.setButtonField({1, -1, 0}, ButtonField::Name,
                                    QStringLiteral("A name far too long for a tab")));
    QCOMPARE(rowsAnnounced(spy), QStringList{QStringLiteral("%1-%1").arg(row)});
    QCOMPARE(severity(model, 1), int(Issue::Severity::Error));
    QCOMPARE(severity(model, 0), -1);
    QCOMPARE(severity(model, 2), -1);
    QCOMPARE(severity(model, -1), -1);

    spy.clear();
    document.undoStack()->undo();
    QCOMPARE(rowsAnnounced(spy), QStringList{QStringLiteral("%1-%1").arg(row)});
    QCOMPARE(severity(model, 1), -1);

    // The default menu's issues are the default menu's row.
    spy.clear();
    QVERIFY(document.setButtonField({-1, -1, 0}, ButtonField::Key, QString()));
    QCOMPARE(rowsAnnounced(spy), QStringList{QStringLiteral("3-3")});
    QCOMPARE(severity(model, -1), int(Issue::Severity::Error));
}

void TestMenuListModel::ruleChangeRelabelsItsRow()
{
    MenuDocument document;
    document.setDataNow(threeConditionalMenus());
    MenuListModel model(&document);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    const int row = model.rowForMenu(2);
    QVERIFY(!model.index(row).data().toString().contains(QStringLiteral("iOS")));

    MatchRule rule = document.data().conditionalMenus.at(2).matchRule;
    rule.clientPlatformType = QStringLiteral("1");
    QVERIFY(document.setMatchRule(2, rule));
    QCOMPARE(rowsAnnounced(spy), QStringList{QStringLiteral("%1-%1").arg(row)});
    QVERIFY(spy.first().at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QVERIFY(model.index(row).data().toString().contains(QStringLiteral("iOS")));
}

void TestMenuListModel::severitiesFollowMenusAddedAndRemoved()
{
    MenuDocument document;
    document.setDataNow(threeConditionalMenus());
    MenuListModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Menu broken = document.data().conditionalMenus.at(0);
    broken.matchRule.tagId = QStringLiteral("200");
    broken.buttons[0].key.clear();
    QVERIFY(document.addMenu(3, broken, QStringLiteral("Add")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(severity(model, 3), int(Issue::Severity::Error));
    QCOMPARE(severity(model, 2), -1);
    QVERIFY(document.removeMenu(0));
    QCOMPARE(severity(model, 2), int(Issue::Severity::Error));
    QCOMPARE(severity(model, 0), -1);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(model.rowCount(), 4);
    for (int menu = -1; menu < 3; ++menu)
        QCOMPARE(severity(model, menu), -1);
}

QTEST_GUILESS_MAIN(TestMenuListModel)
#include "tst_menulistmodel.moc"
