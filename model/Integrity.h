#pragma once

#include <QStringList>

namespace sky {

class Design;

/// The invariants every design in memory keeps: unique ids, existing parents that are
/// containers, no parent cycles, connection ends that exist and are not containers.
namespace Integrity {

/// Every broken invariant, as "path: what" lines; empty when the design is sound.
QStringList problems(const Design& design);

} // namespace Integrity
} // namespace sky
