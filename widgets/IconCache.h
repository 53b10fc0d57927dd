#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>

namespace sky {

/// The catalog type icons (":/icons/<type>.svg") rendered once per pixel size and
/// kept: painting never parses SVG.
namespace IconCache {

/// The icon of `type` at `pixels` square (device pixels); a neutral tile when the
/// type has no icon.
QPixmap pixmap(const QString& type, int pixels);
QIcon icon(const QString& type);

} // namespace IconCache
} // namespace sky
