#pragma once

#include <QColor>
#include <QString>

namespace sky {

enum class Severity;

/// Colours and sizes of the canvas, in AWS architecture-diagram conventions.
namespace CanvasStyle {

constexpr double kGrid = 20;     ///< grid spacing drawn
constexpr double kSnap = 10;     ///< positions snap to this
constexpr double kIconSize = 48; ///< leaf icon, scene units
constexpr double kTabHeight = 26;
/// Below this zoom labels are too small to read and are not drawn ("about 50 %").
constexpr double kLabelLod = 0.45;
/// Below this zoom items are drawn as plain shapes.
constexpr double kShapeLod = 0.25;

/// The AWS architecture-icon colour of a catalog category.
QColor categoryColor(const QString& category);
QColor severityColor(Severity severity);
/// Outline and fill of a container type; subnets by tier.
QColor containerOutline(const QString& type, bool publicTier);
QColor containerFill(const QString& type, bool publicTier);
QColor connectionColor(bool traffic);
QColor highlightColor();
QColor selectionColor();

} // namespace CanvasStyle
} // namespace sky
