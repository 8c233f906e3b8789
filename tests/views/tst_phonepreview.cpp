#include "scriptedprompter.h"

#include <buttonactions.h>
#include <buttonform.h>
#include <documentcontroller.h>
#include <issuesummary.h>
#include <mainwindow.h>
#include <menudocument.h>
#include <menufile.h>
#include <menutreemodel.h>
#include <menutreeview.h>
#include <phonepreview.h>
#include <recoverystore.h>
#include <validator.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

Button named(const QString &name, const QList<Button> &subs = {})
{
    Button b;
    b.name = name;
    b.type = subs.isEmpty() ? QStringLiteral("click") : QString();
    b.key = subs.isEmpty() ? QStringLiteral("K") : QString();
    b.subButtons = subs;
    return b;
}

QStringList names(const QList<Button> &buttons)
{
    QStringList list;
    for (const Button &b : buttons)
        list.append(b.name);
    return list;
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

void send(QWidget *widget, QEvent::Type type, const QPointF &pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/// Presses at `from`, moves in steps to `to` with the button held, and releases there.
void drag(QWidget *widget, const QPointF &from, const QPointF &to)
{
    send(widget, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        send(widget, QEvent::MouseMove, from + (to - from) * step / 4.0, Qt::LeftButton);
    send(widget, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

/// Clicks the logical point `at` of the phone.
void clickAt(PhonePreview *preview, const QPointF &at)
{
    QTest::mouseClick(preview, Qt::LeftButton, {}, preview->toWidget(at).toPoint());
}

/// A real editor window with a new, empty document.
struct Editor
{
    ScriptedPrompter prompter;
    QTemporaryDir dir;
    RecoveryStore recovery{dir.filePath(QStringLiteral("recovery"))};
    MainWindow window{&prompter, &recovery};

    Editor() { window.show(); }
    ~Editor() { window.document()->undoStack()->setClean(); }
};

} // namespace

class TestPhonePreview : public QObject
{
    Q_OBJECT

private slots:
    void titles_data();
    void titles();
    void followsTheModel();
    void dragReordersTabs();
    void dragReordersSubButtons();
    void dragMovesSubButtonToAnotherTab();
    void dropOntoATabWithAnActionNeverNests();
    void refusedDragSaysWhy();
    void rendersLightAndDark();
    void initTestCase();
    void addPlacesFollowTheLimits();
    void aNewDocumentStartsFriendly();
    void plusInTheBarAddsATopLevelButton();
    void plusAtTheEndOfASubMenuAddsASubButton();
    void plusAboveATabWithAnActionSaysTheActionGoes();
    void rightClickOffersTheTreesActions();
};

void TestPhonePreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPhonePreview::titles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("subItem");
    // 2 units per CJK character and emoji, 1 per other character; 8 units on a tab, 16 in a
    // sub-menu; the cut keeps the longest prefix that fits and adds "...".
    QTest::newRow("cjk fits") << QStringLiteral(u"今日歌曲") << QStringLiteral(u"今日歌曲")
                              << QStringLiteral(u"今日歌曲");
    QTest::newRow("cjk cut") << QStringLiteral(u"今日歌曲推荐") << QStringLiteral(u"今日歌曲...")
                             << QStringLiteral(u"今日歌曲推荐");
    QTest::newRow("cjk 9 in a sub-menu")
        << QStringLiteral(u"一二三四五六七八九") << QStringLiteral(u"一二三四...")
        << QStringLiteral(u"一二三四五六七八...");
    QTest::newRow("latin fits") << QStringLiteral("Coupons!") << QStringLiteral("Coupons!")
                                << QStringLiteral("Coupons!");
    QTest::newRow("latin cut") << QStringLiteral("Membership") << QStringLiteral("Membersh...")
                               << QStringLiteral("Membership");
    QTest::newRow("latin 17") << QStringLiteral("abcdefghijklmnopq")
                              << QStringLiteral("abcdefgh...")
                              << QStringLiteral("abcdefghijklmnop...");
    QTest::newRow("mixed") << QStringLiteral(u"VIP会员专享") << QStringLiteral(u"VIP会员...")
                           << QStringLiteral(u"VIP会员专享");
    QTest::newRow("mixed odd boundary")
        << QStringLiteral(u"A会员专享") << QStringLiteral(u"A会员专...")
        << QStringLiteral(u"A会员专享");
    QTest::newRow("emoji") << QStringLiteral(u"🍔汉堡套餐") << QStringLiteral(u"🍔汉堡套...")
                           << QStringLiteral(u"🍔汉堡套餐");
    QTest::newRow("emoji at the cut")
        << QStringLiteral(u"abcdefg🍔") << QStringLiteral(u"abcdefg...")
        << QStringLiteral(u"abcdefg🍔");
}

void TestPhonePreview::titles()
{
    QFETCH(QString, name);
    QFETCH(QString, tab);
    QFETCH(QString, subItem);
    QCOMPARE(PhonePreviewPainter::tabTitle(named(name)), tab);
    QCOMPARE(PhonePreviewPainter::subItemTitle(named(name)), subItem);
}

void TestPhonePreview::followsTheModel()
{
    MenuDocument document;
    MenuTreeModel model(&document);
    PhonePreview preview;
    preview.setModel(&model);
    QCOMPARE(preview.layout().tabCount(), 0);
    document.addButton({-1, -1, 0}, named(QStringLiteral("A"), {named(QStringLiteral("a1"))}));
    QCOMPARE(preview.layout().tabCount(), 1);
    preview.setCurrent({-1, 0, 0});
    QCOMPARE(preview.openTop(), 0);
    QCOMPARE(preview.layout().subCount(), 1);
    // Removing the sub-buttons closes the sub-menu.
    document.removeButton({-1, 0, 0});
    QCOMPARE(preview.openTop(), -1);
    document.undoStack()->undo();
    QCOMPARE(preview.layout().tabCount(), 1);
}

void TestPhonePreview::dragReordersTabs()
{
    DocumentData data;
    data.defaultMenu.buttons = {named(QStringLiteral("A")), named(QStringLiteral("B")),
                                named(QStringLiteral("C"))};
    MenuDocument document(data);
    MenuTreeModel model(&document);
    PhonePreview preview;
    preview.resize(400, 720);
    preview.setModel(&model);
    const PhonePreviewLayout layout = preview.layout();
    const QPointF from = preview.toWidget(layout.tabRect(0).center());
    const QPointF to =
        preview.toWidget(QPointF(layout.tabRect(2).right() - 4, layout.tabRect(2).center().y()));
    drag(&preview, from, to);
    QCOMPARE(names(document.data().defaultMenu.buttons),
             (QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")}));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(preview.options().selectedTop, 2);
}

void TestPhonePreview::dragReordersSubButtons()
{
    DocumentData data;
    data.defaultMenu.buttons = {
        named(QStringLiteral("A"), {named(QStringLiteral("a1")), named(QStringLiteral("a2")),
                                    named(QStringLiteral("a3"))})};
    MenuDocument document(data);
    MenuTreeModel model(&document);
    PhonePreview preview;
    preview.resize(400, 720);
    preview.setModel(&model);
    preview.setOpenTop(0);
    const PhonePreviewLayout layout = preview.layout();
    const QPointF from = preview.toWidget(layout.subItemRect(2).center());
    const QPointF to = preview.toWidget(
        QPointF(layout.subItemRect(0).center().x(), layout.subItemRect(0).top() + 4));
    drag(&preview, from, to);
    QCOMPARE(names(document.data().defaultMenu.buttons.at(0).subButtons),
             (QStringList{QStringLiteral("a3"), QStringLiteral("a1"), QStringLiteral("a2")}));
}

void TestPhonePreview::dragMovesSubButtonToAnotherTab()
{
    DocumentData data;
    data.defaultMenu.buttons = {
        named(QStringLiteral("A"), {named(QStringLiteral("a1")), named(QStringLiteral("a2"))}),
        named(QStringLiteral("B"), {named(QStringLiteral("b1"))})};
    MenuDocument document(data);
    MenuTreeModel model(&document);
    PhonePreview preview;
    preview.resize(400, 720);
    preview.setModel(&model);
    preview.setOpenTop(0);
    const PhonePreviewLayout layout = preview.layout();
    drag(&preview, preview.toWidget(layout.subItemRect(0).center()),
         preview.toWidget(layout.tabRect(1).center()));
    QCOMPARE(names(document.data().defaultMenu.buttons.at(0).subButtons),
             QStringList{QStringLiteral("a2")});
    QCOMPARE(names(document.data().defaultMenu.buttons.at(1).subButtons),
             (QStringList{QStringLiteral("b1"), QStringLiteral("a1")}));
}

void TestPhonePreview::dropOntoATabWithAnActionNeverNests()
{
    DocumentData data;
    data.defaultMenu.buttons = {
        named(QStringLiteral("A"), {named(QStringLiteral("a1")), named(QStringLiteral("a2"))}),
        named(QStringLiteral("B"))};
    MenuDocument document(data);
    MenuTreeModel model(&document);
    PhonePreview preview;
    preview.resize(400, 720);
    preview.setModel(&model);
    preview.setOpenTop(0);
    const PhonePreviewLayout layout = preview.layout();
    const QPointF from = preview.toWidget(layout.subItemRect(0).center());
    const QPointF to = preview.toWidget(layout.tabRect(1).center());
    send(&preview, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        send(&preview, QEvent::MouseMove, from + (to - from) * step / 4.0, Qt::LeftButton);
    // Over B the drop is shown between tabs, not on B.
    QCOMPARE(preview.options().dropIntoTab, -1);
    QVERIFY(preview.options().dropTabSlot >= 1);
    send(&preview, QEvent::MouseButtonRelease, to, Qt::NoButton);

    const QList<Button> &buttons = document.data().defaultMenu.buttons;
    QCOMPARE(names(buttons).size(), 3);
    QVERIFY(names(buttons).contains(QStringLiteral("a1")));
    const Button &b = buttons.at(names(buttons).indexOf(QStringLiteral("B")));
    QVERIFY(!b.hasSubButtons());
    QCOMPARE(b.type, QStringLiteral("click"));
    QCOMPARE(b.key, QStringLiteral("K"));
    QCOMPARE(names(buttons.at(0).subButtons), QStringList{QStringLiteral("a2")});
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestPhonePreview::refusedDragSaysWhy()
{
    DocumentData data;
    QList<Button> five;
    for (int i = 1; i <= 5; ++i)
        five.append(named(QStringLiteral("b%1").arg(i)));
    data.defaultMenu.buttons = {named(QStringLiteral("A"), {named(QStringLiteral("a1"))}),
                                named(QStringLiteral("B"), five)};
    MenuDocument document(data);
    MenuTreeModel model(&document);
    PhonePreview preview;
    preview.resize(400, 720);
    preview.setModel(&model);
    preview.setOpenTop(0);
    QSignalSpy refused(&preview, &PhonePreview::dropRefused);
    const PhonePreviewLayout layout = preview.layout();
    drag(&preview, preview.toWidget(layout.subItemRect(0).center()),
         preview.toWidget(layout.tabRect(1).center()));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("5")));
    QCOMPARE(document.data(), data);
}

void TestPhonePreview::rendersLightAndDark()
{
    const ReadResult read =
        MenuFile::readFile(QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json"));
    QVERIFY(read.ok);
    PreviewOptions options;
    const QImage light = PhonePreviewPainter::image(read.data.defaultMenu.buttons, options, 1);
    options.dark = true;
    const QImage dark = PhonePreviewPainter::image(read.data.defaultMenu.buttons, options, 1);
    QCOMPARE(light.size(), QSize(360, 640));
    // The chat background: light grey by day, near black by night.
    QVERIFY(qGray(light.pixel(180, 400)) > 200);
    QVERIFY(qGray(dark.pixel(180, 400)) < 40);
    options.dark = false;
    options.openTop = 1;
    const QImage open = PhonePreviewPainter::image(read.data.defaultMenu.buttons, options, 1);
    const PhonePreviewLayout layout(read.data.defaultMenu.buttons, 1);
    const QPoint inPopup = layout.subItemRect(0).topLeft().toPoint() + QPoint(4, 4);
    QCOMPARE(open.pixelColor(inPopup), QColor(Qt::white));
    QVERIFY(light.pixelColor(inPopup) != QColor(Qt::white));
}

void TestPhonePreview::addPlacesFollowTheLimits()
{
    QList<Button> five;
    for (int i = 1; i <= 5; ++i)
        five.append(named(QStringLiteral("b%1").arg(i)));
    const QList<Button> two = {named(QStringLiteral("A"), {named(QStringLiteral("a1"))}),
                               named(QStringLiteral("B"), five)};
    PreviewOptions options;
    options.addSlots = true;
    options.openTop = 0;
    // Two tabs: a "+" after the last; the open sub-menu with one item ends with a "+".
    PhonePreviewLayout layout(two, options);
    QVERIFY(!layout.addTabRect().isEmpty());
    QCOMPARE(layout.addTabRect().left(), layout.tabRect(1).right());
    QCOMPARE(layout.addTabRect().right(), layout.bottomBarRect().right());
    QVERIFY(!layout.addSubItemRect().isEmpty());
    QCOMPARE(layout.addSubItemRect().top(), layout.subItemRect(0).bottom());
    QCOMPARE(layout.hitTest(layout.addTabRect().center()).kind, PhonePreviewLayout::Hit::AddTab);
    const PhonePreviewLayout::Hit sub = layout.hitTest(layout.addSubItemRect().center());
    QCOMPARE(sub.kind, PhonePreviewLayout::Hit::AddSubItem);
    QCOMPARE(sub.top, 0);
    // A sub-menu of 5 has no "+".
    options.openTop = 1;
    layout = PhonePreviewLayout(two, options);
    QCOMPARE(layout.subCount(), 5);
    QVERIFY(layout.addSubItemRect().isEmpty());
    // Three tabs: no "+" in the bar.
    const QList<Button> three = two + QList<Button>{named(QStringLiteral("C"))};
    layout = PhonePreviewLayout(three, options);
    QVERIFY(layout.addTabRect().isEmpty());
    QCOMPARE(layout.tabRect(2).right(), layout.bottomBarRect().right());
    // A selected tab without sub-buttons shows a sub-menu holding only "+".
    options.openTop = -1;
    options.selectedTop = 2;
    layout = PhonePreviewLayout(three, options);
    QCOMPARE(layout.openTop(), 2);
    QCOMPARE(layout.subCount(), 0);
    QVERIFY(!layout.addSubItemRect().isEmpty());
    // A render (no "+" places) is as before.
    options.addSlots = false;
    layout = PhonePreviewLayout(two, options);
    QVERIFY(layout.addTabRect().isEmpty());
    QCOMPARE(layout.tabRect(1).right(), layout.bottomBarRect().right());
    QVERIFY(PhonePreviewLayout({}, options).addTabRect().isEmpty());
}

void TestPhonePreview::aNewDocumentStartsFriendly()
{
    Editor editor;
    MainWindow *w = &editor.window;
    MenuDocument *document = w->document();
    QVERIFY(document->data().defaultMenu.buttons.isEmpty());
    // No error while editing: not in the issues the editor shows, not in Problems, not in
    // the status bar.
    QCOMPARE(IssueSummary::errorCount(document->issues()), 0);
    auto *problems = w->findChild<QAbstractItemView *>(QStringLiteral("issuesList"));
    QVERIFY(problems);
    QCOMPARE(problems->model()->rowCount(), 0);
    auto *issueCount = w->findChild<QAbstractButton *>(QStringLiteral("issueCount"));
    QVERIFY(issueCount);
    QVERIFY(issueCount->text().startsWith(QStringLiteral("0 ")));
    // The file checked as a request still breaks the rule (the command line says so).
    QCOMPARE(IssueSummary::errorCount(Validator::validate(document->data())), 1);
    // The phone shows where to add the first button.
    QVERIFY(!w->preview()->layout().addTabRect().isEmpty());
    QCOMPARE(w->preview()->toolTipAt(
                 w->preview()->toWidget(w->preview()->layout().addTabRect().center())),
             QStringLiteral("Add a button"));

    // Export refuses it, saying why in words, before asking for a file.
    const QString target = editor.dir.filePath(QStringLiteral("create.json"));
    editor.prompter.saveAnswer = target;
    QVERIFY(!w->files()->exportCreateBody());
    QCOMPARE(editor.prompter.errors.size(), 1);
    QVERIFY2(editor.prompter.errors.first().contains(QStringLiteral("no buttons")),
             qPrintable(editor.prompter.errors.first()));
    QVERIFY(!QFile::exists(target));

    // Once it has a button, it exports.
    action(w, "actionAddButton")->trigger();
    QVERIFY(w->files()->exportCreateBody(target));
    QVERIFY(QFile::exists(target));
    // Emptied again, it is the same friendly state.
    document->undoStack()->undo();
    QCOMPARE(IssueSummary::errorCount(document->issues()), 0);
}

void TestPhonePreview::plusInTheBarAddsATopLevelButton()
{
    Editor editor;
    MainWindow *w = &editor.window;
    MenuDocument *document = w->document();
    PhonePreview *preview = w->preview();
    // The "+" lights up under the mouse.
    const QPointF over = preview->toWidget(preview->layout().addTabRect().center());
    send(preview, QEvent::MouseMove, over, Qt::NoButton);
    QCOMPARE(preview->options().hoveredSlot, PreviewOptions::AddSlot::Bar);
    send(preview, QEvent::MouseMove, preview->toWidget(preview->layout().chatRect().center()),
         Qt::NoButton);
    QCOMPARE(preview->options().hoveredSlot, PreviewOptions::AddSlot::None);
    for (int count = 1; count <= 3; ++count) {
        const QRectF plus = preview->layout().addTabRect();
        QVERIFY2(!plus.isEmpty(), qPrintable(QString::number(count)));
        QCOMPARE(preview->layout().hitTest(plus.center()).kind, PhonePreviewLayout::Hit::AddTab);
        // With a button selected that is not the last, "+" still adds at the end.
        if (count == 3)
            w->selectButton({-1, -1, 0});
        clickAt(preview, plus.center());
        QCOMPARE(document->data().defaultMenu.buttons.size(), count);
        QCOMPARE(document->undoStack()->count(), count); // one undo step each
        const QModelIndex added = w->model()->index(count - 1, 0);
        QCOMPARE(w->tree()->currentIndex(), added);
        QCOMPARE(preview->options().selectedTop, count - 1);
        QCOMPARE(w->form()->edit(ButtonField::Name)->text(), added.data().toString());
    }
    // Three top-level buttons: no "+" in the bar.
    QVERIFY(preview->layout().addTabRect().isEmpty());
    QCOMPARE(preview->layout().tabRect(2).right(), preview->layout().bottomBarRect().right());
    document->undoStack()->undo();
    QCOMPARE(document->data().defaultMenu.buttons.size(), 2);
    QVERIFY(!preview->layout().addTabRect().isEmpty());
}

void TestPhonePreview::plusAtTheEndOfASubMenuAddsASubButton()
{
    Editor editor;
    MainWindow *w = &editor.window;
    DocumentData data;
    data.defaultMenu.buttons = {
        named(QStringLiteral("A"), {named(QStringLiteral("a1")), named(QStringLiteral("a2"))}),
        named(QStringLiteral("B"))};
    QVERIFY(w->openData(data));
    MenuDocument *document = w->document();
    PhonePreview *preview = w->preview();
    w->selectButton({-1, -1, 1});
    clickAt(preview, preview->layout().tabRect(0).center());
    QCOMPARE(preview->openTop(), 0);
    for (int count = 3; count <= 5; ++count) {
        const QRectF plus = preview->layout().addSubItemRect();
        QVERIFY2(!plus.isEmpty(), qPrintable(QString::number(count)));
        QCOMPARE(preview->toolTipAt(preview->toWidget(plus.center())),
                 QStringLiteral("Add a sub-button"));
        clickAt(preview, plus.center());
        const QList<Button> &subs = document->data().defaultMenu.buttons.at(0).subButtons;
        QCOMPARE(subs.size(), count);
        QCOMPARE(document->undoStack()->count(), count - 2);
        const QModelIndex added = w->model()->index(count - 1, 0, w->model()->index(0, 0));
        QCOMPARE(w->tree()->currentIndex(), added);
        QCOMPARE(preview->options().selectedTop, 0);
        QCOMPARE(preview->options().selectedSub, count - 1);
        QCOMPARE(preview->openTop(), 0);
    }
    // A sub-menu of five has no "+"; the bar still has one.
    QCOMPARE(preview->layout().subCount(), 5);
    QVERIFY(preview->layout().addSubItemRect().isEmpty());
    QVERIFY(!preview->layout().addTabRect().isEmpty());
}

void TestPhonePreview::plusAboveATabWithAnActionSaysTheActionGoes()
{
    Editor editor;
    MainWindow *w = &editor.window;
    DocumentData data;
    data.defaultMenu.buttons = {named(QStringLiteral("Coupons"))};
    QVERIFY(w->openData(data));
    MenuDocument *document = w->document();
    PhonePreview *preview = w->preview();
    clickAt(preview, preview->layout().tabRect(0).center());
    // As in the console: the selected tab shows a sub-menu holding only "+".
    const QRectF plus = preview->layout().addSubItemRect();
    QVERIFY(!plus.isEmpty());
    QCOMPARE(preview->layout().subCount(), 0);
    const QString tip = preview->toolTipAt(preview->toWidget(plus.center()));
    QVERIFY2(tip.contains(QStringLiteral("Coupons")) && tip.contains(QStringLiteral("action")),
             qPrintable(tip));
    clickAt(preview, plus.center());
    const Button &parent = document->data().defaultMenu.buttons.at(0);
    QCOMPARE(parent.subButtons.size(), 1);
    QVERIFY(!parent.hasAction());
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(w->tree()->currentIndex(), w->model()->index(0, 0, w->model()->index(0, 0)));
    QCOMPARE(preview->openTop(), 0);
    document->undoStack()->undo();
    QCOMPARE(document->data(), data);
}

void TestPhonePreview::rightClickOffersTheTreesActions()
{
    Editor editor;
    MainWindow *w = &editor.window;
    QVERIFY(w->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    PhonePreview *preview = w->preview();
    w->selectButton({-1, -1, 0});
    QList<QAction *> treeActions;
    for (QAction *a : w->tree()->actions()) {
        if (a->objectName().startsWith(QStringLiteral("action")))
            treeActions.append(a);
    }
    QVERIFY(treeActions.size() >= 5);

    // On a button: it is selected first, then the tree's own actions are offered.
    const QPointF tab = preview->toWidget(preview->layout().tabRect(2).center());
    std::unique_ptr<QMenu> menu(preview->contextMenuAt(tab));
    QVERIFY(menu);
    QCOMPARE(w->tree()->currentIndex(), w->model()->index(2, 0));
    QCOMPARE(menu->actions(), treeActions);
    QVERIFY(action(w, "actionDelete")->isEnabled());
    // ... and they act on it.
    action(w, "actionDelete")->trigger();
    QCOMPARE(w->document()->data().defaultMenu.buttons.size(), 2);
    w->document()->undoStack()->undo();

    // On a sub-button.
    w->selectButton({-1, -1, 1});
    QCOMPARE(preview->openTop(), 1);
    const QPointF sub = preview->toWidget(preview->layout().subItemRect(1).center());
    menu.reset(preview->contextMenuAt(sub));
    QCOMPARE(w->tree()->currentIndex(), w->model()->index(1, 0, w->model()->index(1, 0)));
    QCOMPARE(menu->actions(), treeActions);

    // On an empty place: Add Button.
    const QPointF chat = preview->toWidget(preview->layout().chatRect().topLeft() + QPointF(5, 5));
    menu.reset(preview->contextMenuAt(chat));
    QCOMPARE(menu->actions(), QList<QAction *>{action(w, "actionAddButton")});

    // A right click pops the menu up without a modal loop.
    menu.reset();
    QContextMenuEvent event(QContextMenuEvent::Mouse, tab.toPoint(),
                            preview->mapToGlobal(tab.toPoint()));
    QApplication::sendEvent(preview, &event);
    auto *popup = preview->findChild<QMenu *>(QStringLiteral("phoneContextMenu"));
    QVERIFY(popup && popup->isVisible());
    popup->close();
}

QTEST_MAIN(TestPhonePreview)
#include "tst_phonepreview.moc"
