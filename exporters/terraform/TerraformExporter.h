#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sky {

class Catalog;
class Design;

/// The files of an exported Terraform module, or why the design cannot be exported.
struct TerraformExport {
    QMap<QString, QByteArray> files; ///< relative path -> content; empty on error
    QString error;                   ///< one line naming the component and the fix
    QStringList notes;               ///< what the module leaves to the team (also in its README)

    bool ok() const { return error.isEmpty(); }
};

/// Exports a design as a Terraform module: versions.tf, providers.tf, variables.tf, one file
/// per concern holding only what the design contains, outputs.tf, README.md and
/// tests/security.tftest.hcl. Pure: reads the design, returns bytes.
///
/// The concern files are written on up to `threads` threads (0: one per core); the module is
/// byte for byte the same whatever the number.
namespace TerraformExporter {

TerraformExport exportDesign(const Design& design, const Catalog& catalog, int threads = 0);
TerraformExport exportDesign(const Design& design);

} // namespace TerraformExporter
} // namespace sky
