#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// PLACEHOLDER for "Security posture": the lead replaces it with the validator's findings
/// (until then it points at `skyforge check`).
class SecurityPostureSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
