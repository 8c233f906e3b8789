#include "fileinode.h"
#include "scriptedprompter.h"

#include <apptranslations.h>
#include <documentcontroller.h>
#include <followerbar.h>
#include <issuespanel.h>
#include <mainwindow.h>
#include <matchruleeditor.h>
#include <menudocument.h>
#include <menutreemodel.h>
#include <menutreeview.h>
#include <phonepreview.h>
#include <recoverystore.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include <memory>

// Runs on a 1280x720 screen: main() below gives the offscreen platform that screen.

namespace {

/// Lets the layouts of a resized or changed window settle.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/// The rows of `tree` (expanded) whose whole height lies inside its viewport, and all its rows.
int fullyVisibleRows(const QTreeView *tree, int *total)
{
    const QRect viewport = tree->viewport()->rect();
    int rows = 0;
    *total = 0;
    QList<QModelIndex> pending;
    for (int r = 0; r < tree->model()->rowCount(); ++r)
        pending.append(tree->model()->index(r, 0));
    while (!pending.isEmpty()) {
        const QModelIndex index = pending.takeFirst();
        const QRect rect = tree->visualRect(index);
        ++*total;
        if (rect.isValid() && rect.top() >= viewport.top() && rect.bottom() <= viewport.bottom())
            ++rows;
        for (int r = 0; r < tree->model()->rowCount(index); ++r)
            pending.append(tree->model()->index(r, 0, index));
    }
    return rows;
}

/// Where `widget` lies in its window.
QRect placeIn(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

/// The place of every visible widget under `root` (and of `root`), by a stable description.
QMap<QString, QRect> places(const QWidget *root)
{
    QMap<QString, QRect> result;
    result.insert(QStringLiteral("root"), placeIn(root));
    const QList<QWidget *> children = root->findChildren<QWidget *>();
    for (int i = 0; i < children.size(); ++i) {
        const QWidget *child = children.at(i);
        if (child->isVisible())
            result.insert(QStringLiteral("%1 %2 %3")
                              .arg(i)
                              .arg(QString::fromLatin1(child->metaObject()->className()),
                                   child->objectName()),
                          placeIn(child));
    }
    return result;
}

void removeTranslations()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensInsideTheAvailableArea();
    void savedGeometryIsFittedIntoTheAvailableArea();
    void closingWritesTheSettingsOnlyWhenTheWindowChanged();
    void fitsA1280x720Screen_data();
    void fitsA1280x720Screen();
    void followerBarKeepsItsControlsInPlace();
    void ruleMessagesKeepTheTreeInPlace();
    void problemCountOpensTheProblems();

private:
    /// A new window on the sample document, shown, in the size a 1280x720 laptop leaves it.
    void openSampleAtLaptopSize();

    ScriptedPrompter m_prompter;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, 1280, 720));
}

void TestWindowLayout::init()
{
    QSettings().remove(QStringLiteral("mainWindow"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_recovery = std::make_unique<RecoveryStore>(m_dir->filePath(QStringLiteral("recovery")));
}

void TestWindowLayout::cleanup()
{
    if (m_window)
        m_window->document()->undoStack()->setClean();
    m_window.reset();
    m_recovery.reset();
    m_dir.reset();
    removeTranslations();
    QSettings().remove(QStringLiteral("mainWindow"));
}

void TestWindowLayout::openSampleAtLaptopSize()
{
    m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get());
    QVERIFY(m_window->files()->openFile(
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // A 1280x720 laptop: a 30-pixel panel, a 32-pixel title bar and the frame leave ~650.
    m_window->setGeometry(0, 0, 1280, 720 - 30 - 32 - 8);
    settle();
    // Nothing in the window asks for more: it really takes that size.
    QCOMPARE(m_window->size(), QSize(1280, 720 - 30 - 32 - 8));
}

void TestWindowLayout::opensInsideTheAvailableArea()
{
    m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    settle();
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("frame %1,%2 %3x%4")
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())));
    // Sensibly sized: it takes most of a small screen.
    QVERIFY(m_window->width() >= 1000);
    QVERIFY(m_window->height() >= 600);
}

void TestWindowLayout::savedGeometryIsFittedIntoTheAvailableArea()
{
    {
        // Saved on a bigger screen, or before the panel grew.
        QMainWindow big;
        big.setGeometry(300, 200, 1800, 1000);
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), big.saveGeometry());
    }
    m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    settle();
    QVERIFY(m_window->screen()->availableGeometry().contains(m_window->frameGeometry()));
}

void TestWindowLayout::closingWritesTheSettingsOnlyWhenTheWindowChanged()
{
    const QString file = QSettings().fileName();
    // The settings file is replaced as a whole when written: a new file, a new inode.
    const auto inode = [&file] {
        struct stat status = {};
        return ::stat(QFile::encodeName(file).constData(), &status) == 0 ? status.st_ino : ino_t(0);
    };
    const auto openAndClose = [this](const QSize &size) {
        m_window = std::make_unique<MainWindow>(&m_prompter, m_recovery.get());
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        if (size.isValid())
            m_window->resize(size);
        settle();
        const bool closed = m_window->close();
        m_window.reset();
        return closed;
    };
    QVERIFY(openAndClose(QSize()));
    const ino_t first = inode();
    QVERIFY(first != 0);
    QVERIFY(openAndClose(QSize())); // the same window again: nothing to write
    QCOMPARE(inode(), first);
    QVERIFY(openAndClose(QSize(1100, 600))); // another size: written
    QVERIFY(inode() != first);
}

void TestWindowLayout::fitsA1280x720Screen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestWindowLayout::fitsA1280x720Screen()
{
    QFETCH(QString, language);
    installTranslations(*qApp, language, QStringLiteral(WEMENU_QM_DIR));
    openSampleAtLaptopSize();
    MainWindow *w = m_window.get();
    QCOMPARE(w->document()->data().conditionalMenus.size(), 2);

    for (const int menu : {-1, 0}) {
        // The default menu, then a conditional one with its rule editor.
        w->showMenu(menu);
        w->tree()->expandAll();
        settle();
        // Eight rows fit, and the rows there are (up to eight) show whole.
        int total = 0;
        const int rows = fullyVisibleRows(w->tree(), &total);
        const int rowHeight = w->tree()->visualRect(w->model()->index(0, 0)).height();
        const int room = w->tree()->viewport()->height() / rowHeight;
        QVERIFY2(room >= 8 && rows >= qMin(8, total),
                 qPrintable(QStringLiteral("menu %1: room for %2 rows, %3 shown")
                                .arg(menu)
                                .arg(room)
                                .arg(rows)));

        // Nothing crushed in the left column: every button and label gets the width it asks.
        QWidget *column = w->tree()->parentWidget();
        while (column && !qobject_cast<QDockWidget *>(column->parentWidget()))
            column = column->parentWidget();
        QVERIFY(column);
        for (const QAbstractButton *button : column->findChildren<QAbstractButton *>()) {
            if (!button->isVisible())
                continue;
            QVERIFY2(button->width() >= button->sizeHint().width(),
                     qPrintable(button->text() + QLatin1Char(' ') + button->toolTip()));
        }
        for (const QLabel *label : column->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->wordWrap())
                continue;
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
        }
        if (menu >= 0)
            QVERIFY(w->ruleEditor()->isVisible());

        const QString shots = qEnvironmentVariable("WEMENU_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(w->grab().save(
                QStringLiteral("%1/layout-%2-%3.png").arg(shots, language).arg(menu + 1)));
        }
    }
}

void TestWindowLayout::followerBarKeepsItsControlsInPlace()
{
    openSampleAtLaptopSize();
    MainWindow *w = m_window.get();
    FollowerBar *bar = w->followerBar();
    const QMap<QString, QRect> before = places(bar);
    const QRect preview = placeIn(w->preview());

    auto *previewAs = bar->findChild<QAbstractButton *>(QStringLiteral("previewAs"));
    QVERIFY(previewAs);
    QTest::mouseClick(previewAs, Qt::LeftButton, {}, QPoint(4, previewAs->height() / 2));
    QVERIFY(bar->isActive());
    bar->setFollower({QStringLiteral("2"), QStringLiteral("5")}, ClientPlatform::Android);
    settle();
    QVERIFY(!bar->explanation()->text().isEmpty());
    QCOMPARE(places(bar), before);
    QCOMPARE(placeIn(w->preview()), preview);

    // A long explanation keeps its line: the whole text is in the tooltip.
    const QString longText = QStringLiteral("Matched: a very long rule. ").repeated(20);
    bar->setExplanation(longText);
    settle();
    QCOMPARE(places(bar), before);
    QCOMPARE(placeIn(w->preview()), preview);
    QCOMPARE(bar->explanation()->toolTip(), longText);
    const QString shots = qEnvironmentVariable("WEMENU_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(w->grab().save(shots + QStringLiteral("/layout-follower.png")));

    bar->setActive(false);
    bar->setExplanation(QString());
    settle();
    QCOMPARE(places(bar), before);
}

void TestWindowLayout::ruleMessagesKeepTheTreeInPlace()
{
    openSampleAtLaptopSize();
    MainWindow *w = m_window.get();
    w->showMenu(0);
    settle();
    MatchRuleEditor *editor = w->ruleEditor();
    QVERIFY(editor->isVisible());
    const QRect tree = placeIn(w->tree());
    const QRect rule = placeIn(editor);
    const QString before = editor->issues()->text();

    // A rule that matches everyone: its message appears without moving anything.
    MatchRule empty;
    QVERIFY(w->document()->setMatchRule(0, empty));
    settle();
    QVERIFY(editor->issues()->text() != before);
    QCOMPARE(placeIn(editor), rule);
    QCOMPARE(placeIn(w->tree()), tree);

    w->document()->undoStack()->undo();
    settle();
    QCOMPARE(editor->issues()->text(), before);
    QCOMPARE(placeIn(w->tree()), tree);
}

void TestWindowLayout::problemCountOpensTheProblems()
{
    openSampleAtLaptopSize();
    MainWindow *w = m_window.get();
    auto *dock = w->findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    QVERIFY(dock);
    dock->close();
    settle();
    QVERIFY(!dock->isVisible());

    auto *count = w->findChild<QWidget *>(QStringLiteral("issueCount"));
    QVERIFY(count && count->isVisible());
    QTest::mouseClick(count, Qt::LeftButton);
    settle();
    QVERIFY(dock->isVisible());
    QVERIFY(w->issuesPanel()->isVisible());
}

int main(int argc, char **argv)
{
    // The offscreen platform reads its screens from a JSON file: one 1280x720 laptop screen.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestWindowLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowlayout.moc"
