#pragma once

#include "exporters/terraform/HclWriter.h"

#include <QByteArray>

namespace sky {

class TerraformModule;

/// tests/security.tftest.hcl of an exported module: `terraform test` plans the module on a
/// mocked AWS provider (offline, no credentials) and asserts its security properties, at the
/// values the design sets (a design that turns one off is planned as designed).
namespace SecurityTest {

/// The file up to the placeholders of the module's required inputs: the mocked provider and
/// the run block with its asserts, still open. They read only the design, so they are written
/// beside the concerns.
HclWriter assertions(const TerraformModule& m);
/// The file in UTF-8: `test` (from assertions()) with the placeholders of the required inputs,
/// closed. Call after the concern generators, which declare the inputs.
QByteArray write(const TerraformModule& m, HclWriter test);

} // namespace SecurityTest
} // namespace sky
