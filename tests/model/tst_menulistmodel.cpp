#include <menudocument.h>
#include <menulistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <memory>

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

Menu conditionalMenu(const QString &name, const QString &tag)
{
    Button button;
    button.name = name;
    button.type = QStringLiteral("click");
    button.key = name.toUpper();
    Menu menu;
    menu.buttons = {button};
    menu.matchRule.tagId = tag;
    return menu;
}

/// A default menu and the conditional menus for tags 1, 2 and 3, in priority order.
DocumentData threeMenus()
{
    DocumentData data;
    data.defaultMenu = conditionalMenu(QStringLiteral("Home"), QString());
    data.defaultMenu.matchRule = MatchRule();
    data.conditionalMenus = {conditionalMenu(QStringLiteral("One"), QStringLiteral("1")),
                             conditionalMenu(QStringLiteral("Two"), QStringLiteral("2")),
                             conditionalMenu(QStringLiteral("Three"), QStringLiteral("3"))};
    return data;
}

/// The tags of the list's conditional menus, top to bottom, then "default".
QStringList rows(const MenuListModel &model, const MenuDocument &document)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int menu = model.index(row).data(MenuListModel::MenuIndexRole).toInt();
        out.append(menu < 0 ? QStringLiteral("default")
                            : document.data().conditionalMenus.at(menu).matchRule.tagId);
    }
    return out;
}

} // namespace

class TestMenuListModel : public QObject
{
    Q_OBJECT

private slots:
    void editsAnnounceOnlyTheRowsThatChange();
    void ruleChangeRelabelsItsRow();
    void severitiesFollowMenusAddedAndRemoved();
    void init();
    void cleanup();
    void resetBeginsBeforeTheDataChanges_data();
    void resetBeginsBeforeTheDataChanges();
    void editsUndoAndRedoUnderTheTester();

private:
    std::unique_ptr<MenuDocument> m_document;
    std::unique_ptr<MenuListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMenuListModel::editsAnnounceOnlyTheRowsThatChange()
{
    MenuDocument document(threeConditionalMenus());
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
    MenuDocument document(threeConditionalMenus());
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
    MenuDocument document(threeConditionalMenus());
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

void TestMenuListModel::init()
{
    m_document = std::make_unique<MenuDocument>(threeMenus());
    m_model = std::make_unique<MenuListModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMenuListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
}

void TestMenuListModel::resetBeginsBeforeTheDataChanges_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<int>("rowsAfter");
    QTest::newRow("add") << 0 << 5;
    QTest::newRow("remove") << 1 << 3;
    QTest::newRow("replace") << 2 << 1;
}

void TestMenuListModel::resetBeginsBeforeTheDataChanges()
{
    QFETCH(int, edit);
    QFETCH(int, rowsAfter);

    // When the reset begins, the model must still show the old rows: views save their
    // selection and persistent indexes against them.
    QList<int> rowsAtBegin;
    QList<int> rowsAtEnd;
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this,
            [this, &rowsAtBegin] { rowsAtBegin.append(m_model->rowCount()); });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this,
            [this, &rowsAtEnd] { rowsAtEnd.append(m_model->rowCount()); });

    switch (edit) {
    case 0:
        QVERIFY(m_document->addMenu(0, conditionalMenu(QStringLiteral("New"), QStringLiteral("9")),
                                    QStringLiteral("Add")));
        break;
    case 1:
        QVERIFY(m_document->removeMenu(1));
        break;
    default:
        m_document->replaceData(DocumentData(), QStringLiteral("New"));
        break;
    }

    QCOMPARE(rowsAtBegin, QList<int>{4});
    QCOMPARE(rowsAtEnd, QList<int>{rowsAfter});
}

void TestMenuListModel::editsUndoAndRedoUnderTheTester()
{
    const QStringList start{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                            QStringLiteral("default")};
    QCOMPARE(rows(*m_model, *m_document), start);

    QVERIFY(m_document->addMenu(0, conditionalMenu(QStringLiteral("New"), QStringLiteral("9")),
                                QStringLiteral("Add")));
    QVERIFY(m_document->moveMenu(3, 1));
    QVERIFY(m_document->removeMenu(2));
    MatchRule rule;
    rule.tagId = QStringLiteral("7");
    QVERIFY(m_document->setMatchRule(0, rule));
    const QStringList edited{QStringLiteral("7"), QStringLiteral("3"), QStringLiteral("2"),
                             QStringLiteral("default")};
    QCOMPARE(rows(*m_model, *m_document), edited);

    QUndoStack *stack = m_document->undoStack();
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(rows(*m_model, *m_document), start);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(rows(*m_model, *m_document), edited);

    m_document->replaceData(threeMenus(), QStringLiteral("Open"));
    QCOMPARE(rows(*m_model, *m_document), start);
    stack->undo();
    QCOMPARE(rows(*m_model, *m_document), edited);
}

QTEST_GUILESS_MAIN(TestMenuListModel)
#include "tst_menulistmodel.moc"
