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
    // Liang-Barsky clipping: does any part of the segment lie inside the rectangle?
    double t0 = 0;
    double t1 = 1;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(p[i]) < 1e-12) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return false;
    }
    return true;
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

int EdgeRouter::overlaps(const QPolygonF& line) const
{
    int count = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line.at(i - 1);
        const QPointF b = line.at(i);
        const bool horizontal = std::abs(a.y() - b.y()) < 0.5;
        const bool vertical = std::abs(a.x() - b.x()) < 0.5;
        for (const QLineF& r : m_routed) {
            if (horizontal && std::abs(r.y1() - r.y2()) < 0.5 && std::abs(r.y1() - a.y()) < 5) {
                const double lo = std::max(std::min(a.x(), b.x()), std::min(r.x1(), r.x2()));
                const double hi = std::min(std::max(a.x(), b.x()), std::max(r.x1(), r.x2()));
                count += hi - lo > 12 ? 1 : 0;
            } else if (vertical && std::abs(r.x1() - r.x2()) < 0.5 && std::abs(r.x1() - a.x()) < 5) {
                const double lo = std::max(std::min(a.y(), b.y()), std::min(r.y1(), r.y2()));
                const double hi = std::min(std::max(a.y(), b.y()), std::max(r.y1(), r.y2()));
                count += hi - lo > 12 ? 1 : 0;
            }
        }
    }
    return count;
}

QPolygonF EdgeRouter::route(const QRectF& from, const QRectF& to, const QRectF& fromBox, const QRectF& toBox,
                            double labelDepth)
{
    const QPointF a = from.center();
    const QPointF b = to.center();
    std::vector<QPolygonF> candidates;
    // Straight, clipped to the two icons.
    candidates.push_back(QPolygonF{borderPoint(from, b, labelDepth), borderPoint(to, a, labelDepth)});
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
    QPolygonF best;
    double bestScore = std::numeric_limits<double>::max();
    for (size_t i = 0; i < candidates.size(); ++i) {
        const QPolygonF& line = candidates[i];
        // Degenerate one-bend routes (the bend point inside an icon) are skipped.
        bool degenerate = false;
        for (qsizetype k = 1; k + 1 < line.size(); ++k)
            if (from.contains(line.at(k)) || to.contains(line.at(k)))
                degenerate = true;
        if (degenerate)
            continue;
        double score = crossings(line, fromBox, toBox) * 10000.0 + overlaps(line) * 3000.0 + length(line)
            + (line.size() - 2) * 40.0;
        if (i == 0 && !aligned)
            score += 120; // a diagonal only wins when the orthogonal routes cross something
        if (score < bestScore) {
            bestScore = score;
            best = line;
        }
    }
    for (qsizetype i = 1; i < best.size(); ++i)
        m_routed.emplace_back(best.at(i - 1), best.at(i));
    return best;
}

} // namespace sky
