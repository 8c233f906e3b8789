#include "windowplacement.h"

#include <QtGlobal>

QRect WindowPlacement::initial(const QRect &available, const QMargins &frame)
{
    const QRect room = available.marginsRemoved(frame);
    const QSize size = kPreferred.boundedTo(room.size());
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(room.center());
    return fitted(geometry, available, frame);
}

QRect WindowPlacement::fitted(const QRect &geometry, const QRect &available, const QMargins &frame)
{
    const QRect room = available.marginsRemoved(frame);
    if (room.isEmpty())
        return geometry;
    QRect result(geometry.topLeft(), geometry.size().boundedTo(room.size()));
    result.moveLeft(qBound(room.left(), result.left(), room.right() - result.width() + 1));
    result.moveTop(qBound(room.top(), result.top(), room.bottom() - result.height() + 1));
    return result;
}

QMargins WindowPlacement::estimatedFrame()
{
    return QMargins(1, 32, 1, 1);
}
