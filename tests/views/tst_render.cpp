#include "programrun.h"

#include <menufile.h>

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

/// wemenu render, which picks the offscreen platform itself: here without any display.
ProgramRun render(const QStringList &arguments)
{
    return runWemenu(
        QStringList{QStringLiteral("render")} + arguments,
        englishEnvironment({QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY")}));
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void seedExamples_data();
    void seedExamples();
    void scaleOpenAndDark();
    void followerPicksTheMenu();
    void errors_data();
    void errors();
};

void TestRender::seedExamples_data()
{
    QTest::addColumn<QString>("file");
    const QDir seed(QStringLiteral(WEMENU_TEST_DATA "/seed"));
    for (const QString &name :
         seed.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (MenuFile::readFile(seed.filePath(name)).ok)
            QTest::newRow(qPrintable(name)) << seed.filePath(name);
    }
    QTest::newRow("sample") << QStringLiteral(WEMENU_SOURCE_DIR
                                              "/resources/samples/sample-menu.json");
}

void TestRender::seedExamples()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.png"));
    const ProgramRun run = render({file, QStringLiteral("-o"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(out);
    QCOMPARE(image.size(), QSize(720, 1280)); // 360 x 640 at the default scale 2
}

void TestRender::scaleOpenAndDark()
{
    const QString sample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.png"));
    const QString open = dir.filePath(QStringLiteral("open.png"));
    const QString dark = dir.filePath(QStringLiteral("dark.png"));
    QCOMPARE(render({sample, QStringLiteral("-o"), plain, QStringLiteral("--scale"),
                     QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(render({sample, QStringLiteral("-o"), open, QStringLiteral("--scale"),
                     QStringLiteral("1"), QStringLiteral("--open"), QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(render({sample, QStringLiteral("-o"), dark, QStringLiteral("--scale"),
                     QStringLiteral("3"), QStringLiteral("--dark")})
                 .exitCode,
             0);
    const QImage plainImage(plain);
    const QImage openImage(open);
    const QImage darkImage(dark);
    QCOMPARE(plainImage.size(), QSize(360, 640));
    QCOMPARE(openImage.size(), QSize(360, 640));
    QCOMPARE(darkImage.size(), QSize(1080, 1920));
    // The open sub-menu covers part of the chat; the dark chat is dark.
    QVERIFY(plainImage != openImage);
    QVERIFY(qGray(plainImage.pixel(180, 400)) > 200);
    QVERIFY(qGray(darkImage.pixel(540, 1200)) < 40);
    // --open on a button without a sub-menu is ignored.
    const QString ignored = dir.filePath(QStringLiteral("ignored.png"));
    QCOMPARE(render({sample, QStringLiteral("-o"), ignored, QStringLiteral("--scale"),
                     QStringLiteral("1"), QStringLiteral("--open"), QStringLiteral("0")})
                 .exitCode,
             0);
    QCOMPARE(QImage(ignored), plainImage);
}

void TestRender::followerPicksTheMenu()
{
    const QString sample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
    QTemporaryDir dir;
    const QString byDefault = dir.filePath(QStringLiteral("default.png"));
    const QString vip = dir.filePath(QStringLiteral("vip.png"));
    const QString vipAgain = dir.filePath(QStringLiteral("vip2.png"));
    QCOMPARE(render({sample, QStringLiteral("-o"), byDefault}).exitCode, 0);
    QCOMPARE(
        render({sample, QStringLiteral("-o"), vip, QStringLiteral("--tags"), QStringLiteral("2")})
            .exitCode,
        0);
    QCOMPARE(render({sample, QStringLiteral("-o"), vipAgain, QStringLiteral("--tags"),
                     QStringLiteral("7,2"), QStringLiteral("--client"), QStringLiteral("android")})
                 .exitCode,
             0);
    QVERIFY(QImage(byDefault) != QImage(vip)); // the VIP menu has other buttons
    QCOMPARE(QImage(vip), QImage(vipAgain));   // only the last tag counts
}

void TestRender::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString sample = QStringLiteral(WEMENU_SOURCE_DIR "/resources/samples/sample-menu.json");
    const QString out = QDir::temp().filePath(QStringLiteral("wemenu-render-test-unused.png"));
    QTest::newRow("no output") << QStringList{sample} << 64;
    QTest::newRow("no file") << QStringList{QStringLiteral("-o"), out} << 64;
    QTest::newRow("bad scale") << QStringList{sample, QStringLiteral("-o"), out,
                                              QStringLiteral("--scale"), QStringLiteral("0")}
                               << 64;
    QTest::newRow("bad open") << QStringList{sample, QStringLiteral("-o"), out,
                                             QStringLiteral("--open"), QStringLiteral("x")}
                              << 64;
    QTest::newRow("bad client") << QStringList{sample, QStringLiteral("-o"), out,
                                               QStringLiteral("--client"), QStringLiteral("win")}
                                << 64;
    QTest::newRow("unknown option")
        << QStringList{sample, QStringLiteral("-o"), out, QStringLiteral("--nope")} << 64;
    QTest::newRow("bad file") << QStringList{QStringLiteral(WEMENU_TEST_DATA
                                                            "/seed/delconditional-request.json"),
                                             QStringLiteral("-o"), out}
                              << 2;
    QTest::newRow("unwritable output")
        << QStringList{sample, QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/x.png")} << 2;
}

void TestRender::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const ProgramRun run = render(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    if (exitCode == 64)
        QVERIFY(run.err.contains("Usage: wemenu render"));
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
