#pragma once

#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <cmath>
#include <unordered_map>
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
    /// icon, which arrows leaving or entering from below must clear. `fromName` and `toName`:
    /// where the two names are written (inside the excluded boxes): no arrow may end on or
    /// run through them. When every simple route crosses something, detours around the
    /// obstacles in the way are tried too.
    QPolygonF route(const QRectF& from, const QRectF& to, const QRectF& fromBox, const QRectF& toBox,
                    double labelDepth = 0, const QRectF& fromName = {}, const QRectF& toName = {});

    /// Routes the `index`-th arrow (in route() order) again, now knowing where every other
    /// arrow went, and replaces it: a second pass lets early arrows keep out of the way of
    /// later ones.
    QPolygonF reroute(size_t index, const QRectF& from, const QRectF& to, const QRectF& fromBox, const QRectF& toBox,
                      double labelDepth = 0, const QRectF& fromName = {}, const QRectF& toName = {});

    /// How many obstacles (other than the two excluded boxes) a polyline crosses.
    int crossings(const QPolygonF& line, const QRectF& fromBox, const QRectF& toBox) const;

    /// True if the segment a-b touches the rectangle.
    static bool segmentHitsRect(const QPointF& a, const QPointF& b, const QRectF& rect);

private:
    /// Stretches where `line` runs along an arrow routed before; arrows leaving the same icon
    /// may share a trunk (they fork from it), so those do not count.
    int overlaps(const QPolygonF& line, const QRectF& from, size_t ignored) const;
    QPolygonF bestRoute(const QRectF& from, const QRectF& to, const QRectF& fromBox, const QRectF& toBox,
                        double labelDepth, const QRectF& fromName, const QRectF& toName, size_t ignored) const;

    struct RoutedSegment {
        QLineF line;
        QRectF source; ///< the icon the arrow leaves
        size_t arrow;  ///< which route() call it came from
    };
    void remember(const QPolygonF& line, const QRectF& from, size_t index);
    static int bandOf(double coordinate) { return int(std::floor(coordinate / 5.0)); }
    static constexpr size_t kRemoved = size_t(-1); ///< a segment replaced by reroute()

    size_t m_arrowCount = 0;
    std::unordered_map<int, std::vector<size_t>> m_horizontal; ///< horizontal segments by 5-unit band of y
    std::unordered_map<int, std::vector<size_t>> m_vertical;   ///< vertical segments by 5-unit band of x
    std::vector<QPolygonF> m_lines; ///< each arrow's current route, by index
    std::vector<QRectF> m_obstacles;
    std::vector<RoutedSegment> m_routed; ///< segments of the arrows routed so far
};

} // namespace sky
