#pragma once

#include "exporters/diagram/DiagramLayout.h"
#include "model/Design.h"
#include "model/Severity.h"

#include <QColor>
#include <QHash>
#include <QPolygonF>
#include <QSizeF>
#include <QString>
#include <vector>

class QPainter;

namespace sky {

class Catalog;

/// Paints a design as an AWS architecture diagram on any QPaintDevice (QImage for PNG,
/// QSvgGenerator for SVG): groups (AWS Cloud, Region, VPC, subnets) with name tabs,
/// icons with names, arrows labelled with protocol and port, a title and a legend.
/// QtGui only, so it runs on the offscreen platform without widgets.
class DiagramRenderer {
public:
    enum class Language { English, Spanish };

    DiagramRenderer(const Design& design, const Catalog& catalog);

    /// Severity badges to draw on components (component id → worst severity).
    void setBadges(QHash<QString, Severity> badges) { m_badges = std::move(badges); }
    /// The language of the legend and the title's second line.
    void setLanguage(Language language) { m_language = language; }

    /// The canvas size in scene units (1 unit = 1 pixel at scale 1).
    QSizeF size() const;
    /// Paints the whole canvas at the painter's current transform, origin top-left.
    void paint(QPainter& painter) const;

    /// Where things land on the canvas, for checking the drawing without reading pixels.
    struct Geometry {
        struct RoutedArrow {
            QString from, to; ///< component ids
            QPolygonF line;   ///< from the source's edge to the arrow head
        };
        QHash<QString, QRectF> icons;  ///< component id → icon
        QHash<QString, QRectF> names;  ///< component id → the name written under its icon
        std::vector<QRectF> tabs;      ///< group name tabs (icon square and name)
        std::vector<RoutedArrow> arrows;
    };
    Geometry geometry() const;

private:
    struct Arrow {
        const Connection* connection;
        QPolygonF line;
        QString label;
        bool controlPlane;
    };

    QRectF iconRect(const QString& id) const;
    /// The name under a component's icon: up to three lines, wider than the icon.
    QRectF nameRect(const Component& component, QString* shown = nullptr) const;
    /// A group's name tab: the icon square and the name beside it.
    QRectF tabRect(const Component& group) const;
    QString arrowLabel(const Connection& connection) const;
    std::vector<Arrow> routeArrows() const;
    QRectF diagramArea() const;
    double legendHeight() const;

    void paintTitle(QPainter& painter) const;
    void paintGroups(QPainter& painter) const;
    void paintGroup(QPainter& painter, const QRectF& rect, const QString& label, const QString& icon,
                    const QColor& border, const QColor& fill, bool dashed) const;
    void paintArrows(QPainter& painter, const std::vector<Arrow>& arrows) const;
    void paintArrowLabels(QPainter& painter, const std::vector<Arrow>& arrows) const;
    void paintComponents(QPainter& painter) const;
    void paintBadge(QPainter& painter, const QRectF& icon, Severity severity) const;
    void paintLegend(QPainter& painter) const;

    const Design& m_design;
    const Catalog& m_catalog;
    DiagramLayout m_layout;
    QHash<QString, Severity> m_badges;
    Language m_language = Language::English;
    QPointF m_offset; ///< scene → canvas
};

} // namespace sky
