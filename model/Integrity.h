#pragma once

#include <QStringList>
#include <vector>

namespace sky {

class Design;

/// The invariants every design in memory keeps: unique ids, existing parents that are
/// containers, no parent cycles, connection ends that exist and are not containers.
namespace Integrity {

/// Every broken invariant, as "path: what" lines; empty when the design is sound.
QStringList problems(const Design& design);

/// Whether following parents (parentOf[i]: the index of i's parent, or -1) never loops.
/// Linear: each component is walked once.
bool parentsAcyclic(const std::vector<int>& parentOf);

} // namespace Integrity
} // namespace sky
