#pragma once

#include <QByteArray>
#include <QString>

namespace sky {

class Design;

/// Writes format skyforge/1: keys in a fixed order, two-space indent, components in
/// creation order, unknown keys kept, so that saved files diff well in git.
namespace DesignWriter {

QByteArray toBytes(const Design& design);
/// Atomic: the file is either the old one or the whole new one. On failure sets *error.
bool save(const Design& design, const QString& path, QString* error);

} // namespace DesignWriter
} // namespace sky
