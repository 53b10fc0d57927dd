#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// "Security posture": the validator's open findings, the accepted ones with their reasons,
/// and the rules that pass.
class SecurityPostureSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
