// The editor as a process, as it starts for its users, and the style it starts with.

#include "programrun.h"

#include <editorstyle.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

namespace {

/// Whether some pixel of `image` is not fully transparent.
bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) != 0)
                return true;
        }
    }
    return false;
}

QImage iconImage(const QStyle &style, QStyle::StandardPixmap which, const QWidget *widget)
{
    return style.standardIcon(which, nullptr, widget)
        .pixmap(QSize(16, 16))
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

/// A few of the controls the editor shows, drawn by `style`.
QImage controlsDrawnBy(QStyle *style)
{
    QWidget panel;
    auto *layout = new QVBoxLayout(&panel);
    const QList<QWidget *> controls = {new QPushButton(QStringLiteral("Add Button")),
                                       new QCheckBox(QStringLiteral("Preview as a follower")),
                                       new QComboBox};
    for (QWidget *control : controls) {
        control->setStyle(style);
        layout->addWidget(control);
    }
    panel.setStyle(style);
    panel.resize(240, 120);
    return panel.grab().toImage();
}

/// The dynamic linker's log of one start of the editor with `arguments`, as its users start it
/// (not the first start), in `log`; with no "calling init:" line when this C library does not
/// name the libraries it starts.
void startLog(const QStringList &arguments, QByteArray *log)
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("config/WeMenu")));
    QFile settings(home.filePath(QStringLiteral("config/WeMenu/wemenu.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[welcome]\nshown=true\n"); // a usual start, not the first one
    settings.close();
    QProcessEnvironment env = englishEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    setThrowawayHome(env, home.path());
    env.insert(QStringLiteral("WEMENU_CAMPAIGNS"), QStringLiteral("off"));
    env.insert(QStringLiteral("WEMENU_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    // The C library's dynamic linker names every library it starts, one file per process.
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), home.filePath(QStringLiteral("libraries")));
    const ProgramRun run = runWemenu(arguments, env);
    QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
    const QDir dir(home.path());
    for (const QString &name : dir.entryList({QStringLiteral("libraries.*")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        *log += file.readAll();
    }
    if (log->contains("calling init:"))
        QVERIFY2(log->contains("/platforms/libqoffscreen"), "the log names the platform plugin");
}

/// The libraries `log` says were started whose path contains `part`.
QList<QByteArray> started(const QByteArray &log, const QByteArray &part)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : log.split('\n')) {
        if (line.contains("calling init:") && line.contains(part))
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

class TestEditorStart : public QObject
{
    Q_OBJECT

private slots:
    void startLoadsOnlyWhatItUses_data();
    void startLoadsOnlyWhatItUses();
    void overflowChevronsAreDrawn();
    void titleBarIconsAreBuiltOnce();
    void drawsAsTheApplicationStyle();
};

void TestEditorStart::startLoadsOnlyWhatItUses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("library"); // part of the path of what it must not load
    const QStringList sample{
        QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json")};
    // Qt reads a PNG only after asking every image plugin whether it reads PNG too: one image
    // read from a file at start would load the GIF, ICO, JPEG and SVG plugins and their
    // libraries.
    QTest::newRow("usual start, image plugins") << QStringList() << QByteArray("/imageformats/");
    QTest::newRow("sample menu, image plugins") << sample << QByteArray("/imageformats/");
    // The Public Suffix List is for the links of conditional menus, not for a new menu.
    QTest::newRow("usual start, public suffix list") << QStringList() << QByteArray("libpsl");
}

void TestEditorStart::startLoadsOnlyWhatItUses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, library);
    QByteArray log;
    startLog(arguments, &log);
    if (QTest::currentTestFailed())
        return;
    if (!log.contains("calling init:"))
        QSKIP("this C library's dynamic linker does not name the libraries it starts");
    const QList<QByteArray> loaded = started(log, library);
    QVERIFY2(loaded.isEmpty(), loaded.join('\n').constData());
}

void TestEditorStart::overflowChevronsAreDrawn()
{
    EditorStyle style;
    QWidget leftToRight;
    QWidget rightToLeft;
    rightToLeft.setLayoutDirection(Qt::RightToLeft);
    const QImage right =
        iconImage(style, QStyle::SP_ToolBarHorizontalExtensionButton, &leftToRight);
    const QImage left = iconImage(style, QStyle::SP_ToolBarHorizontalExtensionButton, &rightToLeft);
    const QImage down = iconImage(style, QStyle::SP_ToolBarVerticalExtensionButton, &leftToRight);
    QVERIFY(hasInk(right));
    QVERIFY(hasInk(down));
    QCOMPARE(left, right.mirrored(true, false)); // pointing the way the bar reads
    QVERIFY(down != right);
}

void TestEditorStart::titleBarIconsAreBuiltOnce()
{
    EditorStyle style;
    if (EditorStyle::drawnName(&style) != QLatin1String("fusion"))
        QSKIP("the title bar icons are kept only when Fusion draws them");
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
    QWidget first;
    QWidget second;
    for (const QStyle::StandardPixmap which :
         {QStyle::SP_TitleBarNormalButton, QStyle::SP_TitleBarCloseButton,
          QStyle::SP_DockWidgetCloseButton}) {
        const QIcon once = style.standardIcon(which, nullptr, &first);
        const QIcon again = style.standardIcon(which, nullptr, &second);
        QCOMPARE(again.cacheKey(), once.cacheKey()); // the same icon, not built again
        const QImage drawn = iconImage(style, which, &first);
        QVERIFY(hasInk(drawn));
        QCOMPARE(drawn, iconImage(*fusion, which, &first)); // as Fusion draws it
    }
    QVERIFY(iconImage(style, QStyle::SP_TitleBarNormalButton, &first) !=
            iconImage(style, QStyle::SP_TitleBarCloseButton, &first));
}

void TestEditorStart::drawsAsTheApplicationStyle()
{
    auto *style = new EditorStyle; // the application's once set, below
    const QString name = QApplication::style()->name();
    QCOMPARE(EditorStyle::drawnName(style), name);
    const QImage before = controlsDrawnBy(QApplication::style());
    const QImage after = controlsDrawnBy(style);
    QCOMPARE(after, before);
    QApplication::setStyle(style); // as the editor starts
    QCOMPARE(EditorStyle::drawnName(QApplication::style()), name);
}

QTEST_MAIN(TestEditorStart)
#include "tst_editorstart.moc"
