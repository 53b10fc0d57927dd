#include "model/Integrity.h"

#include "model/Catalog.h"
#include "model/Design.h"

#include <QSet>

namespace sky::Integrity {

QStringList problems(const Design& design)
{
    QStringList out;
    const Catalog& catalog = Catalog::builtin();
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
