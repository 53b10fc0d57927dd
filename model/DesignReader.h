#pragma once

#include "model/Design.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sky {

/// What loading a .skyforge file gave: a design, or one error; and the warnings.
struct LoadResult {
    std::optional<Design> design;
    QString error;        ///< "FILE: components[3].parent: what is wrong (how to fix)"
    QStringList warnings; ///< "components[2].properties.multi_az: ..." — loaded anyway

    bool ok() const { return design.has_value(); }
};

/// Reads format skyforge/1 (FORMAT.md). Never throws, never crashes; refuses a file whole.
namespace DesignReader {

constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;
constexpr int kMaxDepth = 32;
constexpr int kMaxComponents = 200'000;
constexpr int kMaxConnections = 400'000;
constexpr int kMaxTextLength = 64 * 1024;

LoadResult readFile(const QString& path);
/// `displayName` names the source in messages (usually the file path).
LoadResult readBytes(const QByteArray& bytes, const QString& displayName);
/// readBytes without its fast path for clean files: the reference that the fast path must
/// agree with, design for design (the tests compare the two).
LoadResult readBytesFully(const QByteArray& bytes, const QString& displayName);

} // namespace DesignReader
} // namespace sky
