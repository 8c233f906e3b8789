#include <menudocument.h>
#include <menufile.h>
#include <menutreemodel.h>
#include <phonepreview.h>

#include <QMouseEvent>
#include <QUndoStack>
#include <QtTest>

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
};

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

QTEST_MAIN(TestPhonePreview)
#include "tst_phonepreview.moc"
