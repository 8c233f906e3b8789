#include "scriptedprompter.h"

#include <buttonform.h>
#include <displaywidth.h>
#include <mainwindow.h>
#include <menudocument.h>
#include <menutreemodel.h>
#include <recoverystore.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

/// Types text the way a keyboard does, one key event per character (CJK included).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString firstMessage(const MenuDocument *document)
{
    return document->issues().isEmpty() ? QString() : document->issues().first().message;
}

QRect geometryIn(QWidget *widget, QWidget *ancestor)
{
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
}

} // namespace

/// The button form as the user meets it in the real main window: focus after Add, one undo
/// history, the name counter in characters, and fields that keep their place.
class TestButtonForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addButtonFocusesTheWholeName();
    void addSubButtonFocusesTheWholeName();
    void freshButtonsHaveNoIssue();
    void freshKeyGoesWithTheAction();
    void undoInTheNameFieldKeepsTheRedoSteps();
    void undoFromTheNameFieldRemovesAndRestoresTheButton();
    void typingMergesPerEditSession();
    void counterCountsCharacters_data();
    void counterCountsCharacters();
    void counterTurnsRedOnlyAtTheByteLimit();
    void typeNamesKeepApiNamesInTooltips();
    void fieldsStayPutWhenMessagesAppear();

private:
    QLineEdit *nameEdit() const;
    QLabel *counter() const;

    ScriptedPrompter m_prompter;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<MainWindow> m_window;
};

void TestButtonForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestButtonForm::init()
{
    m_prompter = ScriptedPrompter();
    m_dir = std::make_unique<QTemporaryDir>();
    m_recovery = std::make_unique<RecoveryStore>(m_dir->filePath(QStringLiteral("recovery")));
    m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestButtonForm::cleanup()
{
    m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_recovery.reset();
    m_dir.reset();
}

QLineEdit *TestButtonForm::nameEdit() const
{
    return m_window->form()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
}

QLabel *TestButtonForm::counter() const
{
    return m_window->form()->findChild<QLabel *>(QStringLiteral("nameCounter"));
}

void TestButtonForm::addButtonFocusesTheWholeName()
{
    MainWindow *w = m_window.get();
    action(w, "actionAddButton")->trigger();
    QLineEdit *name = nameEdit();
    QVERIFY(name);
    QCOMPARE(QApplication::focusWidget(), name);
    QVERIFY(!name->text().isEmpty());
    QCOMPARE(name->selectedText(), name->text());

    // Typing replaces the whole default name at once.
    typeText(name, QStringLiteral(u"门店"));
    QCOMPARE(w->document()->data().defaultMenu.buttons.at(0).name, QStringLiteral(u"门店"));

    // The same after a second Add, made while the focus is elsewhere.
    w->setFocus();
    action(w, "actionAddButton")->trigger();
    QCOMPARE(QApplication::focusWidget(), name);
    QCOMPARE(name->selectedText(), w->document()->data().defaultMenu.buttons.at(1).name);
}

void TestButtonForm::addSubButtonFocusesTheWholeName()
{
    MainWindow *w = m_window.get();
    action(w, "actionAddButton")->trigger();
    w->setFocus();
    action(w, "actionAddSubButton")->trigger();
    QCOMPARE(w->model()->rowCount(w->model()->index(0, 0)), 1);
    QLineEdit *name = nameEdit();
    QCOMPARE(QApplication::focusWidget(), name);
    QCOMPARE(name->text(), w->document()->data().defaultMenu.buttons.at(0).subButtons.at(0).name);
    QCOMPARE(name->selectedText(), name->text());
}

void TestButtonForm::freshButtonsHaveNoIssue()
{
    MainWindow *w = m_window.get();
    MenuDocument *document = w->document();
    action(w, "actionAddButton")->trigger();
    QVERIFY2(document->issues().isEmpty(), qPrintable(firstMessage(document)));
    action(w, "actionAddSubButton")->trigger();
    action(w, "actionAddSubButton")->trigger();
    action(w, "actionAddButton")->trigger();
    QVERIFY2(document->issues().isEmpty(), qPrintable(firstMessage(document)));

    // Every default name fits the phone and the byte limit where it is.
    const Button &top = document->data().defaultMenu.buttons.at(0);
    const Button &sub = top.subButtons.at(0);
    QVERIFY(DisplayWidth::of(document->data().defaultMenu.buttons.at(1).name) <=
            DisplayWidth::kTopLevelUnits);
    QVERIFY(DisplayWidth::of(sub.name) <= DisplayWidth::kSubMenuUnits);
    // Each fresh button that sends an event has a key of its own.
    QVERIFY(!sub.key.isEmpty());
    QVERIFY(sub.key != top.subButtons.at(1).key);

    // No message under any field of the form.
    for (const QLabel *label : w->form()->findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("Issue")))
            QVERIFY2(label->text().isEmpty(), qPrintable(label->text()));
    }
}

void TestButtonForm::freshKeyGoesWithTheAction()
{
    MainWindow *w = m_window.get();
    MenuDocument *document = w->document();
    action(w, "actionAddButton")->trigger();
    const QString key = document->data().defaultMenu.buttons.at(0).key;
    QVERIFY(!key.isEmpty());
    QComboBox *combo = w->form()->typeCombo();
    const int steps = document->undoStack()->count();
    combo->setCurrentIndex(combo->findData(QStringLiteral("view")));
    emit combo->activated(combo->currentIndex());
    // A web page needs no key: the fresh one goes, and only the missing link is a problem.
    QVERIFY(document->data().defaultMenu.buttons.at(0).key.isEmpty());
    QCOMPARE(document->issues().size(), 1);
    QCOMPARE(document->issues().first().rule, QStringLiteral("url.required"));
    QVERIFY(!w->form()->edit(ButtonField::Key)->isVisible());
    QCOMPARE(document->undoStack()->count(), steps + 1);
    document->undoStack()->undo();
    QCOMPARE(document->data().defaultMenu.buttons.at(0).key, key);
    QCOMPARE(document->data().defaultMenu.buttons.at(0).type, QStringLiteral("click"));

    // A key the user typed stays: only the user removes it.
    QLineEdit *keyEdit = w->form()->edit(ButtonField::Key);
    keyEdit->selectAll();
    typeText(keyEdit, QStringLiteral("MENU_MUSIC"));
    emit combo->activated(combo->findData(QStringLiteral("view")));
    QCOMPARE(document->data().defaultMenu.buttons.at(0).key, QStringLiteral("MENU_MUSIC"));
}

void TestButtonForm::undoInTheNameFieldKeepsTheRedoSteps()
{
    MainWindow *w = m_window.get();
    MenuDocument *document = w->document();
    QUndoStack *stack = document->undoStack();
    action(w, "actionAddButton")->trigger();
    const QString defaultName = document->data().defaultMenu.buttons.at(0).name;
    QLineEdit *name = nameEdit();
    typeText(name, QStringLiteral("Coffee"));
    QComboBox *combo = w->form()->typeCombo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("click")));
    emit combo->activated(combo->currentIndex());
    QLineEdit *key = w->form()->edit(ButtonField::Key);
    QVERIFY(key->isVisible());
    const QString keyBefore = key->text();
    key->setFocus();
    key->selectAll();
    typeText(key, QStringLiteral("COFFEE"));
    QCOMPARE(stack->count(), keyBefore.isEmpty() ? 4 : 3); // add, rename, (type,) key
    name->setFocus();

    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->data().defaultMenu.buttons.at(0).key, keyBefore);
    QCOMPARE(name->text(), QStringLiteral("Coffee"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(name->text(), defaultName);
    QCOMPARE(document->data().defaultMenu.buttons.at(0).name, defaultName);
    const int count = stack->count();
    QCOMPARE(stack->index(), count - 2); // nothing lost from the redo side

    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name->text(), QStringLiteral("Coffee"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(key->text(), QStringLiteral("COFFEE"));
    QCOMPARE(document->data().defaultMenu.buttons.at(0).name, QStringLiteral("Coffee"));
    QCOMPARE(stack->index(), count);
    QVERIFY(!stack->canRedo());

    // Ctrl+Y redoes too, in the same history.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(key->text(), keyBefore);
    QTest::keyClick(name, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(key->text(), QStringLiteral("COFFEE"));
    QCOMPARE(stack->index(), count);
}

void TestButtonForm::undoFromTheNameFieldRemovesAndRestoresTheButton()
{
    MainWindow *w = m_window.get();
    MenuDocument *document = w->document();
    action(w, "actionAddButton")->trigger();
    QLineEdit *name = nameEdit();
    typeText(name, QStringLiteral("Coffee"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document->data().defaultMenu.buttons.isEmpty());
    QCOMPARE(document->undoStack()->count(), 2);
    // The focus is wherever the removal left it: the keys go to the window's focus.
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : w;
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    focus = QApplication::focusWidget() ? QApplication::focusWidget() : w;
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(document->data().defaultMenu.buttons.size(), 1);
    QCOMPARE(document->data().defaultMenu.buttons.at(0).name, QStringLiteral("Coffee"));
}

void TestButtonForm::typingMergesPerEditSession()
{
    MainWindow *w = m_window.get();
    QUndoStack *stack = w->document()->undoStack();
    action(w, "actionAddButton")->trigger();
    QLineEdit *name = nameEdit();
    typeText(name, QStringLiteral("Tea"));
    QCOMPARE(stack->count(), 2);
    typeText(name, QStringLiteral(" time"));
    QCOMPARE(stack->count(), 2); // one step while the field keeps the focus

    // Leaving the field ends the session: coming back and typing is a step of its own.
    w->form()->typeCombo()->setFocus();
    name->setFocus();
    name->end(false);
    typeText(name, QStringLiteral("!"));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    QCOMPARE(name->text(), QStringLiteral("Tea time"));
}

void TestButtonForm::counterCountsCharacters_data()
{
    QTest::addColumn<bool>("sub");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");

    QTest::newRow("top, 2 Chinese characters")
        << false << QStringLiteral(u"门店") << QStringLiteral("2 more Chinese characters");
    QTest::newRow("top, 3 Chinese characters") << false << QStringLiteral(u"门店a")
                                               << QStringLiteral("1 more Chinese character and "
                                                                 "1 letter");
    QTest::newRow("top, one letter left")
        << false << QStringLiteral(u"门店咖a") << QStringLiteral("1 more letter");
    QTest::newRow("top, full") << false << QStringLiteral(u"门店咖啡")
                               << QStringLiteral(
                                      "The phone shows the whole name; no room for more");
    QTest::newRow("top, past the cut")
        << false << QStringLiteral(u"今日歌曲推") // 15 bytes: within the byte limit
        << QStringLiteral(u"The phone shows only the first 4 Chinese characters (or 8 letters): "
                          u"\"今日歌曲...\"");
    QTest::newRow("sub, 2 Chinese characters")
        << true << QStringLiteral(u"门店") << QStringLiteral("6 more Chinese characters");
    QTest::newRow("sub, past the cut")
        << true << QStringLiteral("Opening hours and address")
        << QStringLiteral(u"The phone shows only the first 8 Chinese characters (or 16 letters): "
                          u"\"Opening hours an...\"");
}

void TestButtonForm::counterCountsCharacters()
{
    QFETCH(bool, sub);
    QFETCH(QString, name);
    QFETCH(QString, text);
    MainWindow *w = m_window.get();
    action(w, "actionAddButton")->trigger();
    if (sub)
        action(w, "actionAddSubButton")->trigger();
    typeText(nameEdit(), name);
    QLabel *label = counter();
    QVERIFY(label);
    QCOMPARE(label->property("fullText").toString(), text);
    QVERIFY(label->toolTip().contains(
        QStringLiteral("%1/%2 bytes").arg(name.toUtf8().size()).arg(sub ? 60 : 16)));
    QVERIFY(label->property("severity").toString() != QLatin1String("error"));
    QVERIFY(!label->styleSheet().contains(QLatin1String("#c62828")));
}

void TestButtonForm::counterTurnsRedOnlyAtTheByteLimit()
{
    MainWindow *w = m_window.get();
    action(w, "actionAddButton")->trigger();
    QLineEdit *name = nameEdit();
    typeText(name, QStringLiteral("abcdefghijklmnop")); // 16 bytes, past the cut
    QLabel *label = counter();
    QVERIFY(label);
    QCOMPARE(label->property("severity").toString(), QStringLiteral("warning"));
    QVERIFY(!label->styleSheet().contains(QLatin1String("#c62828")));
    QVERIFY(!label->text().contains(QLatin1String("bytes")));

    typeText(name, QStringLiteral("q")); // 17 bytes
    QCOMPARE(label->property("severity").toString(), QStringLiteral("error"));
    QVERIFY(label->styleSheet().contains(QLatin1String("#c62828")));
    QVERIFY(label->toolTip().contains(QStringLiteral("17/16 bytes")));
    QVERIFY(!label->text().contains(QLatin1String("bytes")));

    // A sub-button may have 60 bytes: 20 Chinese characters fit, 21 do not.
    action(w, "actionAddSubButton")->trigger();
    name->selectAll();
    typeText(name, QString(20, QChar(0x4E2D)));
    QVERIFY(label->property("severity").toString() != QLatin1String("error"));
    QVERIFY(label->toolTip().contains(QStringLiteral("60/60 bytes")));
    typeText(name, QString(1, QChar(0x4E2D)));
    QCOMPARE(label->property("severity").toString(), QStringLiteral("error"));
}

void TestButtonForm::typeNamesKeepApiNamesInTooltips()
{
    MainWindow *w = m_window.get();
    action(w, "actionAddButton")->trigger();
    QComboBox *combo = w->form()->typeCombo();
    for (int i = 0; i < combo->count(); ++i) {
        const QString type = combo->itemData(i).toString();
        QVERIFY2(!combo->itemText(i).contains(QLatin1Char('(') + type + QLatin1Char(')')),
                 qPrintable(combo->itemText(i)));
        QVERIFY(!combo->itemText(i).contains(QLatin1Char('_')));
        QVERIFY(combo->itemData(i, Qt::ToolTipRole).toString().contains(type));
    }
    // The fields name their API key in the tooltip only.
    QLineEdit *key = w->form()->edit(ButtonField::Key);
    QVERIFY(key->toolTip().contains(QLatin1String("key")));
}

void TestButtonForm::fieldsStayPutWhenMessagesAppear()
{
    MainWindow *w = m_window.get();
    action(w, "actionAddButton")->trigger();
    ButtonForm *form = w->form();
    QLineEdit *name = nameEdit();
    QComboBox *combo = form->typeCombo();
    QLineEdit *key = form->edit(ButtonField::Key);
    QVERIFY(key->isVisible());
    QCoreApplication::sendPostedEvents(); // let the layout settle
    const QRect nameAt = geometryIn(name, form);
    const QRect comboAt = geometryIn(combo, form);
    const QRect keyAt = geometryIn(key, form);

    const auto same = [&] {
        QCoreApplication::sendPostedEvents();
        return geometryIn(name, form) == nameAt && geometryIn(combo, form) == comboAt &&
               geometryIn(key, form) == keyAt;
    };
    typeText(name, QStringLiteral(u"今日歌曲推")); // past the cut: a warning
    QVERIFY(same());
    typeText(name, QStringLiteral(u"荐荐")); // past the byte limit: an error
    QVERIFY(same());
    key->setFocus();
    key->selectAll();
    QTest::keyClick(key, Qt::Key_Delete); // key required: an error under the key
    QVERIFY(!form->findChild<QLabel *>(QStringLiteral("keyIssue"))->text().isEmpty());
    QVERIFY(same());
    name->selectAll();
    typeText(name, QStringLiteral(u"门店"));
    QVERIFY(same());
}

QTEST_MAIN(TestButtonForm)
#include "tst_buttonform.moc"
