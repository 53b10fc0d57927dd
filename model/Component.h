#pragma once

#include <QPointF>
#include <QSizeF>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace sky {

using Json = nlohmann::json;

/// A finding of one rule that the team accepted for one component, with why.
struct Suppression {
    QString rule;
    QString reason;
    bool operator==(const Suppression&) const = default;
};

/// One box of the design: a leaf component or a container (region, vpc, subnet).
/// A plain value; the Document owns the only copy and addresses it by id.
struct Component {
    QString id;
    QString type;
    QString name;                   ///< empty = the type's label
    QString parent;                 ///< empty = top level
    std::optional<QPointF> position;
    std::optional<QSizeF> size;
    Json properties = Json::object(); ///< only the values set in the file or by the user
    QString notes;
    std::vector<Suppression> suppressions;
    Json extra = Json::object();    ///< unknown keys, kept for forward compatibility

    bool operator==(const Component&) const = default;
};

} // namespace sky
