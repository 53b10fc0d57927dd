#pragma once

#include "exporters/diagram/DiagramRenderer.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sky {

/// What `export png|svg` and the docs exporter pass to the renderer.
struct DiagramOptions {
    double scale = 2;                 ///< PNG pixels per scene unit
    QHash<QString, Severity> badges;  ///< component id → severity (--highlight-issues)
    DiagramRenderer::Language language = DiagramRenderer::Language::English;
};

/// Diagram bytes from a design; the caller writes them atomically.
namespace DiagramExport {

/// The most pixels a PNG may have; a larger diagram is drawn at a smaller scale.
constexpr double kMaxPixels = 64.0 * 1024 * 1024;

/// PNG bytes; *usedScale (if given) says the scale actually used (lowered for huge designs).
QByteArray png(const Design& design, const DiagramOptions& options, double* usedScale = nullptr);
/// SVG bytes (well-formed XML; text escaped by QSvgGenerator).
QByteArray svg(const Design& design, const DiagramOptions& options);

/// Badges for what the loader warns about: an unknown type or a property value the
/// catalog refuses is a high finding (SKY-PROP-001) until the validator reports it itself.
QHash<QString, Severity> loadIssueBadges(const Design& design);

} // namespace DiagramExport
} // namespace sky
