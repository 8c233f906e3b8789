// How quickly the editor answers, with a document of 1,000 conditional menus open.
//
// Runs the real MainWindow on the offscreen platform. It writes the document the menu
// benchmark uses to a temporary file and, for each round:
//   - times opening it: from DocumentController::openFile until the phone preview has painted the
//     document and the events the open posted have been handled (tree, form and preview
//     populated);
//   - times N edits typed into the name field of the button form, one key each (a character,
//     then a backspace, in turn), each from the key until the preview's paintEvent() has
//     returned for that change, and until the event loop is idle again.
// Prints the open time and the median, 99th percentile and maximum of the edits.

#include "benchdocument.h"
#include "benchprompter.h"
#include "benchstats.h"
#include "paintprobe.h"

#include <buttonform.h>
#include <documentcontroller.h>
#include <mainwindow.h>
#include <menudocument.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <menulistmodel.h>
#include <menuspanel.h>
#include <menutreemodel.h>
#include <phonepreview.h>
#include <recoverystore.h>
#include <validator.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <cstdlib>

using BenchStats::elapsedMs;

namespace {

constexpr double kFrameMs = 16.0;

/// Handles what is pending, as the event loop does when it goes idle.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

struct EditTiming
{
    double handled = 0;  ///< the key's own handling, before the event loop runs
    double painted = -1; ///< up to the end of the preview's paintEvent(); -1 if none came
    double idle = 0;     ///< up to the event loop being idle again
};

/// Types one key into `edit` (a character, or a backspace) and times it, in milliseconds.
/// Not inlined, so that a profiler can collect this function alone.
Q_NEVER_INLINE EditTiming timedEdit(PaintProbe &probe, QLineEdit *edit, bool type)
{
    EditTiming timing;
    probe.arm();
    if (type)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QStringLiteral(u"店"),
                            Qt::NoModifier);
    else
        QTest::keyClick(edit, Qt::Key_Backspace);
    timing.handled = probe.elapsedMs();
    timing.painted = probe.waitForPaint();
    settle(); // what is left runs before the next key, as between two keystrokes
    timing.idle = probe.elapsedMs();
    return timing;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "wemenu-editor-bench: %s\n", qPrintable(message));
    return 1;
}

int positiveOption(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        std::fprintf(stderr, "wemenu-editor-bench: --%s takes a number of at least %d\n",
                     qPrintable(option.names().constFirst()), minimum);
        std::exit(64);
    }
    return value;
}

QString describe(const QList<double> &times)
{
    int slow = 0;
    for (const double t : times)
        slow += t > kFrameMs ? 1 : 0;
    return QStringLiteral("median %1 ms, p99 %2 ms, max %3 ms; over %4 ms: %5 of %6")
        .arg(BenchStats::median(times), 0, 'f', 2)
        .arg(BenchStats::percentile(times, 99), 0, 'f', 2)
        .arg(BenchStats::maximum(times), 0, 'f', 2)
        .arg(kFrameMs, 0, 'f', 0)
        .arg(slow)
        .arg(times.size());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WeMenu"));
    QCoreApplication::setApplicationName(QStringLiteral("wemenu-editor-bench"));
    // Settings and recent files of its own: the user's are left alone.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times opening a document of 1,000 conditional menus in the editor and the edits typed "
        "into the button form, up to the phone preview's repaint."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Times the document is opened and edited "
                                                   "(default 1)."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption edits(QStringLiteral("edits"),
                                   QStringLiteral("Edits timed in each round (default 200)."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption menu(QStringLiteral("menu"),
                                  QStringLiteral("The conditional menu edited, from 0; -1 for "
                                                 "the default menu (default 500)."),
                                  QStringLiteral("K"), QStringLiteral("500"));
    parser.addOptions({rounds, edits, menu});
    parser.process(app);
    const int roundCount = positiveOption(parser, rounds, 1);
    const int editCount = positiveOption(parser, edits, 1);
    const int menuIndex = positiveOption(parser, menu, -1);
    if (menuIndex >= BenchDocument::kMenus) {
        std::fprintf(stderr, "wemenu-editor-bench: --menu goes up to %d\n",
                     BenchDocument::kMenus - 1);
        return 64;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary directory: %1").arg(dir.errorString()));
    const DocumentData data = BenchDocument::make();
    const QByteArray bytes = MenuJsonWriter::document(data);
    const QString fileName = dir.filePath(QStringLiteral("conditional-1000.json"));
    QString error;
    if (!MenuFile::writeFile(fileName, bytes, &error))
        return fail(error);
    std::printf("document: %d conditional menus, %d buttons, %.2f MB; platform %s\n",
                BenchDocument::kMenus, BenchDocument::kButtons,
                double(bytes.size()) / (1024.0 * 1024.0),
                qPrintable(QGuiApplication::platformName()));

    BenchPrompter prompter;
    RecoveryStore recovery(dir.filePath(QStringLiteral("recovery")));
    MainWindow window(&prompter, &recovery);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the editor window was never shown"));
    window.activateWindow();
    settle();
    PaintProbe probe(window.preview());

    const ButtonPath edited{menuIndex, 0, 0}; // the first sub-button of the first tab
    QList<double> openCalls;
    QList<double> openTimes;
    QList<double> keyTimes;
    QList<double> editTimes;
    QList<double> idleTimes;
    for (int round = 0; round < roundCount; ++round) {
        // Open: the call, then the event loop until the preview shows the document and what
        // the open posted (layouts, repaints of the tree, form and panels) has been handled.
        probe.arm();
        if (!window.files()->openFile(fileName))
            return fail(prompter.errors.join(QLatin1Char('\n')));
        openCalls.append(probe.elapsedMs());
        if (probe.waitForPaint() < 0)
            return fail(QStringLiteral("the preview did not repaint after the open"));
        settle();
        openTimes.append(probe.elapsedMs());
        if (window.preview()->layout().tabCount() != BenchDocument::kTopLevel ||
            window.model()->rowCount() != BenchDocument::kTopLevel ||
            window.menusPanel()->model()->rowCount() != BenchDocument::kMenus + 1)
            return fail(QStringLiteral("the opened document is not shown whole"));

        // The button to edit, chosen as a click in the Menus panel and in the tree would.
        window.selectButton(edited);
        settle();
        QLineEdit *name = window.form()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        if (!name || !name->isVisible() || name->text() != window.document()->button(edited).name)
            return fail(QStringLiteral("the form does not show the button to edit"));
        name->setFocus(Qt::OtherFocusReason);
        name->end(false);
        settle();

        for (int i = 0; i < editCount; ++i) {
            const EditTiming timing = timedEdit(probe, name, i % 2 == 0);
            if (timing.painted < 0)
                return fail(QStringLiteral("edit %1 was never repainted").arg(i + 1));
            keyTimes.append(timing.handled);
            editTimes.append(timing.painted);
            idleTimes.append(timing.idle);
            if (window.document()->button(edited).name != name->text())
                return fail(QStringLiteral("edit %1 did not reach the document").arg(i + 1));
        }
        window.document()->undoStack()->setClean();
    }

    // The share of one edit that a whole-document validation takes, for comparison.
    QList<double> validateTimes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const IssueList issues = Validator::validate(window.document()->data());
        validateTimes.append(elapsedMs(timer));
        Q_UNUSED(issues)
    }

    std::printf("open (%d round%s): openFile %.1f ms, until shown and settled %.1f ms "
                "(medians)\n",
                roundCount, roundCount > 1 ? "s" : "", BenchStats::median(openCalls),
                BenchStats::median(openTimes));
    std::printf("edits: %lld keys typed into the name of %s\n",
                static_cast<long long>(editTimes.size()),
                qPrintable(Validator::buttonPath(edited.menu, edited.parent, edited.row)));
    std::printf("edit to preview repaint: %s\n", qPrintable(describe(editTimes)));
    std::printf("edit until the event loop is idle again: %s\n", qPrintable(describe(idleTimes)));
    std::printf("  of which the key's own handling (model, views, before the event loop): "
                "median %.2f ms, max %.2f ms\n",
                BenchStats::median(keyTimes), BenchStats::maximum(keyTimes));
    std::printf("Validator::validate of the whole document alone: median %.2f ms\n",
                BenchStats::median(validateTimes));
    // Moves much less with the machine's load than the milliseconds do.
    std::printf("ratio edit median / validate median: %.2f\n",
                BenchStats::median(editTimes) / BenchStats::median(validateTimes));
    return 0;
}
