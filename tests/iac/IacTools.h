#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

/// The external checkers of ../shared/tools for the iac tests: found beside the source tree
/// (SKYFORGE_SHARED_DIR, else SKYFORGE_SOURCE_DIR/../shared or ../../shared for worktrees).
namespace IacTools {

struct Result {
    bool ran = false;  ///< false: the tool is missing (the caller skips, or fails under CI=true)
    int code = -1;
    QString output;
};

QString sharedDir();
bool inCi();
/// Writes files into a fresh folder under `root` and returns its path.
QString writeModule(const QString& root, const QString& name, const QMap<QString, QByteArray>& files);
Result tfvalidate(const QString& dir);
Result tfcheck(const QString& dir);
/// `terraform init` offline from the provider mirror, then `terraform test`, in a copy of dir.
Result terraformTest(const QString& dir);

} // namespace IacTools
