#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// "Components": the inventory table with each component's key properties.
class ComponentsSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
