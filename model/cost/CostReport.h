#pragma once

#include "model/cost/CostGrowth.h"
#include "model/cost/CostOptimiser.h"

#include <QString>

namespace sky {

/// The estimate, the growth table and the optimisations as `skyforge cost` prints them
/// (CLI.md), shared with the document exporter.
namespace CostReport {

/// { currency, region, price_region, as_of, daily_users, monthly_total, items[{component, name,
/// category, monthly, basis, parts[]}], assumptions[], warnings[], growth[], optimisations[] };
/// money rounded to cents, monthly_total the sum of the rounded items.
Json toJson(const CostEstimate& estimate, const std::vector<GrowthPoint>& growth,
            const std::vector<CostOptimisation>& optimisations);

/// The plain-text report: items with their basis, total, assumptions, growth table, optimisations.
QString toText(const QString& designName, const CostEstimate& estimate, const std::vector<GrowthPoint>& growth,
               const std::vector<CostOptimisation>& optimisations);

/// Rounds money to cents.
double cents(double amount);

} // namespace CostReport
} // namespace sky
