#pragma once

#include "model/cost/CostEstimator.h"

#include <QStringList>
#include <vector>

namespace sky {

/// The estimate at one number of daily users.
struct GrowthPoint {
    int dailyUsers = 0;
    double monthly = 0;
    std::vector<ServiceLoad> services;
    QStringList advice; ///< what to change before reaching this load
    QStringList adviceEs; ///< the same, in Spanish
};

/// Monthly cost as the user base grows: tasks scale within min/max, then the advice says
/// to raise max_tasks or size up.
namespace CostGrowth {

/// 50, 100, 250, 500, 1,000, 5,000 and 10,000 daily users.
const std::vector<int>& defaultSteps();

std::vector<GrowthPoint> project(const Design& design, const Catalog& catalog, const CostOptions& options = {},
                                 const std::vector<int>& steps = defaultSteps());

} // namespace CostGrowth
} // namespace sky
