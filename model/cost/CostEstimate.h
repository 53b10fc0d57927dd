#pragma once

#include "model/cost/CostAssumptions.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sky {

/// One priced line of a component: a monthly figure and how it was reached.
struct CostPart {
    QString label;   ///< "vCPU", "storage", "hours", ...
    double monthly = 0;
    QString basis;   ///< "2 tasks × 0.5 vCPU × 730 h × $0.04048"
    QString basisEs; ///< the same in Spanish: "2 tareas × 0.5 vCPU × 730 h × $0.04048"
};

/// What one component costs per month.
struct CostItem {
    QString componentId;
    QString name;      ///< the component's display name
    QString type;
    QString category;  ///< the catalog category key
    double monthly = 0;
    std::vector<CostPart> parts;

    /// The parts' bases joined with " + " (in Spanish when asked).
    QString basis(bool spanish = false) const;
    const CostPart* part(const QString& label) const;
};

/// How an ECS service is sized at the estimate's load.
struct ServiceLoad {
    QString componentId;
    double peakRequestsPerSecond = 0;
    double capacityPerTask = 0;   ///< requests/s one task serves
    int tasksNeededAtPeak = 0;    ///< before the min/max bounds
    int baseTasks = 0;            ///< off-peak, within the bounds
    int peakTasks = 0;            ///< at peak, within the bounds
    double averageTasks = 0;
    int maxTasks = 0;
    bool cappedByMax() const { return tasksNeededAtPeak > maxTasks; }
};

/// A monthly cost estimate of a design at one load.
struct CostEstimate {
    QString error;        ///< set when no price table could be used at all; nothing else is valid then
    QString region;       ///< the design's region
    QString priceRegion;  ///< the region whose prices were used (us-east-1 as a fallback)
    QString asOf;
    QString currency = QStringLiteral("USD");
    int dailyUsers = 0;
    double total = 0;
    std::vector<CostItem> items;
    std::vector<ServiceLoad> services;
    std::vector<CostAssumption> assumptions;
    QStringList warnings;  ///< fallbacks and ignored overrides, in the user's terms
    QStringList warningsEs; ///< the same, in Spanish

    bool ok() const { return error.isEmpty(); }
    const CostItem* item(const QString& componentId) const;
    double monthly(const QString& componentId) const;
};

} // namespace sky
