#include "model/validation/ValidationContext.h"

#include "model/Protocols.h"

namespace sky {

namespace {
const Json kNull;
}

ValidationContext::ValidationContext(const Design& design, const Catalog& catalog)
    : m_design(design), m_catalog(catalog)
{
    const auto& components = design.components();
    const size_t n = components.size();
    m_types.resize(n);
    m_parent.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const Component& c = components[i];
        m_types[i] = catalog.type(c.type);
        m_byType[c.type].push_back(int(i));
        m_parent[i] = c.parent.isEmpty() ? -1 : design.componentIndex(c.parent);
    }
    const auto& connections = design.connections();
    const size_t m = connections.size();
    m_from.resize(m);
    m_to.resize(m);
    m_traffic.resize(m);
    m_outStart.assign(n + 1, 0);
    m_inStart.assign(n + 1, 0);
    for (size_t k = 0; k < m; ++k) {
        const Connection& c = connections[k];
        m_from[k] = design.componentIndex(c.from);
        m_to[k] = design.componentIndex(c.to);
        m_traffic[k] = Protocols::isTraffic(c.protocol);
        // A loaded design always has both ends; a broken one is skipped, never read out of range.
        if (m_from[k] >= 0 && m_to[k] >= 0) {
            ++m_outStart[size_t(m_from[k]) + 1];
            ++m_inStart[size_t(m_to[k]) + 1];
        }
    }
    for (size_t i = 0; i < n; ++i) {
        m_outStart[i + 1] += m_outStart[i];
        m_inStart[i + 1] += m_inStart[i];
    }
    m_out.resize(size_t(m_outStart[n]));
    m_in.resize(size_t(m_inStart[n]));
    std::vector<int> outFill(m_outStart.begin(), m_outStart.end() - 1);
    std::vector<int> inFill(m_inStart.begin(), m_inStart.end() - 1);
    for (size_t k = 0; k < m; ++k) {
        if (m_from[k] < 0 || m_to[k] < 0)
            continue;
        m_out[size_t(outFill[size_t(m_from[k])]++)] = int(k);
        m_in[size_t(inFill[size_t(m_to[k])]++)] = int(k);
    }
}

std::span<const int> ValidationContext::ofType(const QString& type) const
{
    const auto it = m_byType.constFind(type);
    if (it == m_byType.constEnd())
        return {};
    return {it->data(), it->size()};
}

int ValidationContext::ancestorOfType(int i, const QString& type) const
{
    // Parent chains are short and acyclic (the loader refuses cycles); the bound is a guard.
    int p = m_parent[size_t(i)];
    for (int depth = 0; p >= 0 && depth < 64; ++depth, p = m_parent[size_t(p)])
        if (component(p).type == type)
            return p;
    return -1;
}

const Json& ValidationContext::property(int i, const std::string& key, const QString& qkey) const
{
    const Json& own = component(i).properties;
    if (const auto it = own.find(key); it != own.end())
        return *it;
    if (const ComponentType* t = m_types[size_t(i)])
        if (const PropertySpec* spec = t->property(qkey))
            return spec->defaultValue;
    return kNull;
}

bool ValidationContext::isPublicSubnet(int i) const
{
    static const std::string key = "tier";
    static const QString qkey = QStringLiteral("tier");
    return component(i).type == QLatin1String("subnet") && property(i, key, qkey) == "public";
}

} // namespace sky
