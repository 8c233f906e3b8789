#include <menudocument.h>
#include <menulistmodel.h>

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

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

/// MenuListModel keeps Qt's item model contract while the document's menus change.
class TestMenuListModel : public QObject
{
    Q_OBJECT

private slots:
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

void TestMenuListModel::init()
{
    m_document = std::make_unique<MenuDocument>();
    m_document->replaceData(threeMenus(), QStringLiteral("Open"));
    m_document->undoStack()->clear();
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
