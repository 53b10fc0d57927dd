#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// "Deploy flow": GitHub Actions → tests → OIDC → image to ECR → ECS rolling deployment.
class DeployFlowSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
