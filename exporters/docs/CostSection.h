#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// PLACEHOLDER for "Cost": the lead replaces it with the cost engine's estimate and optimisations
/// (until then it points at `skyforge cost`).
class CostSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
