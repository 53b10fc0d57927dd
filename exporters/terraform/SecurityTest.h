#pragma once

#include "exporters/terraform/HclWriter.h"

#include <QByteArray>

namespace sky {

class TerraformModule;

/// tests/security.tftest.hcl of an exported module: `terraform test` plans the module on a
/// mocked AWS provider (offline, no credentials) and asserts its security properties, at the
/// values the design sets (a design that turns one off is planned as designed).
namespace SecurityTest {

/// The assert blocks (they read only the design, so they can be written beside the concerns).
HclWriter assertions(const TerraformModule& m);
/// The file in UTF-8, around `assertions`. Call after the concern generators (it reads the
/// module's required inputs).
QByteArray write(const TerraformModule& m, HclWriter assertions);

} // namespace SecurityTest
} // namespace sky
