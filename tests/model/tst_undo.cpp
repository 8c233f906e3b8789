#include <commands/addbutton.h>
#include <commands/changebuttonfield.h>
#include <commands/movebutton.h>
#include <commands/removebutton.h>
#include <commands/replacedocument.h>
#include <menudocument.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <validator.h>

#include <QUndoStack>
#include <QtTest>

namespace {

DocumentData sample()
{
    const ReadResult read =
        MenuFile::readFile(QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json"));
    return read.data;
}

Button clickButton(const QString &name)
{
    Button b;
    b.name = name;
    b.type = QStringLiteral("click");
    b.key = QStringLiteral("K_") + name;
    return b;
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandUndoesAndRedoes_data();
    void everyCommandUndoesAndRedoes();
    void typingMergesIntoOneStep();
    void mergeBackToOriginalDropsTheStep();
    void modifiedFollowsCleanState();
    void importIsOneStep();
    void firstButtonCreatesTheDefaultMenu();
    void editingAWronglyTypedFieldReplacesIt();
    void importOfAnotherShapeChangesWhatIsChecked();
    void openedContentIsNoStep();
    void savingMakesADocumentOfItsOwn();
    void pasteIsOneStep();
    void renamingAMenuIsOneStep();
    void matchRuleEditsMerge();
    void firstSubButtonTakesTheParentsAction();
    void unusedActionFixIsOneStep();
};

void TestUndo::everyCommandUndoesAndRedoes_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("add top-level") << 0;
    QTest::newRow("add sub-button") << 1;
    QTest::newRow("remove top-level with subs") << 2;
    QTest::newRow("remove sub-button") << 3;
    QTest::newRow("move top-level") << 4;
    QTest::newRow("move sub-button to top level") << 5;
    QTest::newRow("move top-level under another") << 6;
    QTest::newRow("change every field") << 7;
    QTest::newRow("replace document") << 8;
    QTest::newRow("edit conditional menu") << 9;
}

void TestUndo::everyCommandUndoesAndRedoes()
{
    QFETCH(int, kind);
    DocumentData start = sample();
    start.defaultMenu.buttons.removeLast(); // room for a third top-level button
    MenuDocument document(start);
    QVERIFY(document.data().defaultMenu.buttons.size() == 2);
    QVERIFY(document.data().defaultMenu.buttons.at(1).subButtons.size() >= 2);
    QUndoStack *stack = document.undoStack();

    switch (kind) {
    case 0:
        stack->push(new AddButton(&document, {-1, -1, 1}, clickButton(QStringLiteral("N"))));
        break;
    case 1:
        stack->push(new AddButton(&document, {-1, 1, 0}, clickButton(QStringLiteral("n"))));
        break;
    case 2:
        stack->push(new RemoveButton(&document, {-1, -1, 1}));
        break;
    case 3:
        stack->push(new RemoveButton(&document, {-1, 1, 1}));
        break;
    case 4:
        stack->push(new MoveButton(&document, {-1, -1, 0}, {-1, -1, 1}));
        break;
    case 5:
        stack->push(new MoveButton(&document, {-1, 1, 1}, {-1, -1, 0}));
        break;
    case 6:
        stack->push(new MoveButton(&document, {-1, -1, 0}, {-1, 0, 2}));
        break;
    case 7:
        for (const ButtonField field : kAllButtonFields) {
            stack->push(new ChangeButtonField(&document, {-1, 1, 0}, field,
                                              QStringLiteral("v-") + buttonFieldKey(field)));
        }
        break;
    case 8:
        stack->push(new ReplaceDocument(&document, DocumentData(), Shape::Document, QStringLiteral("New")));
        break;
    case 9:
        stack->push(new ChangeButtonField(&document, {1, -1, 0}, ButtonField::Name,
                                          QStringLiteral("changed")));
        stack->push(new AddButton(&document, {1, -1, 0}, clickButton(QStringLiteral("C"))));
        break;
    }
    const DocumentData after = document.data();
    QVERIFY(after != start);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(document.data(), start);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(document.data(), after);
}

void TestUndo::typingMergesIntoOneStep()
{
    MenuDocument document(sample());
    const QString original = document.data().defaultMenu.buttons.at(0).name;
    const QString typed = QStringLiteral(u"今日特价");
    for (int i = 1; i <= typed.size(); ++i)
        document.setButtonField({-1, -1, 0}, ButtonField::Name, typed.left(i));
    QCOMPARE(document.undoStack()->count(), 1);
    // Another field, or another button, starts a new step.
    document.setButtonField({-1, -1, 0}, ButtonField::Key, QStringLiteral("K1"));
    document.setButtonField({-1, -1, 0}, ButtonField::Key, QStringLiteral("K12"));
    document.setButtonField({-1, 1, 0}, ButtonField::Name, QStringLiteral("x"));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.data().defaultMenu.buttons.at(0).name, typed);
    document.undoStack()->undo();
    QCOMPARE(document.data().defaultMenu.buttons.at(0).name, original);
}

void TestUndo::mergeBackToOriginalDropsTheStep()
{
    MenuDocument document(sample());
    const QString original = document.data().defaultMenu.buttons.at(0).name;
    document.setButtonField({-1, -1, 0}, ButtonField::Name, original + QStringLiteral("x"));
    document.setButtonField({-1, -1, 0}, ButtonField::Name, original);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    // Setting a field to the value it has pushes nothing.
    document.setButtonField({-1, -1, 0}, ButtonField::Name, original);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestUndo::modifiedFollowsCleanState()
{
    MenuDocument document(sample());
    QSignalSpy modified(&document, &MenuDocument::modifiedChanged);
    QVERIFY(!document.isModified());
    document.addButton({-1, 0, 0}, clickButton(QStringLiteral("x")));
    QVERIFY(document.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    document.undoStack()->setClean();
    QVERIFY(!document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    document.undoStack()->redo();
    QVERIFY(!document.isModified());
}

void TestUndo::importIsOneStep()
{
    MenuDocument document(sample());
    const DocumentData before = document.data();
    QSignalSpy reset(&document, &MenuDocument::reset);
    const ReadResult create =
        MenuFile::readFile(QStringLiteral(WEMENU_TEST_DATA "/seed/create-5.1-request.json"));
    QVERIFY(create.ok);
    DocumentData imported = before;
    imported.defaultMenu = create.data.defaultMenu;
    document.replaceData(imported, QStringLiteral("Import"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import"));
    QCOMPARE(document.data().defaultMenu.buttons, create.data.defaultMenu.buttons);
    QCOMPARE(document.data().conditionalMenus, before.conditionalMenus);
    document.undoStack()->undo();
    QCOMPARE(document.data(), before);
    QCOMPARE(reset.size(), 2);
}

void TestUndo::firstButtonCreatesTheDefaultMenu()
{
    // A lone addconditional body has no default menu.
    const ReadResult read =
        MenuFile::readFile(QStringLiteral(WEMENU_TEST_DATA "/seed/addconditional-5.2-request.json"));
    QVERIFY(read.ok);
    MenuDocument document(read.data, read.shape);
    QVERIFY(!document.data().hasDefaultMenu);
    QVERIFY(document.addButton({-1, -1, 0}, clickButton(QStringLiteral("D"))));
    QVERIFY(document.data().hasDefaultMenu);
    // Written and read back, the new default menu is there.
    const ReadResult again = MenuFile::readBytes(MenuJsonWriter::document(document.data()));
    QVERIFY2(again.ok, qPrintable(again.error.message));
    QCOMPARE(again.data.defaultMenu.buttons.size(), 1);
    document.undoStack()->undo();
    QVERIFY(!document.data().hasDefaultMenu);
    QCOMPARE(document.data(), read.data);

    // A document with no menus at all still writes a file that reads back.
    DocumentData none;
    none.hasDefaultMenu = false;
    const ReadResult empty = MenuFile::readBytes(MenuJsonWriter::document(none));
    QVERIFY2(empty.ok, qPrintable(empty.error.message));
    QCOMPARE(empty.data, none);
}

void TestUndo::editingAWronglyTypedFieldReplacesIt()
{
    const ReadResult read = MenuFile::readBytes(
        R"({"button":[{"name":{"zh":"x"},"type":"click","key":"K","sub_button":"none"}]})");
    QVERIFY(read.ok);
    MenuDocument document(read.data);
    QVERIFY(document.button({-1, -1, 0}).extras.contains(QStringLiteral("name")));
    QVERIFY(document.setButtonField({-1, -1, 0}, ButtonField::Name, QStringLiteral("Fixed")));
    QVERIFY(!document.button({-1, -1, 0}).extras.contains(QStringLiteral("name")));
    QVERIFY(document.addButton({-1, 0, 0}, clickButton(QStringLiteral("s"))));
    QVERIFY(!document.button({-1, -1, 0}).extras.contains(QStringLiteral("sub_button")));
    for (const Issue &issue : document.issues())
        QVERIFY2(issue.rule != QLatin1String("field.type"), qPrintable(issue.path));
    const QByteArray written = MenuJsonWriter::document(document.data());
    QCOMPARE(written.count("\"name\""), 2); // the button and its sub-button, once each
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.data(), read.data);
}

void TestUndo::importOfAnotherShapeChangesWhatIsChecked()
{
    const ReadResult conditional =
        MenuFile::readFile(QStringLiteral(WEMENU_TEST_DATA "/seed/addconditional-5.2-request.json"));
    MenuDocument document(conditional.data, Shape::Conditional);
    const auto hasRule = [&document](const char *rule) {
        for (const Issue &issue : document.issues()) {
            if (issue.rule == QLatin1String(rule))
                return true;
        }
        return false;
    };
    QVERIFY(!hasRule("menu.default-required")); // a request body, checked as one
    const ReadResult full = MenuFile::readBytes(
        R"({"conditionalmenu":[{"button":[{"name":"a","type":"click","key":"k"}],"matchrule":{"tag_id":"1"}}]})");
    QVERIFY(full.ok);
    document.replaceData(full.data, Shape::Document, QStringLiteral("Import"));
    QCOMPARE(document.shape(), Shape::Document);
    QVERIFY(hasRule("menu.default-required"));
    document.undoStack()->undo();
    QCOMPARE(document.shape(), Shape::Conditional);
    QVERIFY(!hasRule("menu.default-required"));
}

void TestUndo::openedContentIsNoStep()
{
    const ReadResult read = MenuFile::readFile(
        QStringLiteral(WEMENU_TEST_DATA "/seed/addconditional-5.2-request.json"));
    QVERIFY(read.ok);
    MenuDocument document(read.data, read.shape);
    QCOMPARE(document.data(), read.data);
    QCOMPARE(document.shape(), Shape::Conditional);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void TestUndo::savingMakesADocumentOfItsOwn()
{
    const ReadResult read = MenuFile::readFile(
        QStringLiteral(WEMENU_TEST_DATA "/seed/addconditional-5.2-request.json"));
    MenuDocument document(read.data, read.shape);
    QVERIFY(document.addButton({0, -1, 0}, clickButton(QStringLiteral("x"))));
    QVERIFY(document.isModified());
    QSignalSpy changed(&document, &MenuDocument::changed);
    document.markSaved(QStringLiteral("/tmp/saved.json"));
    QCOMPARE(document.fileName(), QStringLiteral("/tmp/saved.json"));
    QCOMPARE(document.shape(), Shape::Document);
    QCOMPARE(changed.size(), 1); // what it is checked as changed: the issues are new
    QVERIFY(!document.isModified());
}

void TestUndo::pasteIsOneStep()
{
    DocumentData start = sample();
    start.defaultMenu.buttons.removeLast();
    MenuDocument document(start);
    const QList<Button> buttons = {clickButton(QStringLiteral("P1")),
                                   clickButton(QStringLiteral("P2"))};
    QVERIFY(document.pasteButtons({-1, 0, 0}, buttons));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Paste Buttons"));
    QCOMPARE(document.button({-1, 0, 0}).name, QStringLiteral("P1"));
    QCOMPARE(document.button({-1, 0, 1}).name, QStringLiteral("P2"));
    const DocumentData pasted = document.data();
    document.undoStack()->undo();
    QCOMPARE(document.data(), start);
    document.undoStack()->redo();
    QCOMPARE(document.data(), pasted);

    // One button is an ordinary addition; nothing to paste or nowhere to put it pushes nothing.
    QVERIFY(document.pasteButtons({-1, -1, 2}, {clickButton(QStringLiteral("P3"))}));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add Button"));
    QCOMPARE(document.undoStack()->count(), 2);
    QVERIFY(!document.pasteButtons({-1, -1, 0}, {}));
    QVERIFY(!document.pasteButtons({-1, 7, 0}, buttons));
    QVERIFY(!document.pasteButtons({-1, 0, 99}, buttons));
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestUndo::renamingAMenuIsOneStep()
{
    MenuDocument document(sample());
    QVERIFY(document.data().conditionalMenus.size() >= 2);
    const DocumentData start = document.data();
    QVERIFY(document.setMenuName(1, QStringLiteral("VIP members")));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.data().conditionalMenus.at(1).name, QStringLiteral("VIP members"));
    QVERIFY(!document.setMenuName(1, QStringLiteral("VIP members"))); // the name it has
    QVERIFY(!document.setMenuName(5, QStringLiteral("none"))); // no such menu
    // A second rename is a step of its own: undo brings back the first name.
    QVERIFY(document.setMenuName(1, QStringLiteral("Gold members")));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.data().conditionalMenus.at(1).name, QStringLiteral("VIP members"));
    document.undoStack()->undo();
    QCOMPARE(document.data(), start);
    document.undoStack()->redo();
    QCOMPARE(document.data().conditionalMenus.at(1).name, QStringLiteral("VIP members"));
}

void TestUndo::matchRuleEditsMerge()
{
    MenuDocument document(sample());
    QVERIFY(document.data().conditionalMenus.size() >= 2);
    const MatchRule original = document.data().conditionalMenus.at(0).matchRule;
    MatchRule rule = original;
    rule.tagId = QStringLiteral("10");
    QVERIFY(document.setMatchRule(0, rule));
    rule.tagId = QStringLiteral("101");
    QVERIFY(document.setMatchRule(0, rule));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!document.setMatchRule(0, rule)); // the rule it has: nothing pushed
    // Another menu's rule is a step of its own.
    MatchRule other = document.data().conditionalMenus.at(1).matchRule;
    other.clientPlatformType = QStringLiteral("2");
    QVERIFY(document.setMatchRule(1, other));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.data().conditionalMenus.at(0).matchRule.tagId, QStringLiteral("101"));
    document.undoStack()->undo();
    QCOMPARE(document.data().conditionalMenus.at(0).matchRule, original);
    // Edited back to the rule it had, the step goes away.
    document.undoStack()->clear();
    rule.tagId = QStringLiteral("55");
    QVERIFY(document.setMatchRule(0, rule));
    QVERIFY(document.setMatchRule(0, original));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestUndo::firstSubButtonTakesTheParentsAction()
{
    DocumentData data;
    Button parent = clickButton(QStringLiteral("P"));
    parent.url = QStringLiteral("https://example.com/");
    parent.extras.insert(QStringLiteral("media_id"), 7); // kept as read, wrong JSON type
    parent.extras.insert(QStringLiteral("x_note"), QStringLiteral("kept"));
    data.defaultMenu.buttons = {parent};
    MenuDocument document(data, Shape::Document);

    QVERIFY(document.addButton({-1, 0, 0}, clickButton(QStringLiteral("S"))));
    QCOMPARE(document.undoStack()->count(), 1);
    const Button &after = document.button({-1, -1, 0});
    QVERIFY(!after.hasAction());
    QCOMPARE(after.name, QStringLiteral("P"));
    QCOMPARE(after.extras.value(QStringLiteral("x_note")).toString(), QStringLiteral("kept"));
    QCOMPARE(after.subButtons.size(), 1);
    for (const Issue &issue : Validator::validate(document.data()))
        QVERIFY2(issue.rule != QLatin1String("button.action-ignored"), qPrintable(issue.message));

    // One undo step brings the action back, redo takes it away again.
    document.undoStack()->undo();
    QCOMPARE(document.data(), data);
    document.undoStack()->redo();
    QVERIFY(!document.button({-1, -1, 0}).hasAction());

    // A second sub-button changes nothing more on the parent.
    QVERIFY(document.addButton({-1, 0, 1}, clickButton(QStringLiteral("T"))));
    document.undoStack()->undo();
    QVERIFY(!document.button({-1, -1, 0}).hasAction());
    QCOMPARE(document.button({-1, -1, 0}).subButtons.size(), 1);
}

void TestUndo::unusedActionFixIsOneStep()
{
    // A file whose parent keeps an action: read as is, reported on the button, fixed in one step.
    const ReadResult read = MenuFile::readBytes(
        R"({"menu":{"button":[{"name":"P","type":"view","url":"https://example.com/",)"
        R"("sub_button":[{"name":"S","type":"click","key":"K"}]}]}})");
    QVERIFY2(read.ok, qPrintable(read.error.message));
    QCOMPARE(read.data.defaultMenu.buttons.at(0).type, QStringLiteral("view"));
    MenuDocument document(read.data, read.shape);
    Issue found;
    for (const Issue &issue : Validator::validate(document.data())) {
        if (issue.rule == QLatin1String("button.action-ignored"))
            found = issue;
    }
    QCOMPARE(found.path, QStringLiteral("menu.button[0]"));
    QCOMPARE(found.fix, IssueFix::removeAction());
    QVERIFY(!found.fix.text().isEmpty());

    QVERIFY(document.applyFix(found));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!document.button({-1, -1, 0}).hasAction());
    QCOMPARE(document.button({-1, 0, 0}).key, QStringLiteral("K"));
    for (const Issue &issue : Validator::validate(document.data()))
        QVERIFY(issue.rule != QLatin1String("button.action-ignored"));
    QVERIFY(!document.applyFix(found)); // nothing left to remove
    document.undoStack()->undo();
    QCOMPARE(document.data(), read.data);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
