#include <menudocument.h>
#include <menufile.h>
#include <menulistmodel.h>
#include <menutreemodel.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

Button button(const QString &name, const QList<Button> &subs = {})
{
    Button b;
    b.name = name;
    if (subs.isEmpty()) {
        b.type = QStringLiteral("click");
        b.key = name.toUpper();
    }
    b.subButtons = subs;
    return b;
}

/// Default menu: A (a1, a2), B, C (c1).
DocumentData threeButtons()
{
    DocumentData data;
    data.defaultMenu.buttons = {
        button(QStringLiteral("A"), {button(QStringLiteral("a1")), button(QStringLiteral("a2"))}),
        button(QStringLiteral("B")),
        button(QStringLiteral("C"), {button(QStringLiteral("c1"))}),
    };
    return data;
}

/// The names of the tree as "A(a1,a2) B C(c1)".
QString outline(const QAbstractItemModel &model)
{
    QStringList top;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex parent = model.index(i, 0);
        QString text = parent.data().toString();
        QStringList subs;
        for (int j = 0; j < model.rowCount(parent); ++j)
            subs.append(model.index(j, 0, parent).data().toString());
        if (!subs.isEmpty())
            text += QLatin1Char('(') + subs.join(QLatin1Char(',')) + QLatin1Char(')');
        top.append(text);
    }
    return top.join(QLatin1Char(' '));
}

} // namespace

class TestMenuTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void structureAndRoles();
    void setDataPushesUndoCommands();
    void setDataOfTheSameValuePushesNothing();
    void insertRemoveAndUndo();
    void moves_data();
    void moves();
    void dropsMoveButtons_data();
    void dropsMoveButtons();
    void refusedDrops_data();
    void refusedDrops();
    void dropOntoAButtonWithAnActionNeverNests();
    void copyDropFromAnotherDocument();
    void dropRefusedByTheDocumentReturnsFalse();
    void persistentIndexFollowsParentMove();
    void issuesPerRow();
    void otherMenusAndReset();
    void menuListInPriorityOrder();

private:
    std::unique_ptr<MenuDocument> m_document;
    std::unique_ptr<MenuTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMenuTreeModel::init()
{
    m_document = std::make_unique<MenuDocument>(threeButtons());
    m_model = std::make_unique<MenuTreeModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMenuTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_document.reset();
}

void TestMenuTreeModel::structureAndRoles()
{
    QCOMPARE(outline(*m_model), QStringLiteral("A(a1,a2) B C(c1)"));
    const QModelIndex a2 = m_model->index(1, 0, m_model->index(0, 0));
    QCOMPARE(a2.data(MenuTreeModel::PathRole).toString(),
             QStringLiteral("menu.button[0].sub_button[1]"));
    QCOMPARE(a2.data(MenuTreeModel::KeyRole).toString(), QStringLiteral("A2"));
    QCOMPARE(a2.data(MenuTreeModel::TypeRole).toString(), QStringLiteral("click"));
    QCOMPARE(m_model->parent(a2), m_model->index(0, 0));
    QVERIFY(m_model->flags(a2).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(!m_model->flags(a2).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_model->flags(m_model->index(0, 0)).testFlag(Qt::ItemIsDropEnabled));

    const ButtonPath path = m_model->pathFor(a2);
    QCOMPARE(path, (ButtonPath{-1, 0, 1}));
    QCOMPARE(m_model->indexFor(path), a2);

    m_document->setButtonField({-1, -1, 1}, ButtonField::Name, QStringLiteral(u"今日歌曲推荐"));
    const QModelIndex b = m_model->index(1, 0);
    QCOMPARE(b.data(MenuTreeModel::DisplayTitleRole).toString(), QStringLiteral(u"今日歌曲..."));
    QCOMPARE(b.data(MenuTreeModel::NameBytesRole).toInt(), 18);
}

void TestMenuTreeModel::setDataPushesUndoCommands()
{
    const QModelIndex b = m_model->index(1, 0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(b, QStringLiteral("Bx"), Qt::EditRole));
    QVERIFY(m_model->setData(b, QStringLiteral("Bxy"), Qt::EditRole));
    QVERIFY(m_model->setData(b, QStringLiteral("https://example.com"), MenuTreeModel::UrlRole));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_document->data().defaultMenu.buttons.at(1).name, QStringLiteral("Bxy"));
    QCOMPARE(m_document->data().defaultMenu.buttons.at(1).url,
             QStringLiteral("https://example.com"));
    // Typing in one field merges into one step; another field is its own step.
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    QVERIFY(m_document->data().defaultMenu.buttons.at(1).url.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(b.data().toString(), QStringLiteral("B"));
    QVERIFY(!m_model->setData(b, QStringLiteral("x"), MenuTreeModel::PathRole));
}

void TestMenuTreeModel::setDataOfTheSameValuePushesNothing()
{
    const QModelIndex b = m_model->index(1, 0);
    QVERIFY(!m_model->setData(b, QStringLiteral("B"), Qt::EditRole));
    QVERIFY(!m_model->setData(b, QStringLiteral("B"), MenuTreeModel::KeyRole));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(m_model->setData(b, QStringLiteral("B2"), MenuTreeModel::KeyRole));
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestMenuTreeModel::insertRemoveAndUndo()
{
    const DocumentData before = m_document->data();
    m_document->addButton({-1, 1, 0}, button(QStringLiteral("b1")));
    QCOMPARE(outline(*m_model), QStringLiteral("A(a1,a2) B(b1) C(c1)"));
    m_document->removeButton({-1, -1, 0});
    QCOMPARE(outline(*m_model), QStringLiteral("B(b1) C(c1)"));
    m_document->addButton({-1, -1, 2}, button(QStringLiteral("D")));
    QCOMPARE(outline(*m_model), QStringLiteral("B(b1) C(c1) D"));
    m_document->removeButton({-1, 1, 0});
    QCOMPARE(outline(*m_model), QStringLiteral("B(b1) C D"));
    for (int i = 0; i < 4; ++i)
        m_document->undoStack()->undo();
    QCOMPARE(outline(*m_model), QStringLiteral("A(a1,a2) B C(c1)"));
    QCOMPARE(m_document->data(), before);
    for (int i = 0; i < 4; ++i)
        m_document->undoStack()->redo();
    QCOMPARE(outline(*m_model), QStringLiteral("B(b1) C D"));
}

void TestMenuTreeModel::moves_data()
{
    QTest::addColumn<ButtonPath>("from");
    QTest::addColumn<ButtonPath>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top down") << ButtonPath{-1, -1, 0} << ButtonPath{-1, -1, 2}
                              << QStringLiteral("B C(c1) A(a1,a2)");
    QTest::newRow("top up") << ButtonPath{-1, -1, 2} << ButtonPath{-1, -1, 0}
                            << QStringLiteral("C(c1) A(a1,a2) B");
    QTest::newRow("sub within parent")
        << ButtonPath{-1, 0, 0} << ButtonPath{-1, 0, 1} << QStringLiteral("A(a2,a1) B C(c1)");
    QTest::newRow("sub to other parent")
        << ButtonPath{-1, 0, 1} << ButtonPath{-1, 2, 0} << QStringLiteral("A(a1) B C(a2,c1)");
    QTest::newRow("sub to top") << ButtonPath{-1, 2, 0} << ButtonPath{-1, -1, 1}
                                << QStringLiteral("A(a1,a2) c1 B C");
    // B leaves the top level; C is then row 1 of what remains.
    QTest::newRow("top to sub after it")
        << ButtonPath{-1, -1, 1} << ButtonPath{-1, 1, 1} << QStringLiteral("A(a1,a2) C(c1,B)");
    QTest::newRow("top to sub before it")
        << ButtonPath{-1, -1, 1} << ButtonPath{-1, 0, 0} << QStringLiteral("A(B,a1,a2) C(c1)");
}

void TestMenuTreeModel::moves()
{
    QFETCH(ButtonPath, from);
    QFETCH(ButtonPath, to);
    QFETCH(QString, expected);
    const DocumentData before = m_document->data();
    m_document->moveButton(from, to);
    QCOMPARE(outline(*m_model), expected);
    m_document->undoStack()->undo();
    QCOMPARE(outline(*m_model), QStringLiteral("A(a1,a2) B C(c1)"));
    QCOMPARE(m_document->data(), before);
    m_document->undoStack()->redo();
    QCOMPARE(outline(*m_model), expected);
}

void TestMenuTreeModel::dropsMoveButtons_data()
{
    QTest::addColumn<int>("sourceParent"); // -1 top level
    QTest::addColumn<int>("sourceRow");
    QTest::addColumn<int>("targetParent"); // -1 root
    QTest::addColumn<int>("row");          // -1 onto the parent
    QTest::addColumn<QString>("expected");
    QTest::newRow("top to end") << -1 << 0 << -1 << 3 << QStringLiteral("B C(c1) A(a1,a2)");
    QTest::newRow("top to front") << -1 << 2 << -1 << 0 << QStringLiteral("C(c1) A(a1,a2) B");
    QTest::newRow("sub between parents") << 0 << 0 << 2 << 1 << QStringLiteral("A(a2) B C(c1,a1)");
    QTest::newRow("sub onto a parent") << 0 << 1 << 2 << -1 << QStringLiteral("A(a1) B C(c1,a2)");
    QTest::newRow("sub down within parent")
        << 0 << 0 << 0 << 2 << QStringLiteral("A(a2,a1) B C(c1)");
    QTest::newRow("top onto a later parent")
        << -1 << 1 << 2 << 0 << QStringLiteral("A(a1,a2) C(B,c1)");
}

void TestMenuTreeModel::dropsMoveButtons()
{
    QFETCH(int, sourceParent);
    QFETCH(int, sourceRow);
    QFETCH(int, targetParent);
    QFETCH(int, row);
    QFETCH(QString, expected);
    const int stepsBefore = m_document->undoStack()->index();

    const QModelIndex source = sourceParent < 0
                                   ? m_model->index(sourceRow, 0)
                                   : m_model->index(sourceRow, 0, m_model->index(sourceParent, 0));
    std::unique_ptr<QMimeData> mime(m_model->mimeData({source}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(MenuTreeModel::mimeType()));
    QVERIFY(mime->text().contains(QStringLiteral("\"name\"")));
    const QModelIndex target = targetParent < 0 ? QModelIndex() : m_model->index(targetParent, 0);
    QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, row, 0, target));
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, row, 0, target));
    QCOMPARE(outline(*m_model), expected);
    // One drop is one undo step.
    QCOMPARE(m_document->undoStack()->index(), stepsBefore + 1);
    m_document->undoStack()->undo();
    QCOMPARE(outline(*m_model), QStringLiteral("A(a1,a2) B C(c1)"));
}

void TestMenuTreeModel::refusedDrops_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("sourceParent");
    QTest::addColumn<int>("sourceRow");
    QTest::addColumn<int>("targetParent");
    QTest::addColumn<int>("targetSubRow"); // >= 0: drop onto that sub-button of targetParent
    QTest::addColumn<int>("row");
    QTest::newRow("4th top-level") << QString() << 0 << 0 << -1 << -1 << 0;
    QTest::newRow("6th sub-button") << QStringLiteral("fill A") << 2 << 0 << 0 << -1 << 0;
    QTest::newRow("third level: button with subs under another")
        << QString() << -1 << 0 << 1 << -1 << 0;
    QTest::newRow("onto a sub-button") << QString() << -1 << 1 << 0 << 0 << -1;
    QTest::newRow("into itself") << QString() << -1 << 1 << 1 << -1 << 0;
    QTest::newRow("sub onto a click button") << QString() << 0 << 1 << 1 << -1 << -1;
    QTest::newRow("sub between nothing under a click button")
        << QString() << 0 << 0 << 1 << -1 << 0;
}

void TestMenuTreeModel::refusedDrops()
{
    QFETCH(QString, setup);
    QFETCH(int, sourceParent);
    QFETCH(int, sourceRow);
    QFETCH(int, targetParent);
    QFETCH(int, targetSubRow);
    QFETCH(int, row);
    if (setup == QLatin1String("fill A")) {
        for (int i = 3; i <= 5; ++i)
            m_document->addButton({-1, 0, i - 1}, button(QStringLiteral("a%1").arg(i)));
        QCOMPARE(m_document->buttonCount(-1, 0), 5);
    }
    const DocumentData before = m_document->data();
    const int steps = m_document->undoStack()->count();

    const QModelIndex source = sourceParent < 0
                                   ? m_model->index(sourceRow, 0)
                                   : m_model->index(sourceRow, 0, m_model->index(sourceParent, 0));
    std::unique_ptr<QMimeData> mime(m_model->mimeData({source}));
    QVERIFY(mime);
    QModelIndex target = targetParent < 0 ? QModelIndex() : m_model->index(targetParent, 0);
    if (targetSubRow >= 0)
        target = m_model->index(targetSubRow, 0, target);
    // A copy of B under B is fine; moving B into itself is not.
    const bool moveOnly = QLatin1String(QTest::currentDataTag()) == QLatin1String("into itself");
    for (const Qt::DropAction action : {Qt::MoveAction, Qt::CopyAction}) {
        if (moveOnly && action == Qt::CopyAction)
            continue;
        QVERIFY(!m_model->canDropMimeData(mime.get(), action, row, 0, target));
        QVERIFY(!m_model->dropMimeData(mime.get(), action, row, 0, target));
    }
    QCOMPARE(m_document->data(), before);
    QCOMPARE(m_document->undoStack()->count(), steps);
}

void TestMenuTreeModel::dropOntoAButtonWithAnActionNeverNests()
{
    const QModelIndex b = m_model->index(1, 0);
    // The tree draws a drop near B between rows: B takes no drop onto itself.
    QVERIFY(!m_model->flags(b).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_model->flags(m_model->index(2, 0)).testFlag(Qt::ItemIsDropEnabled));
    const DocumentData before = m_document->data();
    const int steps = m_document->undoStack()->count();

    // From this document, and a copy from another one.
    DocumentData data;
    data.defaultMenu.buttons = {button(QStringLiteral("X"))};
    MenuDocument other(data);
    MenuTreeModel otherModel(&other);
    std::unique_ptr<QMimeData> sub(m_model->mimeData({m_model->index(0, 0, m_model->index(0, 0))}));
    std::unique_ptr<QMimeData> foreign(otherModel.mimeData({otherModel.index(0, 0)}));
    for (QMimeData *mime : {sub.get(), foreign.get()}) {
        for (const Qt::DropAction action : {Qt::MoveAction, Qt::CopyAction}) {
            for (const int row : {-1, 0}) {
                QVERIFY(!m_model->canDropMimeData(mime, action, row, 0, b));
                QVERIFY(!m_model->dropMimeData(mime, action, row, 0, b));
            }
        }
    }
    QCOMPARE(m_model->rowCount(b), 0);
    QCOMPARE(b.data(MenuTreeModel::TypeRole).toString(), QStringLiteral("click"));
    QCOMPARE(b.data(MenuTreeModel::KeyRole).toString(), QStringLiteral("B"));
    QCOMPARE(m_document->data(), before);
    QCOMPARE(m_document->undoStack()->count(), steps);

    // A button without an action of its own may still take sub-buttons.
    QVERIFY(m_document->setButtonField({-1, -1, 1}, ButtonField::Type, QString()));
    QVERIFY(m_model->flags(b).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(m_model->dropMimeData(sub.get(), Qt::MoveAction, -1, 0, b));
    QCOMPARE(outline(*m_model), QStringLiteral("A(a2) B(a1) C(c1)"));
}

void TestMenuTreeModel::copyDropFromAnotherDocument()
{
    DocumentData data;
    data.defaultMenu.buttons = {button(QStringLiteral("X"))};
    MenuDocument other(data);
    MenuTreeModel otherModel(&other);
    std::unique_ptr<QMimeData> mime(otherModel.mimeData({otherModel.index(0, 0)}));
    QVERIFY(mime);

    // Into this document it is a copy, even when dragged as a move.
    const QModelIndex b = m_model->index(1, 0);
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, m_model->index(2, 0)));
    QCOMPARE(outline(*m_model), QStringLiteral("A(a1,a2) B C(X,c1)"));
    QCOMPARE(outline(otherModel), QStringLiteral("X"));
    // The top level is full: a copy there is refused.
    QVERIFY(!m_model->dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));

    // Garbage and foreign formats are refused.
    QMimeData garbage;
    garbage.setData(MenuTreeModel::mimeType(), "{not json");
    QVERIFY(!m_model->canDropMimeData(&garbage, Qt::CopyAction, 0, 0, b));
    QMimeData text;
    text.setText(QStringLiteral("{\"name\":\"x\"}"));
    QVERIFY(!m_model->canDropMimeData(&text, Qt::CopyAction, 0, 0, b));
}

void TestMenuTreeModel::dropRefusedByTheDocumentReturnsFalse()
{
    // An index kept from before C was deleted: a drop on it passes the model's own checks,
    // and the document refuses the move or the copy that would go under a button gone.
    const QModelIndex staleC = m_model->index(2, 0);
    QVERIFY(m_document->removeButton({-1, -1, 2}));
    const DocumentData before = m_document->data();
    const int steps = m_document->undoStack()->count();
    std::unique_ptr<QMimeData> mime(
        m_model->mimeData({m_model->index(0, 0, m_model->index(0, 0))}));
    QVERIFY(mime);
    QVERIFY(!m_model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, staleC));
    QVERIFY(!m_model->dropMimeData(mime.get(), Qt::CopyAction, 0, 0, staleC));
    QCOMPARE(m_document->data(), before);
    QCOMPARE(m_document->undoStack()->count(), steps);
}

void TestMenuTreeModel::persistentIndexFollowsParentMove()
{
    const QPersistentModelIndex c1 = m_model->index(0, 0, m_model->index(2, 0));
    QCOMPARE(c1.data().toString(), QStringLiteral("c1"));
    m_document->moveButton({-1, -1, 2}, {-1, -1, 0}); // C to the front
    QVERIFY(c1.isValid());
    QCOMPARE(c1.data().toString(), QStringLiteral("c1"));
    QCOMPARE(c1.parent().row(), 0);
    m_document->removeButton({-1, -1, 1}); // A goes; C stays at row 0
    QCOMPARE(c1.data().toString(), QStringLiteral("c1"));
    m_document->addButton({-1, -1, 0}, button(QStringLiteral("Z")));
    QCOMPARE(c1.parent().row(), 1);
    QCOMPARE(c1.data(MenuTreeModel::PathRole).toString(),
             QStringLiteral("menu.button[1].sub_button[0]"));
}

void TestMenuTreeModel::issuesPerRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex a1 = m_model->index(0, 0, m_model->index(0, 0));
    QCOMPARE(a1.data(MenuTreeModel::SeverityRole).toInt(), -1);
    m_model->setData(a1, QString(), MenuTreeModel::KeyRole);
    QVERIFY(!changed.isEmpty());
    const IssueList issues = a1.data(MenuTreeModel::IssuesRole).value<IssueList>();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().rule, QStringLiteral("key.required"));
    QCOMPARE(issues.first().path, QStringLiteral("menu.button[0].sub_button[0].key"));
    QCOMPARE(a1.data(MenuTreeModel::SeverityRole).toInt(), int(Issue::Severity::Error));
    QVERIFY(a1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("key")));
    // The parent row does not carry its child's issue.
    QCOMPARE(m_model->index(0, 0).data(MenuTreeModel::SeverityRole).toInt(), -1);

    m_model->setData(m_model->index(1, 0), QStringLiteral("ABCDEFGHIJ"), Qt::EditRole);
    QCOMPARE(m_model->index(1, 0).data(MenuTreeModel::SeverityRole).toInt(),
             int(Issue::Severity::Warning)); // cut on the phone
}

void TestMenuTreeModel::otherMenusAndReset()
{
    DocumentData data = threeButtons();
    Menu conditional;
    conditional.buttons = {button(QStringLiteral("V"))};
    conditional.matchRule.tagId = QStringLiteral("2");
    data.conditionalMenus.append(conditional);
    m_document->replaceData(data, QStringLiteral("Import"));
    QCOMPARE(outline(*m_model), QStringLiteral("A(a1,a2) B C(c1)"));

    MenuTreeModel conditionalModel(m_document.get(), 0);
    QAbstractItemModelTester tester(&conditionalModel,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(outline(conditionalModel), QStringLiteral("V"));
    QCOMPARE(conditionalModel.index(0, 0).data(MenuTreeModel::PathRole).toString(),
             QStringLiteral("conditionalmenu[0].button[0]"));
    // A change in the default menu leaves the conditional menu's model alone.
    m_document->addButton({-1, 1, 0}, button(QStringLiteral("b1")));
    QCOMPARE(outline(conditionalModel), QStringLiteral("V"));
    m_document->addButton({0, -1, 1}, button(QStringLiteral("W")));
    QCOMPARE(outline(conditionalModel), QStringLiteral("V W"));
    QCOMPARE(outline(*m_model), QStringLiteral("A(a1,a2) B(b1) C(c1)"));

    // Undo of the import is one step and resets both models.
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(conditionalModel.rowCount(), 0);
    QCOMPARE(m_document->data(), threeButtons());

    m_model->setMenuIndex(0);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestMenuTreeModel::menuListInPriorityOrder()
{
    // The menus list shows conditionalmenu[K] as row K: index 0, the newest and the one tried
    // first, on top; the default menu last. A menu added as the newest goes on top, and the
    // tree model showing a conditional menu follows it when the indexes shift.
    DocumentData data = threeButtons();
    for (const char *tag : {"2", "100"}) {
        Menu menu;
        menu.buttons = {button(QString::fromLatin1(tag))};
        menu.matchRule.tagId = QString::fromLatin1(tag);
        data.conditionalMenus.append(menu);
    }
    MenuDocument document(data);
    MenuListModel list(&document);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MenuTreeModel shown(&document, 1); // tag 100, the older one

    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.menuForRow(0), 0);
    QCOMPARE(list.menuForRow(1), 1);
    QCOMPARE(list.menuForRow(2), -1);
    QCOMPARE(list.rowForMenu(0), 0);
    QCOMPARE(list.rowForMenu(-1), 2);
    QCOMPARE(list.index(0).data().toString(), QStringLiteral("1. Tag 2"));
    QCOMPARE(list.index(1).data().toString(), QStringLiteral("2. Tag 100"));

    Menu newest;
    newest.buttons = {button(QStringLiteral("N"))};
    newest.matchRule.clientPlatformType = QStringLiteral("1");
    QVERIFY(document.addMenu(0, newest, QStringLiteral("Add Conditional Menu")));
    QCOMPARE(list.index(0).data().toString(), QStringLiteral("1. iOS"));
    QCOMPARE(list.index(0).data(MenuListModel::MenuIndexRole).toInt(), 0);
    QCOMPARE(list.index(2).data().toString(), QStringLiteral("3. Tag 100"));
    QCOMPARE(shown.menuIndex(), 2);
    QCOMPARE(outline(shown), QStringLiteral("100"));

    // Dragging the bottom conditional menu (tag 100) to the top makes it the newest.
    std::unique_ptr<QMimeData> mime(list.mimeData({list.index(2)}));
    QVERIFY(mime);
    list.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(document.data().conditionalMenus.at(0).matchRule.tagId, QStringLiteral("100"));
    QCOMPARE(document.data().conditionalMenus.at(1).matchRule.clientPlatformType,
             QStringLiteral("1"));
    QCOMPARE(shown.menuIndex(), 0);
    // Dropped on the default menu's row: it becomes the oldest.
    mime.reset(list.mimeData({list.index(0)}));
    list.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {});
    QCOMPARE(document.data().conditionalMenus.at(2).matchRule.tagId, QStringLiteral("100"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.data(), data);
}

QTEST_GUILESS_MAIN(TestMenuTreeModel)
#include "tst_menutreemodel.moc"
