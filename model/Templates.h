#pragma once

#include "model/DesignReader.h"

#include <QString>
#include <QStringList>

namespace sky::Templates {

/// The bundled template names, e.g. "web-app-ecs".
QStringList names();
/// One line that says what a template is (its design's name).
QString title(const QString& name);
/// The template's file bytes, empty if there is no such template.
QByteArray bytes(const QString& name);
LoadResult load(const QString& name);

} // namespace sky::Templates
