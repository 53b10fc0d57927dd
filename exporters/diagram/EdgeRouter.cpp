#include "exporters/diagram/EdgeRouter.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sky {

namespace {

constexpr double kGap = 6; // arrows stop short of the icons

/// Where the ray from the centre of `rect` towards `target` leaves it, plus a small gap.
QPointF borderPoint(const QRectF& rect, const QPointF& target, double labelDepth)
{
    const QPointF c = rect.center();
    const double dx = target.x() - c.x();
    const double dy = target.y() - c.y();
    if (std::abs(dx) < 1e-9 && std::abs(dy) < 1e-9)
        return c;
    const double hw = rect.width() / 2 + kGap;
    const double hh = rect.height() / 2 + kGap + (dy > 0 ? labelDepth : 0);
    const double t = std::min(std::abs(dx) > 1e-9 ? hw / std::abs(dx) : std::numeric_limits<double>::max(),
                              std::abs(dy) > 1e-9 ? hh / std::abs(dy) : std::numeric_limits<double>::max());
    return c + QPointF(dx * t, dy * t);
}

/// Where the segment a-b leaves `rect` (a parameter from 0 to 1), or -1 when it misses it
/// (Liang-Barsky clipping).
double exitParameter(const QPointF& a, const QPointF& b, const QRectF& rect)
{
    double t0 = 0;
    double t1 = 1;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(p[i]) < 1e-12) {
            if (q[i] < 0)
                return -1;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return -1;
    }
    return t1;
}

double length(const QPolygonF& line)
{
    double total = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        total += QLineF(line.at(i - 1), line.at(i)).length();
    return total;
}

} // namespace

EdgeRouter::EdgeRouter(std::vector<QRectF> obstacles)
    : m_obstacles(std::move(obstacles))
{
}

bool EdgeRouter::segmentHitsRect(const QPointF& a, const QPointF& b, const QRectF& rect)
{
    return exitParameter(a, b, rect) >= 0;
}

int EdgeRouter::crossings(const QPolygonF& line, const QRectF& fromBox, const QRectF& toBox) const
{
    const QRectF span = line.boundingRect().adjusted(-1, -1, 1, 1);
    int count = 0;
    for (const QRectF& obstacle : m_obstacles) {
        if (!obstacle.intersects(span) || obstacle == fromBox || obstacle == toBox)
            continue;
        for (qsizetype i = 1; i < line.size(); ++i)
            if (segmentHitsRect(line.at(i - 1), line.at(i), obstacle)) {
                ++count;
                break;
            }
    }
    return count;
}

int EdgeRouter::overlaps(const QPolygonF& line, const QRectF& from, size_t ignored) const
{
    int count = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line.at(i - 1);
        const QPointF b = line.at(i);
        const bool horizontal = std::abs(a.y() - b.y()) < 0.5;
        const bool vertical = std::abs(a.x() - b.x()) < 0.5;
        if (!horizontal && !vertical)
            continue;
        // Only segments in the same 5-unit band can run along this one.
        const auto& lanes = horizontal ? m_horizontal : m_vertical;
        const int band = bandOf(horizontal ? a.y() : a.x());
        for (int k = band - 1; k <= band + 1; ++k) {
            const auto it = lanes.find(k);
            if (it == lanes.end())
                continue;
            for (const size_t n : it->second) {
                const RoutedSegment& routed = m_routed[n];
                if (routed.arrow == kRemoved || routed.source == from || routed.arrow == ignored)
                    continue;
                const QLineF& r = routed.line;
                if (horizontal && std::abs(r.y1() - a.y()) < 5) {
                    const double lo = std::max(std::min(a.x(), b.x()), std::min(r.x1(), r.x2()));
                    const double hi = std::min(std::max(a.x(), b.x()), std::max(r.x1(), r.x2()));
                    count += hi - lo > 12 ? 1 : 0;
                } else if (vertical && std::abs(r.x1() - a.x()) < 5) {
                    const double lo = std::max(std::min(a.y(), b.y()), std::min(r.y1(), r.y2()));
                    const double hi = std::min(std::max(a.y(), b.y()), std::max(r.y1(), r.y2()));
                    count += hi - lo > 12 ? 1 : 0;
                }
            }
        }
    }
    return count;
}

QPolygonF EdgeRouter::route(const QRectF& from, const QRectF& to, const QRectF& fromBox, const QRectF& toBox,
                            double labelDepth, const QRectF& fromName, const QRectF& toName)
{
    const size_t index = m_arrowCount++;
    const QPolygonF best = bestRoute(from, to, fromBox, toBox, labelDepth, fromName, toName, index);
    remember(best, from, index);
    m_lines.push_back(best);
    return best;
}

void EdgeRouter::remember(const QPolygonF& line, const QRectF& from, size_t index)
{
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line.at(i - 1);
        const QPointF b = line.at(i);
        m_routed.push_back({QLineF(a, b), from, index});
        if (std::abs(a.y() - b.y()) < 0.5)
            m_horizontal[bandOf(a.y())].push_back(m_routed.size() - 1);
        else if (std::abs(a.x() - b.x()) < 0.5)
            m_vertical[bandOf(a.x())].push_back(m_routed.size() - 1);
    }
}

QPolygonF EdgeRouter::reroute(size_t index, const QRectF& from, const QRectF& to, const QRectF& fromBox,
                              const QRectF& toBox, double labelDepth, const QRectF& fromName, const QRectF& toName)
{
    if (index >= m_lines.size())
        return route(from, to, fromBox, toBox, labelDepth, fromName, toName);
    // Only an arrow that now runs along another one has anything to gain (crossings do not change).
    if (overlaps(m_lines[index], from, index) == 0)
        return m_lines[index];
    const QPolygonF best = bestRoute(from, to, fromBox, toBox, labelDepth, fromName, toName, index);
    m_lines[index] = best;
    for (RoutedSegment& r : m_routed)
        if (r.arrow == index)
            r.arrow = kRemoved;
    remember(best, from, index);
    return best;
}

QPolygonF EdgeRouter::bestRoute(const QRectF& from, const QRectF& to, const QRectF& fromBox, const QRectF& toBox,
                                double labelDepth, const QRectF& fromName, const QRectF& toName, size_t ignored) const
{
    const QPointF a = from.center();
    const QPointF b = to.center();
    std::vector<QPolygonF> candidates;
    // Straight, clipped to the two icons; a slanting arrow that would cut through the source's
    // name starts beside it instead (the head still has to reach the target's icon).
    QPointF start = borderPoint(from, b, labelDepth);
    if (!fromName.isEmpty()) {
        const QRectF around = fromName.adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
        if (segmentHitsRect(start, b, around)) {
            const double t = exitParameter(a, b, around);
            if (t > 0 && t < 1)
                start = a + (b - a) * t;
        }
    }
    candidates.push_back(QPolygonF{start, borderPoint(to, a, labelDepth)});
    const double sx = b.x() >= a.x() ? 1 : -1;
    const double sy = b.y() >= a.y() ? 1 : -1;
    const double fx = a.x() + sx * (from.width() / 2 + kGap);
    const double tx = b.x() - sx * (to.width() / 2 + kGap);
    const double fy = a.y() + sy * (from.height() / 2 + kGap + (sy > 0 ? labelDepth : 0));
    const double ty = b.y() - sy * (to.height() / 2 + kGap + (sy < 0 ? labelDepth : 0));
    static const double kFractions[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9};
    // Horizontal, vertical, horizontal through the middle (and through a few other columns).
    if ((tx - fx) * sx > 20)
        for (double f : kFractions)
            candidates.push_back(QPolygonF{{fx, a.y()}, {fx + (tx - fx) * f, a.y()}, {fx + (tx - fx) * f, b.y()}, {tx, b.y()}});
    if ((ty - fy) * sy > 20)
        for (double f : kFractions)
            candidates.push_back(QPolygonF{{a.x(), fy}, {a.x(), fy + (ty - fy) * f}, {b.x(), fy + (ty - fy) * f}, {b.x(), ty}});
    // One bend: out sideways then into the top or bottom, or out of the top or bottom then sideways.
    candidates.push_back(QPolygonF{{fx, a.y()}, {b.x(), a.y()}, {b.x(), ty}});
    candidates.push_back(QPolygonF{{a.x(), fy}, {a.x(), b.y()}, {tx, b.y()}});

    const bool aligned = std::abs(a.x() - b.x()) < 4 || std::abs(a.y() - b.y()) < 4;
    const auto score = [&](const QPolygonF& line, bool straight) {
        // Degenerate routes (a bend inside an icon) are out.
        for (qsizetype k = 1; k + 1 < line.size(); ++k)
            if (from.contains(line.at(k)) || to.contains(line.at(k)))
                return std::numeric_limits<double>::max();
        int hits = crossings(line, fromBox, toBox);
        for (const QRectF& name : {fromName, toName})
            if (!name.isEmpty())
                for (qsizetype i = 1; i < line.size(); ++i)
                    if (segmentHitsRect(line.at(i - 1), line.at(i), name.adjusted(1, 1, -1, -1))) {
                        ++hits;
                        break;
                    }
        double total = hits * 10000.0 + overlaps(line, from, ignored) * 3000.0 + length(line) + (line.size() - 2) * 40.0;
        if (straight && !aligned)
            total += 120; // a diagonal only wins when the orthogonal routes cross something
        // An arrow coming up from below stops under the target's name, short of its icon: the
        // sides and the top are better when they cost about the same.
        if (labelDepth > 0 && line.last().y() > to.bottom() + kGap)
            total += 100;
        return total;
    };
    QPolygonF best;
    double bestScore = std::numeric_limits<double>::max();
    const auto consider = [&](const QPolygonF& line, bool straight) {
        const double s = score(line, straight);
        if (s < bestScore) {
            bestScore = s;
            best = line;
        }
    };
    for (size_t i = 0; i < candidates.size(); ++i)
        consider(candidates[i], i == 0);

    // Every simple route crosses something (a group's name tab, another icon): detour through
    // lanes just beside what the best one crosses. Only when a few things are in the way: a
    // detour does not get through a crowd, and large designs stay fast.
    constexpr int kMostDetoured = 3;
    if (bestScore >= 10000 && bestScore < (kMostDetoured + 1) * 10000.0 && !best.isEmpty()) {
        std::vector<QRectF> blocking;
        for (const QRectF& obstacle : m_obstacles)
            if (obstacle != fromBox && obstacle != toBox)
                for (qsizetype i = 1; i < best.size(); ++i)
                    if (segmentHitsRect(best.at(i - 1), best.at(i), obstacle)) {
                        blocking.push_back(obstacle);
                        break;
                    }
        for (const QRectF& name : {fromName, toName})
            if (!name.isEmpty())
                blocking.push_back(name);
        constexpr double kLane = 12; // clearance between a detour and what it goes round
        const double fromBottom = from.bottom() + kGap + labelDepth;
        const double toBottom = to.bottom() + kGap + labelDepth;
        for (const QRectF& r : blocking) {
            // A vertical lane: out of the side facing it, along it, into the side facing it.
            // Lanes that would double back over the icon they leave or enter are no use.
            for (const double x : {r.left() - kLane, r.right() + kLane}) {
                const double startX = x >= a.x() ? from.right() + kGap : from.left() - kGap;
                const double endX = x >= b.x() ? to.right() + kGap : to.left() - kGap;
                if ((x - startX) * (startX - a.x()) < 64 || (x - endX) * (endX - b.x()) < 64)
                    continue;
                consider(QPolygonF{{startX, a.y()}, {x, a.y()}, {x, b.y()}, {endX, b.y()}}, false);
            }
            // A horizontal lane: out of the top or bottom facing it, along it, into the top or bottom.
            for (const double y : {r.top() - kLane, r.bottom() + kLane}) {
                const double startY = y >= a.y() ? fromBottom : from.top() - kGap;
                const double endY = y >= b.y() ? toBottom : to.top() - kGap;
                if ((y - startY) * (startY - a.y()) < 64 || (y - endY) * (endY - b.y()) < 64)
                    continue;
                consider(QPolygonF{{a.x(), startY}, {a.x(), y}, {b.x(), y}, {b.x(), endY}}, false);
            }
        }
    }
    return best;
}

} // namespace sky
