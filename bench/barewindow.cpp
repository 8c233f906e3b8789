// The startup benchmark's yardstick: a bare Qt Widgets window (a menu bar, a status bar and
// a label), shown and, for the benchmark, quit after its first paint exactly as the editor is.
// The label's text may be given (wemenu-bare-window TEXT): the same window in another script.

#include <firstpaintquit.h>

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    window.setCentralWidget(new QLabel(argc > 1 ? QString::fromLocal8Bit(argv[1])
                                                : QStringLiteral("A bare Qt Widgets window")));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 690);
    if (FirstPaintQuit::requested())
        new FirstPaintQuit(&window);
    window.show();
    return QApplication::exec();
}
