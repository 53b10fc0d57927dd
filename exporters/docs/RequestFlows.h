#pragma once

#include <QString>
#include <vector>

namespace sky {

class Design;
struct Component;
struct Connection;

/// The request paths of a design, derived from its traffic connections (FORMAT.md:
/// connections are the single source of network intent).
namespace RequestFlows {

/// One path: hops[0] goes from a `users` component to an edge service; each next hop
/// starts where the previous one ended; the last ends where the request is served.
struct Path {
    std::vector<const Connection*> hops;
};

constexpr int kMaxPaths = 64;
constexpr int kMaxHops = 16;

/// Every path from every `users` component, grouped by entry in connection order.
std::vector<Path> paths(const Design& design);
/// The Route 53 zone whose `dns` connection aliases `id`, or nullptr.
const Component* dnsZoneFor(const Design& design, const QString& id);
/// The ACM certificate whose `tls` connection is attached to `id`, or nullptr.
const Component* certificateFor(const Design& design, const QString& id);
/// The `aws-api` calls a component makes (reading secrets, pulling images, writing logs).
std::vector<const Connection*> awsApiCalls(const Design& design, const QString& id);

} // namespace RequestFlows
} // namespace sky
