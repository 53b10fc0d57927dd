#pragma once

#include "model/Document.h"
#include "model/cost/CostEstimator.h"

#include <QStringList>
#include <vector>

namespace sky {

/// One change to a design, as Document::setValue takes it.
struct DesignEdit {
    Target target = Target::Component;
    QString id;
    QString key;   ///< "properties.per_az", "settings.<key>"
    Json value;
};

/// A way to spend less while the user base is small, with its price in risk.
struct CostOptimisation {
    QString id;           ///< unique in a list: "<kind>:<component id>"
    QString kind;         ///< shared_nat, fargate_spot, arm64, db_single_az, db_smaller_class, log_retention,
                          ///< cloudfront_price_class, scheduled_scaling, savings_plan, reserved_db, s3_lifecycle
    QString componentId;
    QString title;
    double monthlySaving = 0;
    QString tradeoff;
    std::vector<DesignEdit> edits; ///< empty: advice only (no design property expresses it)
    QString titleEs;      ///< title and trade-off in Spanish (the Spanish architecture document)
    QString tradeoffEs;

    bool adviceOnly() const { return edits.empty(); }
};

/// Optimisations for the initial stage that apply to a design, largest saving first.
/// A suggestion with edits claims exactly the difference its edits make to the estimate.
namespace CostOptimiser {

std::vector<CostOptimisation> suggest(const Design& design, const Catalog& catalog, const CostOptions& options = {});

/// A copy of the design with the edits applied (component properties and design settings).
Design applied(const Design& design, const std::vector<DesignEdit>& edits);

/// The monthly total with the chosen optimisations: their edits applied together, then the
/// chosen advice-only savings as they stand on the edited design.
double totalWith(const Design& design, const Catalog& catalog, const CostOptions& options, const QStringList& ids);

QString targetName(Target target);

} // namespace CostOptimiser
} // namespace sky
