#pragma once

#include "model/validation/Finding.h"

#include <vector>

namespace sky {

class Catalog;
class Design;
class RuleSet;

/// Checks a design against a rule set (RULES.md).
namespace Validator {

/// Every finding of every rule, worst first (then by rule, then in design order):
/// severities after the environment downgrade (HA rules are low in development),
/// suppressed findings kept and marked with their reason.
std::vector<Finding> validate(const Design& design, const RuleSet& rules);
std::vector<Finding> validate(const Design& design, const RuleSet& rules, const Catalog& catalog);

/// True if a finding that is not suppressed is at or above `threshold` (check's --fail-on).
bool hasUnsuppressedAtOrAbove(const std::vector<Finding>& findings, Severity threshold);

} // namespace Validator
} // namespace sky
