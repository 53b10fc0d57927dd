#include "exporters/diagram/DiagramRenderer.h"

#include "exporters/diagram/DiagramStyle.h"
#include "exporters/diagram/EdgeRouter.h"
#include "exporters/diagram/IconRenderer.h"
#include "model/Catalog.h"
#include "model/DesignSettings.h"
#include "model/Protocols.h"
#include "model/Regions.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <algorithm>

namespace sky {

namespace {

using namespace DiagramStyle;

constexpr double kNameDepth = 30; // the two lines of a name under an icon

struct LegendText {
    QString legend, traffic, controlPlane, awsCloud, region, vpc, publicSubnet, privateSubnet, findings,
        critical, high, medium, low, regionLine;
};

const LegendText& legendText(DiagramRenderer::Language language)
{
    static const LegendText en{
        QStringLiteral("Legend"), QStringLiteral("Traffic (protocol :port)"),
        QStringLiteral("Control plane (AWS API, DNS, TLS)"), QStringLiteral("AWS Cloud"), QStringLiteral("Region"),
        QStringLiteral("VPC"), QStringLiteral("Public subnet"), QStringLiteral("Private subnet"),
        QStringLiteral("Findings"), QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
        QStringLiteral("low"), QStringLiteral("Region %1 (%2) · %3 environment")};
    static const LegendText es{
        QStringLiteral("Leyenda"), QStringLiteral("Tráfico (protocolo :puerto)"),
        QStringLiteral("Plano de control (API de AWS, DNS, TLS)"), QStringLiteral("Nube de AWS"), QStringLiteral("Región"),
        QStringLiteral("VPC"), QStringLiteral("Subred pública"), QStringLiteral("Subred privada"),
        QStringLiteral("Hallazgos"), QStringLiteral("crítico"), QStringLiteral("alto"), QStringLiteral("medio"),
        QStringLiteral("bajo"), QStringLiteral("Región %1 (%2) · entorno %3")};
    return language == DiagramRenderer::Language::Spanish ? es : en;
}

QFont font(double pixelSize, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Arial")});
    f.setPixelSize(int(pixelSize));
    f.setBold(bold);
    return f;
}

QColor severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QColor(0xD1, 0x32, 0x12);
    case Severity::High: return QColor(0xEC, 0x72, 0x11);
    case Severity::Medium: return QColor(0xF2, 0xC9, 0x4C);
    case Severity::Low: return QColor(0x87, 0x91, 0x96);
    }
    return Qt::gray;
}

void paintArrowHead(QPainter& painter, const QPointF& tip, const QPointF& from, const QColor& colour)
{
    const QLineF back(tip, from);
    if (back.length() < 1e-6)
        return;
    const QLineF unit = back.unitVector();
    const QPointF d = (unit.p2() - unit.p1()) * 9;
    const QPointF n(-d.y() * 0.45, d.x() * 0.45);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(QPolygonF{tip, tip + d + n, tip + d - n});
    painter.restore();
}

} // namespace

DiagramRenderer::DiagramRenderer(const Design& design, const Catalog& catalog)
    : m_design(design)
    , m_catalog(catalog)
    , m_layout(design, catalog)
{
    const QRectF bounds = m_layout.bounds();
    m_offset = QPointF(kMargin - bounds.left(), kMargin + kTitleHeight - bounds.top());
}

QRectF DiagramRenderer::diagramArea() const { return m_layout.bounds().translated(m_offset); }

double DiagramRenderer::legendHeight() const { return m_badges.isEmpty() ? 74 : 100; }

QSizeF DiagramRenderer::size() const
{
    const QRectF area = diagramArea();
    return QSizeF(std::max(area.right() + kMargin, 880.0), area.bottom() + 24 + legendHeight() + kMargin);
}

QRectF DiagramRenderer::iconRect(const QString& id) const
{
    const QRectF box = m_layout.box(id).translated(m_offset);
    return QRectF(box.center().x() - kIconSize / 2, box.top() + 4, kIconSize, kIconSize);
}

QString DiagramRenderer::arrowLabel(const Connection& connection) const
{
    if (!connection.label.isEmpty())
        return connection.label;
    if (connection.protocol == QLatin1String("dns"))
        return QStringLiteral("DNS");
    if (connection.protocol == QLatin1String("tls"))
        return QStringLiteral("TLS");
    if (connection.protocol == QLatin1String("aws-api"))
        return QStringLiteral("AWS API");
    const auto port = Protocols::effectivePort(connection);
    return port ? QStringLiteral("%1 :%2").arg(Protocols::displayName(connection.protocol), QString::number(*port))
                : Protocols::displayName(connection.protocol);
}

QRectF DiagramRenderer::nameRect(const Component& component, QString* shown) const
{
    const QFontMetricsF metrics(font(11.5));
    const QRectF icon = iconRect(component.id);
    const QRectF textRect(icon.center().x() - 75, icon.bottom() + 4, 150, metrics.lineSpacing() * 3 + 1);
    const QString name = m_catalog.displayName(component);
    const QRectF needed = metrics.boundingRect(textRect, Qt::AlignHCenter | Qt::TextWordWrap, name);
    const QString text = needed.height() > textRect.height() + 0.5
        ? metrics.elidedText(name, Qt::ElideRight, textRect.width() * 2.6) : name;
    if (shown)
        *shown = text;
    return metrics.boundingRect(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text).intersected(textRect);
}

QRectF DiagramRenderer::tabRect(const Component& group) const
{
    const QRectF box = m_layout.box(group.id).translated(m_offset);
    const double text = QFontMetricsF(font(12, true)).horizontalAdvance(m_catalog.displayName(group));
    return QRectF(box.topLeft(), QSizeF(std::min(box.width(), kTabHeight + 10 + text), kTabHeight));
}

std::vector<DiagramRenderer::Arrow> DiagramRenderer::routeArrows() const
{
    std::vector<QRectF> obstacles;
    for (const Component& c : m_design.components())
        if (!m_layout.isContainer(c))
            obstacles.push_back(m_layout.box(c.id).translated(m_offset));
        else
            obstacles.push_back(tabRect(c)); // arrows should not strike through a group's name either
    EdgeRouter router(std::move(obstacles));
    struct Ends {
        const Connection* connection;
        QRectF from, to, fromBox, toBox, fromName, toName;
    };
    std::vector<Ends> ends;
    for (const Connection& k : m_design.connections()) {
        const Component* from = m_design.component(k.from);
        const Component* to = m_design.component(k.to);
        if (!from || !to || k.from == k.to)
            continue;
        ends.push_back({&k, iconRect(k.from), iconRect(k.to), m_layout.box(k.from).translated(m_offset),
                        m_layout.box(k.to).translated(m_offset), nameRect(*from), nameRect(*to)});
    }
    // Two passes: in the second, each arrow knows where all the others went (an early arrow
    // would otherwise take the side of an icon a later one needs).
    std::vector<QPolygonF> lines;
    for (const Ends& e : ends)
        lines.push_back(router.route(e.from, e.to, e.fromBox, e.toBox, kNameDepth, e.fromName, e.toName));
    for (size_t i = 0; i < ends.size(); ++i) {
        const Ends& e = ends[i];
        lines[i] = router.reroute(i, e.from, e.to, e.fromBox, e.toBox, kNameDepth, e.fromName, e.toName);
    }
    std::vector<Arrow> arrows;
    for (size_t i = 0; i < ends.size(); ++i)
        if (lines[i].size() >= 2)
            arrows.push_back({ends[i].connection, lines[i], arrowLabel(*ends[i].connection),
                              !Protocols::isTraffic(ends[i].connection->protocol)});
    return arrows;
}

DiagramRenderer::Geometry DiagramRenderer::geometry() const
{
    Geometry g;
    for (const Component& c : m_design.components()) {
        if (m_layout.isContainer(c)) {
            g.tabs.push_back(tabRect(c));
        } else {
            g.icons.insert(c.id, iconRect(c.id));
            g.names.insert(c.id, nameRect(c));
        }
    }
    for (const Arrow& arrow : routeArrows())
        g.arrows.push_back({arrow.connection->from, arrow.connection->to, arrow.line});
    return g;
}

void DiagramRenderer::paint(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(QRectF(QPointF(0, 0), size()), Qt::white);
    paintTitle(painter);
    paintGroups(painter);
    const std::vector<Arrow> arrows = routeArrows();
    paintArrows(painter, arrows);
    paintComponents(painter);
    paintArrowLabels(painter, arrows);
    paintLegend(painter);
    painter.restore();
}

void DiagramRenderer::paintTitle(QPainter& painter) const
{
    const LegendText& t = legendText(m_language);
    painter.setPen(kInk);
    painter.setFont(font(22, true));
    const double width = size().width() - 2 * kMargin;
    const QString title = QFontMetricsF(painter.font()).elidedText(m_design.name, Qt::ElideRight, width);
    painter.drawText(QRectF(kMargin, kMargin - 6, width, 30), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setPen(kMuted);
    painter.setFont(font(13));
    QString environment = DesignSettings::environment(m_design);
    if (m_language == Language::Spanish) {
        static const QHash<QString, QString> spanish{{QStringLiteral("production"), QStringLiteral("producción")},
                                                     {QStringLiteral("staging"), QStringLiteral("preproducción")},
                                                     {QStringLiteral("development"), QStringLiteral("desarrollo")}};
        environment = spanish.value(environment, environment);
    }
    const QString line = t.regionLine.arg(Regions::displayName(m_design.region), m_design.region, environment);
    painter.drawText(QRectF(kMargin, kMargin + 26, width, 20), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(line, Qt::ElideRight, width));
}

void DiagramRenderer::paintGroup(QPainter& painter, const QRectF& rect, const QString& label, const QString& icon,
                                 const QColor& border, const QColor& fill, bool dashed) const
{
    painter.save();
    QPen pen(border, 1.5);
    if (dashed)
        pen.setDashPattern({6, 4});
    painter.setPen(pen);
    painter.setBrush(fill.isValid() ? QBrush(fill) : Qt::NoBrush);
    painter.drawRect(rect);
    // The tab: a small icon square in the top-left corner, the group's name beside it.
    const QRectF tab(rect.topLeft(), QSizeF(kTabHeight, kTabHeight));
    painter.setPen(Qt::NoPen);
    painter.setBrush(border);
    painter.drawRect(tab);
    if (icon == QLatin1String("aws-cloud")) {
        // A white cloud glyph: three overlapping circles on a flat base.
        QPainterPath cloud;
        const QPointF c = tab.center();
        cloud.addEllipse(c + QPointF(-4.5, 1), 4, 4);
        cloud.addEllipse(c + QPointF(0, -2), 5, 5);
        cloud.addEllipse(c + QPointF(4.5, 1), 4, 4);
        cloud.addRect(QRectF(c + QPointF(-4.5, 1), QSizeF(9, 4)));
        cloud.setFillRule(Qt::WindingFill);
        painter.setBrush(Qt::white);
        painter.drawPath(cloud.simplified());
    } else if (QSvgRenderer* svg = iconRenderer(icon)) {
        svg->render(&painter, tab.adjusted(2, 2, -2, -2));
    }
    painter.setPen(border == kPublicBorder ? border.darker(130) : border);
    painter.setFont(font(12, true));
    const double width = std::max(10.0, rect.width() - kTabHeight - 12);
    painter.drawText(QRectF(tab.right() + 6, rect.top(), width, kTabHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(label, Qt::ElideRight, width));
    painter.restore();
}

void DiagramRenderer::paintGroups(QPainter& painter) const
{
    const LegendText& t = legendText(m_language);
    if (!m_layout.awsCloud().isNull())
        paintGroup(painter, m_layout.awsCloud().translated(m_offset), t.awsCloud, QStringLiteral("aws-cloud"), kInk,
                   QColor(), false);
    // Outer groups first so that inner ones paint over them.
    std::vector<std::pair<int, const Component*>> groups;
    for (const Component& c : m_design.components()) {
        if (!m_layout.isContainer(c))
            continue;
        int depth = 0;
        for (const Component* p = m_design.component(c.parent); p && depth < 64; p = m_design.component(p->parent))
            ++depth;
        groups.emplace_back(depth, &c);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [depth, c] : groups) {
        Q_UNUSED(depth);
        const QRectF rect = m_layout.box(c->id).translated(m_offset);
        const QString name = m_catalog.displayName(*c);
        if (c->type == QLatin1String("region")) {
            paintGroup(painter, rect, name, QStringLiteral("region"), kRegion, QColor(), true);
        } else if (c->type == QLatin1String("vpc")) {
            paintGroup(painter, rect, name, QStringLiteral("vpc"), kVpc, QColor(), false);
        } else {
            const bool isPublic = m_catalog.effectiveProperty(*c, QStringLiteral("tier")) == Json("public");
            paintGroup(painter, rect, name, QStringLiteral("subnet"), isPublic ? kPublicBorder : kPrivateBorder,
                       isPublic ? kPublicFill : kPrivateFill, false);
        }
    }
}

void DiagramRenderer::paintArrows(QPainter& painter, const std::vector<Arrow>& arrows) const
{
    painter.save();
    painter.setBrush(Qt::NoBrush);
    for (const Arrow& arrow : arrows) {
        const QColor colour = arrow.controlPlane ? kControlPlane : kInk;
        QPen pen(colour, arrow.controlPlane ? 1.3 : 1.7);
        if (arrow.controlPlane)
            pen.setDashPattern({5, 4});
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.drawPolyline(arrow.line);
        paintArrowHead(painter, arrow.line.last(), arrow.line.at(arrow.line.size() - 2), colour);
    }
    painter.restore();
}

void DiagramRenderer::paintArrowLabels(QPainter& painter, const std::vector<Arrow>& arrows) const
{
    painter.save();
    painter.setFont(font(10.5));
    const QFontMetricsF metrics(painter.font());
    std::vector<QRectF> taken;
    for (const Component& c : m_design.components())
        if (!m_layout.isContainer(c))
            taken.push_back(iconRect(c.id));
    for (const Arrow& arrow : arrows) {
        const QString text = metrics.elidedText(arrow.label, Qt::ElideRight, 150);
        const QSizeF textSize(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
        // The longest segment carries the label; slide along it until the label is free.
        qsizetype longest = 1;
        for (qsizetype i = 1; i < arrow.line.size(); ++i)
            if (QLineF(arrow.line.at(i - 1), arrow.line.at(i)).length()
                > QLineF(arrow.line.at(longest - 1), arrow.line.at(longest)).length())
                longest = i;
        const QLineF segment(arrow.line.at(longest - 1), arrow.line.at(longest));
        QRectF rect;
        for (double f : {0.5, 0.35, 0.65, 0.2, 0.8, 0.5}) {
            rect = QRectF(QPointF(), textSize);
            rect.moveCenter(segment.pointAt(f));
            if (std::none_of(taken.begin(), taken.end(), [&](const QRectF& r) { return r.intersects(rect); }))
                break;
        }
        taken.push_back(rect);
        painter.setPen(QPen(arrow.controlPlane ? kControlPlane : kInk, 0.8));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(rect, 3, 3);
        painter.setPen(arrow.controlPlane ? kMuted : kInk);
        painter.drawText(rect, Qt::AlignCenter, text);
    }
    painter.restore();
}

void DiagramRenderer::paintComponents(QPainter& painter) const
{
    painter.save();
    painter.setFont(font(11.5));
    const QFontMetricsF metrics(painter.font());
    for (const Component& c : m_design.components()) {
        if (m_layout.isContainer(c))
            continue;
        const QRectF icon = iconRect(c.id);
        if (QSvgRenderer* svg = iconRenderer(c.type)) {
            svg->render(&painter, icon);
        } else {
            // A type the catalog does not know: a neutral tile with a question mark.
            painter.setPen(Qt::NoPen);
            painter.setBrush(kMuted);
            painter.drawRoundedRect(icon, 6, 6);
            painter.setPen(Qt::white);
            painter.setFont(font(26, true));
            painter.drawText(icon, Qt::AlignCenter, QStringLiteral("?"));
            painter.setFont(font(11.5));
        }
        // The name under the icon: up to three lines, wider than the icon.
        const QRectF textRect(icon.center().x() - 75, icon.bottom() + 4, 150, metrics.lineSpacing() * 3 + 1);
        QString shown;
        nameRect(c, &shown);
        painter.setPen(kInk);
        painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, shown);
        if (m_badges.contains(c.id))
            paintBadge(painter, icon, m_badges.value(c.id));
    }
    painter.restore();
}

void DiagramRenderer::paintBadge(QPainter& painter, const QRectF& icon, Severity severity) const
{
    painter.save();
    const QRectF badge(icon.right() - 10, icon.top() - 8, 20, 20);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(severityColour(severity));
    painter.drawEllipse(badge);
    painter.setPen(severity == Severity::Medium ? kInk : Qt::white);
    painter.setFont(font(13, true));
    painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    painter.restore();
}

void DiagramRenderer::paintLegend(QPainter& painter) const
{
    const LegendText& t = legendText(m_language);
    painter.save();
    const QRectF area(kMargin, diagramArea().bottom() + 24, size().width() - 2 * kMargin, legendHeight());
    painter.setPen(QPen(QColor(0xD5, 0xDB, 0xDB), 1));
    painter.setBrush(QColor(0xFA, 0xFA, 0xFA));
    painter.drawRect(area);
    painter.setFont(font(12, true));
    painter.setPen(kInk);
    painter.drawText(QRectF(area.left() + 12, area.top() + 6, 200, 18), Qt::AlignLeft | Qt::AlignVCenter, t.legend);
    painter.setFont(font(11.5));
    const QFontMetricsF metrics(painter.font());
    double x = area.left() + 12;
    double y = area.top() + 36;
    const auto arrowSample = [&](bool control, const QString& text) {
        QPen pen(control ? kControlPlane : kInk, control ? 1.3 : 1.7);
        if (control)
            pen.setDashPattern({5, 4});
        painter.setPen(pen);
        painter.drawLine(QPointF(x, y), QPointF(x + 36, y));
        paintArrowHead(painter, QPointF(x + 40, y), QPointF(x, y), control ? kControlPlane : kInk);
        painter.setPen(kInk);
        painter.drawText(QRectF(x + 48, y - 9, 400, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 48 + metrics.horizontalAdvance(text) + 28;
    };
    arrowSample(false, t.traffic);
    arrowSample(true, t.controlPlane);
    const auto groupSample = [&](const QColor& border, const QColor& fill, bool dashed, const QString& text) {
        QPen pen(border, 1.5);
        if (dashed)
            pen.setDashPattern({4, 3});
        painter.setPen(pen);
        painter.setBrush(fill.isValid() ? QBrush(fill) : Qt::NoBrush);
        painter.drawRect(QRectF(x, y - 8, 22, 16));
        painter.setPen(kInk);
        painter.drawText(QRectF(x + 28, y - 9, 300, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 28 + metrics.horizontalAdvance(text) + 22;
    };
    if (x > area.left() + 12 + 420) { // groups on their own row when the arrow samples are long
        x = area.left() + 12;
        y += 26;
    }
    const bool twoRows = y > area.top() + 40;
    if (!twoRows)
        x += 8;
    groupSample(kInk, QColor(), false, t.awsCloud);
    groupSample(kRegion, QColor(), true, t.region);
    groupSample(kVpc, QColor(), false, t.vpc);
    groupSample(kPublicBorder, kPublicFill, false, t.publicSubnet);
    groupSample(kPrivateBorder, kPrivateFill, false, t.privateSubnet);
    if (!m_badges.isEmpty()) {
        x = area.left() + 12;
        y += 26;
        painter.drawText(QRectF(x, y - 9, 200, 18), Qt::AlignLeft | Qt::AlignVCenter, t.findings + QLatin1Char(':'));
        x += metrics.horizontalAdvance(t.findings) + 20;
        const std::pair<Severity, QString> levels[] = {{Severity::Critical, t.critical}, {Severity::High, t.high},
                                                        {Severity::Medium, t.medium}, {Severity::Low, t.low}};
        for (const auto& [severity, text] : levels) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(severityColour(severity));
            painter.drawEllipse(QRectF(x, y - 7, 14, 14));
            painter.setPen(kInk);
            painter.drawText(QRectF(x + 20, y - 9, 200, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
            x += 20 + metrics.horizontalAdvance(text) + 20;
        }
    }
    painter.restore();
}

} // namespace sky
