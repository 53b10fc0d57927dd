#pragma once

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace sky {

class Catalog;
class Design;
class Document;

/// Where every component goes and how big every container is.
struct Layout {
    QHash<QString, QPointF> positions; ///< absolute top-left corners
    QHash<QString, QSizeF> sizes;      ///< containers only
};

/// Layered left-to-right layout by request flow (users → DNS/CDN/edge → load balancer →
/// compute → data). Leaves are ranked by the longest path of connections that reaches
/// them (cycles broken depth first); every container lays its children out in columns
/// by rank and is sized around them, so nothing overlaps.
namespace AutoLayout {

/// True when some component has no position (the loader leaves it unset).
bool needed(const Design& design);
Layout compute(const Catalog& catalog, const Design& design, QPointF origin = QPointF(40, 40));
/// Writes a layout into a design that is not yet in a document (after loading).
void apply(const Layout& layout, Design& design);
/// Lays out the document's design as one undo entry.
void run(Document& document);

} // namespace AutoLayout
} // namespace sky
