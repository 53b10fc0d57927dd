#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// "Overview": what the system is, in one paragraph generated from the design.
class OverviewSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
