#pragma once

#include "model/Component.h"

#include <QString>
#include <optional>

namespace sky {

/// An arrow: `from` opens traffic (or a call) to `to`.
struct Connection {
    QString id;
    QString from;
    QString to;
    QString protocol;
    std::optional<int> port; ///< as written; see Protocols::effectivePort
    QString label;
    Json extra = Json::object();

    bool operator==(const Connection&) const = default;
};

} // namespace sky
