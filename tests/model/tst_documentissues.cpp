#include <menudocument.h>
#include <validationcache.h>
#include <validator.h>

#include <QUndoStack>
#include <QtTest>

namespace {

Button button(const QString &name, const QString &type, const QString &value)
{
    Button b;
    b.name = name;
    b.type = type;
    if (type == QLatin1String("view"))
        b.url = value;
    else
        b.key = value;
    return b;
}

Button link(const QString &name, const QString &host)
{
    return button(name, QStringLiteral("view"), QStringLiteral("https://%1/page").arg(host));
}

Menu conditional(const QString &tag, const QString &platform, const QList<Button> &buttons)
{
    Menu menu;
    menu.matchRule.tagId = tag;
    menu.matchRule.clientPlatformType = platform;
    menu.buttons = buttons;
    return menu;
}

/// A document that breaks rules of every kind: in one menu, across menus (five domains, menus
/// shadowed by newer ones) and for the default menu.
DocumentData brokenDocument()
{
    DocumentData data;
    data.hasDefaultMenu = true;
    data.defaultMenu.buttons = {button(QStringLiteral("首页"), QStringLiteral("click"), {}),
                                link(QStringLiteral("商城"), QStringLiteral("shop.a.com"))};
    for (int i = 0; i < 8; ++i) {
        Button parent;
        parent.name = QStringLiteral("菜单%1").arg(i);
        parent.subButtons = {
            link(QStringLiteral("链接"), QStringLiteral("www.d%1.com").arg(i % 5)),
            button(QStringLiteral("一个很长很长很长很长的名字"), QStringLiteral("click"),
                   QStringLiteral("K%1").arg(i)),
        };
        data.conditionalMenus.append(
            conditional(QString::number(100 + i % 3), i % 2 ? QStringLiteral("1") : QString(),
                        {parent, link(QStringLiteral("官网"), QStringLiteral("m.d%1.cn").arg(i))}));
    }
    return data;
}

QString describe(const IssueList &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines.append(issue.rule + QLatin1Char(' ') + issue.path + QLatin1Char(' ') + issue.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDocumentIssues : public QObject
{
    Q_OBJECT

private slots:
    void incrementalIssuesEqualAFullValidation();
    void anEditChecksOnlyTheEditedMenuAgain();
    void aShapeChangeChecksEverythingAgain();
};

void TestDocumentIssues::incrementalIssuesEqualAFullValidation()
{
    MenuDocument doc(brokenDocument());
    int step = 0;
    const auto same = [&] {
        const IssueList full = Validator::validate(doc.data(), doc.shape());
        const IssueList &kept = doc.issues();
        ++step;
        QVERIFY2(kept == full, qPrintable(QStringLiteral("step %1\nincremental:\n%2\nfull:\n%3")
                                              .arg(step)
                                              .arg(describe(kept), describe(full))));
    };
    same();
    QStringList rules;
    for (const Issue &issue : doc.issues())
        rules.append(issue.rule);
    for (const char *rule :
         {"domains.limit", "matchrule.shadowed", "name.display-cut", "key.required"})
        QVERIFY2(rules.contains(QLatin1String(rule)), rule);

    // Typing in a name, a key and a link (which adds and then removes a domain).
    QVERIFY(doc.setButtonField({3, 0, 1}, ButtonField::Name, QStringLiteral("短")));
    same();
    QVERIFY(doc.setButtonField({3, 0, 1}, ButtonField::Name, QString()));
    same();
    QVERIFY(doc.setButtonField({0, -1, 1}, ButtonField::Url, QStringLiteral("https://new.e.org")));
    same();
    QVERIFY(doc.setButtonField({0, -1, 1}, ButtonField::Url, QStringLiteral("ftp://x")));
    same();
    QVERIFY(doc.setButtonField({-1, -1, 0}, ButtonField::Key, QStringLiteral("HOME")));
    same();

    // Buttons added, moved (within a sub-menu, out to the top level) and removed.
    QVERIFY(doc.addButton({5, -1, 2}, link(QStringLiteral("新"), QStringLiteral("z.io"))));
    same();
    QVERIFY(doc.addButton({5, -1, 3}, link(QStringLiteral("第四"), QStringLiteral("z.io"))));
    same();
    QVERIFY(doc.moveButton({5, 0, 0}, {5, -1, 1}));
    same();
    QVERIFY(doc.moveButton({2, -1, 1}, {2, -1, 0}));
    same();
    QVERIFY(doc.removeButton({6, -1, 1}));
    same();

    // Menus added, moved, removed, and their rules changed (shadowing moves with them).
    QVERIFY(doc.addMenu(0,
                        conditional(QStringLiteral("100"), {},
                                    {link(QStringLiteral("最新"), QStringLiteral("q.net"))}),
                        QStringLiteral("Add")));
    same();
    QVERIFY(doc.moveMenu(0, 7));
    same();
    QVERIFY(doc.moveMenu(8, 1));
    same();
    MatchRule rule;
    rule.clientPlatformType = QStringLiteral("2");
    QVERIFY(doc.setMatchRule(4, rule));
    same();
    QVERIFY(doc.setMatchRule(2, MatchRule()));
    same();
    QVERIFY(doc.removeMenu(1));
    same();
    QVERIFY(doc.removeButton({-1, -1, 1}));
    same();

    // Everything undone, then redone, one step at a time.
    QUndoStack *stack = doc.undoStack();
    QVERIFY(stack->count() > 10);
    while (stack->canUndo()) {
        stack->undo();
        same();
    }
    QCOMPARE(doc.data(), brokenDocument());
    while (stack->canRedo()) {
        stack->redo();
        same();
    }

    // A whole new document, of another shape, and without conditional menus.
    DocumentData alone = brokenDocument();
    alone.hasDefaultMenu = false;
    doc.replaceData(alone, Shape::Conditional, QStringLiteral("Import"));
    same();
    doc.replaceData(alone, Shape::Document, QStringLiteral("Import"));
    same();
    DocumentData plain = brokenDocument();
    plain.conditionalMenus.clear();
    doc.replaceData(plain, Shape::Document, QStringLiteral("Import"));
    same();
    stack->undo();
    same();
    stack->undo();
    same();
}

void TestDocumentIssues::anEditChecksOnlyTheEditedMenuAgain()
{
    DocumentData data = brokenDocument();
    ValidationCache cache;
    QCOMPARE(cache.issues(data, Shape::Document), Validator::validate(data));
    QCOMPARE(cache.lastChecked(), 1 + 8);

    data.conditionalMenus[4].buttons[1].name = QStringLiteral("改");
    QCOMPARE(cache.issues(data, Shape::Document), Validator::validate(data));
    QCOMPARE(cache.lastChecked(), 1);

    // A move changes the index, so the path, of every menu between the two places.
    data.conditionalMenus.move(1, 3);
    QCOMPARE(cache.issues(data, Shape::Document), Validator::validate(data));
    QCOMPARE(cache.lastChecked(), 3);

    QCOMPARE(cache.issues(data, Shape::Document), Validator::validate(data));
    QCOMPARE(cache.lastChecked(), 0);
}

void TestDocumentIssues::aShapeChangeChecksEverythingAgain()
{
    DocumentData data = brokenDocument();
    data.conditionalMenus[2].matchRule.privacy.insert(QStringLiteral("sex"), QStringLiteral("1"));
    ValidationCache cache;
    QCOMPARE(cache.issues(data, Shape::Document), Validator::validate(data, Shape::Document));
    QCOMPARE(cache.issues(data, Shape::MenuGet), Validator::validate(data, Shape::MenuGet));
    QCOMPARE(cache.lastChecked(), 1 + 8);
    QVERIFY(cache.issues(data, Shape::MenuGet) != Validator::validate(data, Shape::Document));
}

QTEST_GUILESS_MAIN(TestDocumentIssues)
#include "tst_documentissues.moc"
