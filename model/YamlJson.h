#pragma once

#include "model/Component.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sky {

/// Limits every YAML reader shares, so that hostile files fail fast and clearly.
struct YamlLimits {
    qsizetype maxBytes = 8 * 1024 * 1024;
    int maxDepth = 64;
    qsizetype maxNodes = 500'000; ///< counted after aliases are expanded (billion laughs)
};

/// Parses YAML text into JSON values with the YAML 1.2 core schema (plain true/false,
/// null/~, integers and floats; everything else, and every quoted scalar, is a string).
/// On failure returns nullopt and sets *error ("line L, column C: what").
std::optional<Json> yamlToJson(const QByteArray& yaml, QString* error, const YamlLimits& limits = {});

/// The same, for a reader of a named file: the error reads "SOURCE: line L, column C: what".
std::optional<Json> yamlToJson(const QByteArray& yaml, const QString& sourceName, QString* error);

} // namespace sky
