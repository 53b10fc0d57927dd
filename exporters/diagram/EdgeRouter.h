#pragma once

#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <vector>

namespace sky {

/// Routes arrows between icons: straight when the icons line up, else the orthogonal
/// route (one or two bends) that crosses the fewest other components.
class EdgeRouter {
public:
    /// `obstacles`: the boxes of every component an arrow should not cross.
    explicit EdgeRouter(std::vector<QRectF> obstacles);

    /// A polyline from the edge of `from` to the edge of `to` (icon rects), avoiding the
    /// obstacles except the two boxes `fromBox` and `toBox` the arrow belongs to, and
    /// avoiding running along an arrow routed before. `labelDepth`: the name under each
    /// icon, which arrows leaving or entering from below must clear.
    QPolygonF route(const QRectF& from, const QRectF& to, const QRectF& fromBox, const QRectF& toBox,
                    double labelDepth = 0);

    /// How many obstacles (other than the two excluded boxes) a polyline crosses.
    int crossings(const QPolygonF& line, const QRectF& fromBox, const QRectF& toBox) const;

    /// True if the segment a-b touches the rectangle.
    static bool segmentHitsRect(const QPointF& a, const QPointF& b, const QRectF& rect);

private:
    int overlaps(const QPolygonF& line) const;

    std::vector<QRectF> m_obstacles;
    std::vector<QLineF> m_routed; ///< axis-parallel segments of the arrows routed so far
};

} // namespace sky
