#pragma once

#include "model/Catalog.h"
#include "model/Design.h"

#include <QHash>
#include <QString>
#include <span>
#include <string>
#include <vector>

namespace sky {

/// The indexes one validation run shares between all its rules, built once per run:
/// components by type, the parent of each component, and the incoming and outgoing
/// connections of each component (compressed adjacency lists). Components and
/// connections are addressed by their index in the design's vectors.
class ValidationContext {
public:
    ValidationContext(const Design& design, const Catalog& catalog);

    const Design& design() const { return m_design; }
    const Catalog& catalog() const { return m_catalog; }
    int componentCount() const { return int(m_design.components().size()); }
    const Component& component(int i) const { return m_design.components()[size_t(i)]; }
    const Connection& connection(int i) const { return m_design.connections()[size_t(i)]; }
    const ComponentType* typeOf(int i) const { return m_types[size_t(i)]; }

    /// Indexes of the components of one type, in creation order.
    std::span<const int> ofType(const QString& type) const;
    /// -1 for a top-level component.
    int parentOf(int i) const { return m_parent[size_t(i)]; }
    /// The nearest enclosing component of `type`, or -1.
    int ancestorOfType(int i, const QString& type) const;
    int from(int connection) const { return m_from[size_t(connection)]; }
    int to(int connection) const { return m_to[size_t(connection)]; }
    bool isTraffic(int connection) const { return m_traffic[size_t(connection)]; }
    /// Connection indexes leaving / entering a component.
    std::span<const int> outgoing(int i) const { return span(m_outStart, m_out, i); }
    std::span<const int> incoming(int i) const { return span(m_inStart, m_in, i); }

    /// A property's effective value (own, else the catalog default), without copying;
    /// null when neither exists. `key` and `qkey` are the same key in both string types.
    const Json& property(int i, const std::string& key, const QString& qkey) const;
    /// "public" or "private" for a subnet (its effective tier).
    bool isPublicSubnet(int i) const;

private:
    static std::span<const int> span(const std::vector<int>& start, const std::vector<int>& items, int i)
    {
        return {items.data() + start[size_t(i)], size_t(start[size_t(i) + 1] - start[size_t(i)])};
    }

    const Design& m_design;
    const Catalog& m_catalog;
    std::vector<const ComponentType*> m_types;
    QHash<QString, std::vector<int>> m_byType;
    std::vector<int> m_parent;
    std::vector<int> m_from, m_to;
    std::vector<char> m_traffic;
    std::vector<int> m_outStart, m_out, m_inStart, m_in;
};

} // namespace sky
