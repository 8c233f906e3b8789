#include "windowstate.h"

#include "windowplacement.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QWindow>

namespace {
/// The version of the saved dock layout: a state saved for an older layout is not restored.
constexpr int kLayoutVersion = 2;
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

QDockWidget *dock(QMainWindow *window, const char *name)
{
    return window->findChild<QDockWidget *>(QLatin1String(name));
}
} // namespace

void WindowState::restore(QMainWindow *window)
{
    QSettings settings;
    if (window->restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // Saved on another screen, or before the panel grew: the frame goes back inside.
        if (!window->isMaximized() && !window->isFullScreen()) {
            QScreen *on = QGuiApplication::screenAt(window->geometry().center());
            window->setGeometry(WindowPlacement::fitted(
                window->geometry(), (on ? on : window->screen())->availableGeometry(),
                WindowPlacement::estimatedFrame()));
        }
    } else {
        window->setGeometry(WindowPlacement::initial(window->screen()->availableGeometry(),
                                                     WindowPlacement::estimatedFrame()));
    }
    if (!window->restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion)) {
        // First start, or a state saved for another layout: the phone gets the middle, the
        // problems a third of the right column.
        window->resizeDocks({dock(window, "menuDock"), dock(window, "buttonDock")}, {330, 400},
                            Qt::Horizontal);
        window->resizeDocks({dock(window, "buttonDock"), dock(window, "problemsDock")}, {400, 200},
                            Qt::Vertical);
    }
}

void WindowState::fitToFrame(QMainWindow *window)
{
    const QMargins frame =
        window->windowHandle() ? window->windowHandle()->frameMargins() : QMargins();
    if (window->isMaximized() || window->isFullScreen() || frame.isNull())
        return;
    const QRect fitted =
        WindowPlacement::fitted(window->geometry(), window->screen()->availableGeometry(), frame);
    if (fitted != window->geometry())
        window->setGeometry(fitted);
}

void WindowState::save(const QMainWindow *window)
{
    // Written only when changed: an unchanged window costs no write to disk at every close.
    QSettings settings;
    const QByteArray geometry = window->saveGeometry();
    if (settings.value(kGeometryKey).toByteArray() != geometry)
        settings.setValue(kGeometryKey, geometry);
    const QByteArray state = window->saveState(kLayoutVersion);
    if (settings.value(kStateKey).toByteArray() != state)
        settings.setValue(kStateKey, state);
}
