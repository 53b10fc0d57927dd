#pragma once

#include <QByteArray>

namespace sky {

class TerraformModule;

/// tests/security.tftest.hcl of an exported module: `terraform test` plans the module on a
/// mocked AWS provider (offline, no credentials) and asserts its security properties, at the
/// values the design sets (a design that turns one off is planned as designed).
namespace SecurityTest {

/// The file in UTF-8. Call after the concern generators and before moduleFiles().
QByteArray write(TerraformModule& m);

} // namespace SecurityTest
} // namespace sky
