#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

/**
 * Where the editor window goes on a screen. Rectangles are window geometries (the client area,
 * as QWidget::geometry()); `frame` is the window manager's frame around it. The frame always
 * lies inside `available` (QScreen::availableGeometry()).
 */
class WindowPlacement
{
public:
    /// The size the window asks for on a screen with room enough.
    static constexpr QSize kPreferred{1280, 800};

    /// A first start: the preferred size, or the whole available area when it is smaller,
    /// centred in it.
    static QRect initial(const QRect &available, const QMargins &frame);
    /// `geometry` moved, and shrunk when it has to, so that its frame lies inside `available`.
    static QRect fitted(const QRect &geometry, const QRect &available, const QMargins &frame);
    /// The frame to reckon with before the window manager has told it: a usual title bar.
    static QMargins estimatedFrame();
};
