#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// "Cost": the estimate with its basis, the growth table and the optimisations for a small start.
class CostSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
