#pragma once

#include <QString>

class QSvgRenderer;

namespace sky {

/// The parsed renderer of a component type's icon (":/icons/<type>.svg"), or nullptr when
/// the type has none. One renderer per icon for the program's life, shared by the diagram
/// exporter and the window (parsing is the slow part of drawing an icon). Call from the
/// GUI thread only.
QSvgRenderer* iconRenderer(const QString& type);

} // namespace sky
