#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sky {

/// The one way every command and the window write output: never a half-written file.
namespace AtomicOutput {

/// Replaces `path` with `bytes` atomically (QSaveFile). On failure sets *error and
/// leaves any existing file as it was.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error);

/// Writes a set of files (relative path → content) into `dir`. A new folder is built
/// beside the target and renamed into place, so a failure leaves nothing behind; into an
/// existing folder each file is replaced atomically and other files are left alone.
bool writeDirectory(const QString& dir, const QMap<QString, QByteArray>& files, QString* error);

} // namespace AtomicOutput
} // namespace sky
