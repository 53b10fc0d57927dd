#include "model/Integrity.h"

#include "model/Catalog.h"
#include "model/Design.h"

#include <QSet>
#include <vector>

namespace sky::Integrity {

namespace {

/// Whether the design keeps every invariant, decided with index arithmetic only: no text is
/// built and nothing is hashed twice. Loading a 10k-component file spent a tenth of its time
/// formatting "components[i]" paths for a design that had no problem to report.
bool isSound(const Design& design, const Catalog& catalog)
{
    const auto& components = design.components();
    const auto& connections = design.connections();
    // The index maps an id to one position: a component whose id maps elsewhere shares its id
    // (or the index is stale); a connection id must not name a component either.
    std::vector<char> container(components.size(), 0);
    for (size_t i = 0; i < components.size(); ++i) {
        if (design.componentIndex(components[i].id) != int(i) || design.connectionIndex(components[i].id) >= 0)
            return false;
        const ComponentType* type = catalog.type(components[i].type);
        container[i] = type && type->container;
    }
    for (size_t i = 0; i < connections.size(); ++i) {
        const Connection& c = connections[i];
        if (design.connectionIndex(c.id) != int(i) || design.componentIndex(c.id) >= 0)
            return false;
        const int from = design.componentIndex(c.from);
        const int to = design.componentIndex(c.to);
        if (from < 0 || to < 0 || container[size_t(from)] || container[size_t(to)])
            return false;
    }
    // Parents: existing, containers (or of a type the catalog does not know, as below), and no
    // cycle.
    std::vector<int> parentOf(components.size(), -1);
    for (size_t i = 0; i < components.size(); ++i) {
        const Component& c = components[i];
        if (c.parent.isEmpty())
            continue;
        const int p = design.componentIndex(c.parent);
        if (p < 0)
            return false;
        const ComponentType* parentType = catalog.type(components[size_t(p)].type);
        if (parentType && !parentType->container)
            return false;
        parentOf[i] = p;
    }
    return parentsAcyclic(parentOf);
}

} // namespace

bool parentsAcyclic(const std::vector<int>& parentOf)
{
    // 0 = not seen, 1 = on the current walk, 2 = done.
    std::vector<char> state(parentOf.size(), 0);
    std::vector<int> walk;
    for (size_t i = 0; i < parentOf.size(); ++i) {
        walk.clear();
        int up = int(i);
        while (up >= 0 && state[size_t(up)] != 2) {
            if (state[size_t(up)] == 1)
                return false; // a parent cycle
            state[size_t(up)] = 1;
            walk.push_back(up);
            up = parentOf[size_t(up)];
        }
        for (const int done : walk)
            state[size_t(done)] = 2;
    }
    return true;
}

QStringList problems(const Design& design)
{
    const Catalog& catalog = Catalog::builtin();
    if (isSound(design, catalog))
        return {};
    // Something is wrong: list every problem with its path, in file order.
    QStringList out;
    QSet<QString> ids;
    QSet<QString> reachesTop; // ancestors end at the top level or at a missing parent
    QSet<QString> inCycle;    // in a parent cycle or below one
    const auto& components = design.components();
    for (size_t i = 0; i < components.size(); ++i) {
        const Component& c = components[i];
        const QString at = QStringLiteral("components[%1]").arg(i);
        if (ids.contains(c.id))
            out << at + QStringLiteral(".id: '%1' is used twice").arg(c.id);
        ids.insert(c.id);
        if (design.componentIndex(c.id) != int(i))
            out << at + QStringLiteral(".id: index out of date");
        if (c.parent.isEmpty())
            continue;
        const Component* parent = design.component(c.parent);
        if (!parent) {
            out << at + QStringLiteral(".parent: '%1' does not exist").arg(c.parent);
            continue;
        }
        const ComponentType* parentType = catalog.type(parent->type);
        if (parentType && !parentType->container)
            out << at + QStringLiteral(".parent: '%1' is not a container").arg(c.parent);
        // Walk up until a known answer: linear overall, even for a 200,000-deep chain
        // (walking every chain in full was quadratic: a hostile file could hang the loader).
        QStringList path;
        QSet<QString> onPath;
        QString up = c.id;
        bool cycle = false;
        while (!up.isEmpty() && !reachesTop.contains(up)) {
            if (onPath.contains(up) || inCycle.contains(up)) {
                cycle = true;
                break;
            }
            onPath.insert(up);
            path << up;
            const Component* p = design.component(up);
            up = p ? p->parent : QString();
        }
        for (const QString& id : path)
            (cycle ? inCycle : reachesTop).insert(id);
        if (cycle)
            out << at + QStringLiteral(".parent: '%1' is inside itself (a parent cycle)").arg(c.id);
    }
    const auto& connections = design.connections();
    for (size_t i = 0; i < connections.size(); ++i) {
        const Connection& c = connections[i];
        const QString at = QStringLiteral("connections[%1]").arg(i);
        if (ids.contains(c.id))
            out << at + QStringLiteral(".id: '%1' is used twice").arg(c.id);
        ids.insert(c.id);
        for (const auto& [key, end] : {std::pair{"from", c.from}, std::pair{"to", c.to}}) {
            const Component* comp = design.component(end);
            if (!comp) {
                out << at + QStringLiteral(".%1: component '%2' does not exist").arg(QLatin1String(key), end);
            } else if (const ComponentType* t = catalog.type(comp->type); t && t->container) {
                out << at + QStringLiteral(".%1: '%2' is a container; connections join components")
                                .arg(QLatin1String(key), end);
            }
        }
    }
    return out;
}

} // namespace sky::Integrity
