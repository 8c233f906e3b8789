#pragma once

#include <QIconEngine>
#include <QPainterPath>

/**
 * An icon drawn as lines in the palette's text colour: the editor's own action icons, crisp at
 * every size and right on light and dark themes, with no image file or plugin to load.
 */
class LineIconEngine : public QIconEngine
{
public:
    /// `shape` in a 24x24 box; drawn as 1.6-unit round-capped lines, never filled.
    explicit LineIconEngine(const QPainterPath &shape);

    /// The shape of the bundled icon `name` ("new", "add-button"...); empty when unknown.
    static QPainterPath shape(const QString &name);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QPainterPath m_shape;
};
