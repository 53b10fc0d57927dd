#pragma once

#include "model/cost/CostEstimate.h"

#include <optional>

namespace sky {

class Catalog;
class Design;
class PriceTable;

/// Options of one estimate.
struct CostOptions {
    std::optional<int> dailyUsers;        ///< replaces settings.expected_daily_users
    const PriceTable* prices = nullptr;   ///< null = the bundled table of the design's region
};

/// Prices a design per component from a region's price table and the usage assumptions.
/// Pure model code: the CLI, the Cost dock and the document exporter share it.
namespace CostEstimator {

constexpr double kHoursPerMonth = 730.0;
constexpr double kDaysPerMonth = kHoursPerMonth / 24.0;

CostEstimate estimate(const Design& design, const Catalog& catalog, const CostOptions& options = {});

/// Money as the reports print it: "$1,234.56".
QString money(double amount);

} // namespace CostEstimator
} // namespace sky
