#include "lineiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QTransform>

#include <functional>
#include <initializer_list>

namespace {

void polyline(QPainterPath &path, std::initializer_list<QPointF> points, bool closed = false)
{
    auto it = points.begin();
    path.moveTo(*it);
    for (++it; it != points.end(); ++it)
        path.lineTo(*it);
    if (closed)
        path.closeSubpath();
}

void line(QPainterPath &path, QPointF from, QPointF to)
{
    polyline(path, {from, to});
}

QPainterPath drawn(const std::function<void(QPainterPath &)> &draw)
{
    QPainterPath path;
    draw(path);
    return path;
}

} // namespace

LineIconEngine::LineIconEngine(const QPainterPath &shape)
    : m_shape(shape)
{}

QPainterPath LineIconEngine::shape(const QString &name)
{
    if (name == QLatin1String("new")) {
        return drawn([](QPainterPath &p) {
            polyline(p, {{6, 2.8}, {14, 2.8}, {18.2, 7}, {18.2, 21.2}, {6, 21.2}}, true);
            polyline(p, {{14, 2.8}, {14, 7}, {18.2, 7}});
            line(p, {12.1, 11}, {12.1, 18});
            line(p, {8.6, 14.5}, {15.6, 14.5});
        });
    }
    if (name == QLatin1String("open")) {
        return drawn([](QPainterPath &p) {
            polyline(p,
                     {{2.8, 19.2}, {2.8, 5.2}, {8.8, 5.2}, {10.8, 7.4}, {19.2, 7.4}, {19.2, 10.4}});
            polyline(p, {{2.8, 19.2}, {6, 10.4}, {21.2, 10.4}, {18, 19.2}}, true);
        });
    }
    if (name == QLatin1String("save")) {
        return drawn([](QPainterPath &p) {
            polyline(p, {{3.8, 3.8}, {16.8, 3.8}, {20.2, 7.2}, {20.2, 20.2}, {3.8, 20.2}}, true);
            polyline(p, {{7.4, 3.8}, {7.4, 8.8}, {15.4, 8.8}, {15.4, 3.8}});
            p.addRoundedRect(QRectF(7, 13.2, 10, 7), 0.6, 0.6);
        });
    }
    if (name == QLatin1String("undo")) {
        return drawn([](QPainterPath &p) {
            polyline(p, {{8.5, 5.5}, {4, 10}, {8.5, 14.5}});
            p.moveTo(4.5, 10);
            p.lineTo(14, 10);
            p.arcTo(QRectF(8.5, 10, 11, 11), 90, -180); // round on the right, down to 21
            p.lineTo(10, 21);
        });
    }
    if (name == QLatin1String("redo")) {
        return drawn([](QPainterPath &p) {
            polyline(p, {{15.5, 5.5}, {20, 10}, {15.5, 14.5}});
            p.moveTo(19.5, 10);
            p.lineTo(10, 10);
            p.arcTo(QRectF(4.5, 10, 11, 11), 90, 180); // round on the left, down to 21
            p.lineTo(14, 21);
        });
    }
    if (name == QLatin1String("add-button")) {
        return drawn([](QPainterPath &p) {
            p.addRoundedRect(QRectF(2.8, 7, 18.4, 10), 2.2, 2.2);
            line(p, {12, 9.2}, {12, 14.8});
            line(p, {9.2, 12}, {14.8, 12});
        });
    }
    if (name == QLatin1String("add-sub-button")) {
        return drawn([](QPainterPath &p) {
            p.addRoundedRect(QRectF(2.8, 3, 18.4, 6), 1.6, 1.6);
            polyline(p, {{5.5, 9}, {5.5, 17.5}, {8.5, 17.5}});
            p.addRoundedRect(QRectF(8.5, 13.5, 12.7, 8), 1.6, 1.6);
            line(p, {14.85, 15.4}, {14.85, 19.6});
            line(p, {12.75, 17.5}, {16.95, 17.5});
        });
    }
    if (name == QLatin1String("delete")) {
        return drawn([](QPainterPath &p) {
            line(p, {3.8, 6.2}, {20.2, 6.2});
            polyline(p, {{9.2, 6.2}, {9.2, 3.6}, {14.8, 3.6}, {14.8, 6.2}});
            polyline(p, {{5.8, 6.2}, {6.8, 20.8}, {17.2, 20.8}, {18.2, 6.2}});
            line(p, {10, 10}, {10, 17});
            line(p, {14, 10}, {14, 17});
        });
    }
    // The chevrons of a menu bar or tool bar whose items do not fit.
    if (name == QLatin1String("more-right")) {
        return drawn([](QPainterPath &p) {
            polyline(p, {{6, 7}, {11, 12}, {6, 17}});
            polyline(p, {{13, 7}, {18, 12}, {13, 17}});
        });
    }
    if (name == QLatin1String("more-left")) // for right-to-left bars: "more-right" mirrored
        return QTransform(-1, 0, 0, 1, 24, 0).map(shape(QStringLiteral("more-right")));
    if (name == QLatin1String("more-down")) {
        return drawn([](QPainterPath &p) {
            polyline(p, {{7, 6}, {12, 11}, {17, 6}});
            polyline(p, {{7, 13}, {12, 18}, {17, 13}});
        });
    }
    if (name == QLatin1String("publish")) {
        return drawn([](QPainterPath &p) {
            line(p, {12, 15.5}, {12, 3.5});
            polyline(p, {{7, 8.5}, {12, 3.5}, {17, 8.5}});
            p.moveTo(3.5, 14);
            p.lineTo(3.5, 19.5);
            p.quadTo(3.5, 20.7, 4.7, 20.7);
            p.lineTo(19.3, 20.7);
            p.quadTo(20.5, 20.7, 20.5, 19.5);
            p.lineTo(20.5, 14);
        });
    }
    return {};
}

void LineIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                  QPalette::WindowText);
    if (mode == QIcon::Selected)
        colour = palette.color(QPalette::HighlightedText);
    const qreal side = qMin(rect.width(), rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0,
                       rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);
    QPen pen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_shape);
    painter->restore();
}

QPixmap LineIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *LineIconEngine::clone() const
{
    return new LineIconEngine(m_shape);
}

QString LineIconEngine::key() const
{
    return QStringLiteral("WeMenuLineIcon");
}
