#pragma once

#include <QString>
#include <optional>

namespace sky {

class Catalog;
struct Component;

/// The protocol and port a new connection between two components starts with.
struct ConnectionDefault {
    QString protocol;
    std::optional<int> port; ///< empty = the protocol's default (or none)
};

namespace ConnectionDefaults {

/// The pre-filled protocol/port for `from` → `to` (issue #3's table): ALB → ECS is http
/// on the service's container_port, ECS → RDS postgres 5432, users → ALB/CloudFront
/// https 443, ACM → tls, Route 53 → dns, calls to AWS APIs aws-api; otherwise https 443.
ConnectionDefault forPair(const Catalog& catalog, const Component& from, const Component& to);

} // namespace ConnectionDefaults
} // namespace sky
