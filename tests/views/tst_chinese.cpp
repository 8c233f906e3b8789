#include "scriptedprompter.h"

#include <accounts.h>
#include <apptranslations.h>
#include <documentcontroller.h>
#include <mainwindow.h>
#include <memorysecretstore.h>
#include <publishhistory.h>
#include <recoverystore.h>

#include <publishingactions.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QtTest>

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

/// Latin words a Chinese interface may show: names of products and platforms, and keys.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words = {
        QStringLiteral("WeChat"), QStringLiteral("iOS"),       QStringLiteral("Android"),
        QStringLiteral("AppID"),  QStringLiteral("AppSecret"), QStringLiteral("URL"),
        QStringLiteral("KEY"),    QStringLiteral("WeMenu"),    QStringLiteral("JSON"),
        QStringLiteral("PNG"),    QStringLiteral("ID"),        QStringLiteral("OpenID"),
        QStringLiteral("Ctrl"),   QStringLiteral("Shift"),     QStringLiteral("Alt"),
        QStringLiteral("Tab"),    QStringLiteral("Enter"),     QStringLiteral("Esc"),
        QStringLiteral("Del"),    QStringLiteral("Qt"),        QStringLiteral("App"),
    };
    return words;
}

/// The Latin words of `text` that are not allowed; file names, links and numbers do not count.
QStringList englishWords(const QString &shown)
{
    static const QRegularExpression ignored(
        QStringLiteral(R"(https?://\S+|[\w.-]+\.(?:json|png|svg|md|txt|qm)\b|&(?=\w))"));
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z][A-Za-z'’]+)"));
    QString text = shown;
    text.remove(ignored);
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowedWords().contains(w))
            found.append(w);
    }
    return found;
}

/// "MainWindow > QDockWidget#problemsDock > IssuesPanel#issuesPanel > QLabel#issuesSummary".
QString objectPath(const QObject *object)
{
    QStringList parts;
    for (; object; object = object->parent()) {
        QString part = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            part += QLatin1Char('#') + object->objectName();
        parts.prepend(part);
    }
    return parts.join(QStringLiteral(" > "));
}

/// Collects every visible text of `window` that holds English, with where it is.
class EnglishFinder
{
public:
    explicit EnglishFinder(QWidget *window)
        : m_window(window)
    {}

    QStringList offenders() const { return m_offenders; }

    void check(const QObject *where, const QString &what, const QString &text)
    {
        const QString plain =
            Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        const QStringList words = englishWords(plain);
        if (words.isEmpty())
            return;
        const QString line =
            QStringLiteral("%1 [%2]: \"%3\" (%4)")
                .arg(objectPath(where), what, plain.left(120), words.join(QStringLiteral(", ")));
        if (!m_offenders.contains(line))
            m_offenders.append(line);
    }

    void checkActions(const QObject *where, const QList<QAction *> &actions)
    {
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            check(where, QStringLiteral("action"), action->text());
            if (action->menu())
                checkActions(action->menu(), action->menu()->actions());
        }
    }

    void checkModel(const QAbstractItemView *view, const QAbstractItemModel *model,
                    const QModelIndex &parent, int depth)
    {
        for (int row = 0; row < model->rowCount(parent) && row < 200; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                check(view, QStringLiteral("row %1").arg(row),
                      index.data(Qt::DisplayRole).toString());
                if (column == 0 && depth < 3)
                    checkModel(view, model, index, depth + 1);
            }
        }
    }

    void walk()
    {
        check(m_window, QStringLiteral("title"), m_window->windowTitle());
        for (const QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(m_window))
                continue;
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                check(label, QStringLiteral("text"), label->text());
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
                check(button, QStringLiteral("text"), button->text());
            if (const auto *box = qobject_cast<const QGroupBox *>(widget))
                check(box, QStringLiteral("title"), box->title());
            if (const auto *dock = qobject_cast<const QDockWidget *>(widget))
                check(dock, QStringLiteral("title"), dock->windowTitle());
            if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(tabs, QStringLiteral("tab"), tabs->tabText(i));
            }
            if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
                if (edit->text().isEmpty())
                    check(edit, QStringLiteral("placeholder"), edit->placeholderText());
            }
            if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
                if (!combo->isEditable()) {
                    for (int i = 0; i < combo->count(); ++i)
                        check(combo, QStringLiteral("item"), combo->itemText(i));
                }
            }
            if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
                if (view->model() && !qobject_cast<const QComboBox *>(view->parentWidget()))
                    checkModel(view, view->model(), {}, 0);
            }
            if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
                for (int i = 0; header->model() && i < header->count(); ++i) {
                    check(header, QStringLiteral("header"),
                          header->model()
                              ->headerData(i, header->orientation(), Qt::DisplayRole)
                              .toString());
                }
            }
        }
        if (auto *bar = m_window->findChild<QMenuBar *>())
            checkActions(bar, bar->actions());
    }

private:
    QWidget *m_window;
    QStringList m_offenders;
};

} // namespace

class TestChinese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowSpeaksChinese();
    void sandboxIsThePracticeAccount();
    void noEnglishInTheVisibleTexts();
};

void TestChinese::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp, QStringLiteral("zh_CN"), QStringLiteral(WEMENU_QM_DIR));
}

void TestChinese::mainWindowSpeaksChinese()
{
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    RecoveryStore recovery(dir.filePath(QStringLiteral("recovery")));
    MemorySecretStore secrets;
    Accounts accounts(&secrets, dir.filePath(QStringLiteral("sandbox.json")));
    PublishHistory history(dir.filePath(QStringLiteral("history")));
    MainWindow window(&prompter, &recovery, &accounts, &history);
    QVERIFY(window.files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    window.show();

    int checked = 0;
    for (QAction *menu : window.menuBar()->actions()) {
        QVERIFY2(hasChinese(menu->text()), qPrintable(menu->text()));
        for (QAction *action : menu->menu()->actions()) {
            if (action->isSeparator() || action->text().isEmpty() || action->menu())
                continue;
            // Names that are the same in every language: dock titles are checked below.
            if (qobject_cast<QDockWidget *>(action->parent()))
                continue;
            QVERIFY2(hasChinese(action->text()), qPrintable(action->text()));
            ++checked;
        }
    }
    QVERIFY(checked > 20);
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(hasChinese(dock->windowTitle()), qPrintable(dock->windowTitle()));
    const QLabel *summary = window.findChild<QLabel *>(QStringLiteral("issuesSummary"));
    QVERIFY(summary && hasChinese(summary->text()));
    QVERIFY(hasChinese(MainWindow::aboutText()));
}

void TestChinese::sandboxIsThePracticeAccount()
{
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    RecoveryStore recovery(dir.filePath(QStringLiteral("recovery")));
    MemorySecretStore secrets;
    Accounts accounts(&secrets, dir.filePath(QStringLiteral("sandbox.json")));
    PublishHistory history(dir.filePath(QStringLiteral("history")));
    MainWindow window(&prompter, &recovery, &accounts, &history);
    window.show();
    // The stored name stays; the name shown is the user's language.
    QCOMPARE(accounts.current().name, QStringLiteral("Sandbox"));
    const QString shown = QStringLiteral(u"练习账号");
    QCOMPARE(accounts.current().displayName(), shown);
    const QString status = window.publishing()->statusLabel()->text();
    QVERIFY2(status.contains(shown) && !status.contains(QStringLiteral("Sandbox")),
             qPrintable(status));
    QStringList accountItems;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->menu())
                continue;
            for (QAction *item : action->menu()->actions())
                accountItems.append(item->text());
        }
    }
    QVERIFY2(accountItems.contains(shown), qPrintable(accountItems.join(QLatin1Char('|'))));
    QVERIFY(!accountItems.contains(QStringLiteral("Sandbox")));
}

void TestChinese::noEnglishInTheVisibleTexts()
{
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    RecoveryStore recovery(dir.filePath(QStringLiteral("recovery")));
    MemorySecretStore secrets;
    Accounts accounts(&secrets, dir.filePath(QStringLiteral("sandbox.json")));
    PublishHistory history(dir.filePath(QStringLiteral("history")));
    MainWindow window(&prompter, &recovery, &accounts, &history);
    QVERIFY(window.files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    window.resize(1280, 720);
    window.show();

    // The default menu, then a conditional menu (its rule editor shows).
    EnglishFinder finder(&window);
    window.showMenu(-1);
    finder.walk();
    window.showMenu(0);
    finder.walk();
    if (!finder.offenders().isEmpty()) {
        // One failure that lists them all (QVERIFY2 would cut a long message).
        const QString message = QStringLiteral("English in the Chinese main window (%1):\n")
                                    .arg(finder.offenders().size()) +
                                finder.offenders().join(QLatin1Char('\n'));
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    }
}

QTEST_MAIN(TestChinese)
#include "tst_chinese.moc"
