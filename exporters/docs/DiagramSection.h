#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// The embedded diagram image and a Mermaid flowchart of the same design (renders on GitHub).
class DiagramSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
