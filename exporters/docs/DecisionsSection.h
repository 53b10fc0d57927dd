#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// "Design decisions": one record (context, decision, alternatives, consequences) per significant
/// choice present in the design, written from its actual values.
class DecisionsSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
