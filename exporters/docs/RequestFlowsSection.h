#pragma once

#include "exporters/docs/DocSection.h"

namespace sky {

/// "Request flows": every path from the users to where the request is served, hop by
/// hop in the design's own names, with protocol and port, and the response back.
class RequestFlowsSection : public DocSection {
public:
    QString markdown(const DocContext& context) const override;
};

} // namespace sky
