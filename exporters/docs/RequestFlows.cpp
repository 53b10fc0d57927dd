#include "exporters/docs/RequestFlows.h"

#include "model/Design.h"
#include "model/Protocols.h"

#include <QSet>
#include <functional>

namespace sky::RequestFlows {

namespace {

std::vector<const Connection*> trafficFrom(const Design& design, const QString& id)
{
    std::vector<const Connection*> out;
    for (const QString& k : design.connectionsOf(id)) {
        const Connection* c = design.connection(k);
        if (c && c->from == id && Protocols::isTraffic(c->protocol) && design.component(c->to))
            out.push_back(c);
    }
    return out;
}

} // namespace

std::vector<Path> paths(const Design& design)
{
    std::vector<Path> out;
    std::function<void(Path&, QSet<QString>&)> extend = [&](Path& path, QSet<QString>& seen) {
        if (int(out.size()) >= kMaxPaths)
            return;
        const QString at = path.hops.back()->to;
        const auto next = int(path.hops.size()) < kMaxHops ? trafficFrom(design, at) : std::vector<const Connection*>{};
        bool extended = false;
        for (const Connection* c : next) {
            if (seen.contains(c->to))
                continue; // a cycle: the path ends before it loops
            extended = true;
            path.hops.push_back(c);
            seen.insert(c->to);
            extend(path, seen);
            seen.remove(c->to);
            path.hops.pop_back();
        }
        if (!extended)
            out.push_back(path);
    };
    for (const Component& c : design.components()) {
        if (c.type != QLatin1String("users"))
            continue;
        for (const Connection* entry : trafficFrom(design, c.id)) {
            Path path{{entry}};
            QSet<QString> seen{c.id, entry->to};
            extend(path, seen);
        }
    }
    return out;
}

const Component* dnsZoneFor(const Design& design, const QString& id)
{
    for (const QString& k : design.connectionsOf(id)) {
        const Connection* c = design.connection(k);
        if (c && c->to == id && c->protocol == QLatin1String("dns"))
            if (const Component* zone = design.component(c->from); zone && zone->type == QLatin1String("route53_zone"))
                return zone;
    }
    return nullptr;
}

const Component* certificateFor(const Design& design, const QString& id)
{
    for (const QString& k : design.connectionsOf(id)) {
        const Connection* c = design.connection(k);
        if (c && c->to == id && c->protocol == QLatin1String("tls"))
            if (const Component* cert = design.component(c->from); cert && cert->type == QLatin1String("acm_certificate"))
                return cert;
    }
    return nullptr;
}

std::vector<const Connection*> awsApiCalls(const Design& design, const QString& id)
{
    std::vector<const Connection*> out;
    for (const QString& k : design.connectionsOf(id)) {
        const Connection* c = design.connection(k);
        if (c && c->from == id && c->protocol == QLatin1String("aws-api") && design.component(c->to))
            out.push_back(c);
    }
    return out;
}

} // namespace sky::RequestFlows
