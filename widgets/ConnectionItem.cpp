#include "widgets/ConnectionItem.h"

#include "model/Document.h"
#include "model/Protocols.h"
#include "widgets/CanvasStyle.h"
#include "widgets/ComponentItem.h"
#include "widgets/DesignScene.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>
#include <cmath>

namespace sky {

namespace {

constexpr double kGap = 3;       // between an icon and the arrow's ends
constexpr double kHeadLength = 9;
constexpr double kHeadWidth = 4;

const QFont& labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(10);
        return f;
    }();
    return font;
}

/// Where the segment from the centre of `r` towards `towards` leaves `r`.
QPointF border(const QRectF& r, QPointF towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const double sx = d.x() != 0 ? (r.width() / 2 + kGap) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (r.height() / 2 + kGap) / std::abs(d.y()) : 1e9;
    return c + d * std::min(sx, sy);
}

} // namespace

ConnectionItem::ConnectionItem(DesignScene* scene, const QString& id) : m_scene(scene), m_id(id)
{
    setFlag(ItemIsSelectable);
}

QString ConnectionItem::labelText() const
{
    const Connection* c = m_scene->document()->design().connection(m_id);
    if (!c)
        return {};
    if (!c->label.isEmpty())
        return c->label;
    const std::optional<int> port = Protocols::effectivePort(*c);
    if (Protocols::isTraffic(c->protocol) && port)
        return QStringLiteral("%1 %2").arg(c->protocol).arg(*port);
    return c->protocol;
}

void ConnectionItem::updateGeometry()
{
    const Connection* c = m_scene->document()->design().connection(m_id);
    if (!c)
        return;
    m_from = c->from;
    m_to = c->to;
    const ComponentItem* a = m_scene->componentItem(m_from);
    const ComponentItem* b = m_scene->componentItem(m_to);
    prepareGeometryChange();
    m_route.clear();
    m_head.clear();
    if (!a || !b) {
        m_bounds = {};
        m_labelRect = {};
        return;
    }
    const QRectF ra = a->iconSceneRect();
    const QRectF rb = b->iconSceneRect();
    const QPointF ca = ra.center();
    const QPointF cb = rb.center();
    const double dx = cb.x() - ca.x();
    const double dy = cb.y() - ca.y();
    if (m_scene->routing() == DesignScene::Routing::Straight) {
        m_route << border(ra, cb) << border(rb, ca);
    } else if (std::abs(dx) >= std::abs(dy)) {
        const QPointF start(dx > 0 ? ra.right() + kGap : ra.left() - kGap, ca.y());
        const QPointF end(dx > 0 ? rb.left() - kGap : rb.right() + kGap, cb.y());
        const double midX = std::round((start.x() + end.x()) / 2);
        m_route << start;
        if (std::abs(start.y() - end.y()) > 0.5)
            m_route << QPointF(midX, start.y()) << QPointF(midX, end.y());
        m_route << end;
    } else {
        // Leave below the label, not through it.
        const double bottomA = a->pos().y() + a->size().height();
        const double bottomB = b->pos().y() + b->size().height();
        const QPointF start(ca.x(), dy > 0 ? bottomA + kGap : ra.top() - kGap);
        const QPointF end(cb.x(), dy > 0 ? rb.top() - kGap : bottomB + kGap);
        const double midY = std::round((start.y() + end.y()) / 2);
        m_route << start;
        if (std::abs(start.x() - end.x()) > 0.5)
            m_route << QPointF(start.x(), midY) << QPointF(end.x(), midY);
        m_route << end;
    }
    const QPointF tip = m_route.last();
    QLineF last(m_route.at(m_route.size() - 2), tip);
    if (last.length() > 0) {
        const QPointF unit = (tip - last.p1()) / last.length();
        const QPointF normal(-unit.y(), unit.x());
        m_head << tip << tip - unit * kHeadLength + normal * kHeadWidth << tip - unit * kHeadLength - normal * kHeadWidth;
    }
    // The label sits on the middle of the longest segment, where it is least in the way.
    int longest = 0;
    for (int i = 1; i + 1 < m_route.size(); ++i)
        if (QLineF(m_route[i], m_route[i + 1]).length() > QLineF(m_route[longest], m_route[longest + 1]).length())
            longest = i;
    const QPointF mid = (m_route[longest] + m_route[longest + 1]) / 2;
    const QString text = labelText();
    const QFontMetricsF fm(labelFont());
    const QSizeF size(fm.horizontalAdvance(text) + 8, fm.height() + 2);
    m_labelRect = QRectF(mid - QPointF(size.width() / 2, size.height() / 2), size);
    m_bounds = m_route.boundingRect().united(m_head.boundingRect()).united(m_labelRect).adjusted(-4, -4, 4, 4);
}

QRectF ConnectionItem::boundingRect() const { return m_bounds; }

QPainterPath ConnectionItem::shape() const
{
    QPainterPath line;
    line.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath path = stroker.createStroke(line);
    path.addRect(m_labelRect);
    return path;
}

void ConnectionItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    if (m_route.size() < 2)
        return;
    const Connection* c = m_scene->document()->design().connection(m_id);
    if (!c)
        return;
    const bool traffic = Protocols::isTraffic(c->protocol);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = CanvasStyle::connectionColor(traffic);
    if (isSelected())
        color = CanvasStyle::selectionColor();
    else if (m_scene->isHighlighted(m_id))
        color = CanvasStyle::highlightColor();

    if (lod < CanvasStyle::kShapeLod) { // far away: thin hairlines, no head, no label
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(color, 0);
        painter->setPen(pen);
        painter->drawPolyline(m_route);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(color, traffic ? 1.6 : 1.3);
    if (!traffic)
        pen.setDashPattern({5, 3});
    if (isSelected())
        pen.setWidthF(2.4);
    else if (m_scene->isHighlighted(m_id))
        pen.setWidthF(3.5);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_route);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);

    if (lod < CanvasStyle::kLabelLod)
        return;
    painter->setPen(QPen(traffic ? QColor(0xC6, 0xCB, 0xD2) : QColor(0xDD, 0xE1, 0xE6), 0.8));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(traffic ? QColor(0x23, 0x2F, 0x3E) : QColor(0x6B, 0x75, 0x82));
    painter->drawText(m_labelRect, Qt::AlignCenter, labelText());
}

} // namespace sky
