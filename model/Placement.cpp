#include "model/Placement.h"

#include "model/Catalog.h"
#include "model/Design.h"

namespace sky::Placement {

QString parentKey(const Catalog& catalog, const Design& design, const QString& parentId)
{
    if (parentId.isEmpty())
        return QStringLiteral("root");
    const Component* parent = design.component(parentId);
    if (!parent)
        return {};
    if (parent->type == QLatin1String("subnet")) {
        const Json tier = catalog.effectiveProperty(*parent, QStringLiteral("tier"));
        return tier == "public" ? QStringLiteral("subnet:public") : QStringLiteral("subnet:private");
    }
    return parent->type;
}

QString check(const Catalog& catalog, const Design& design, const QString& type, const QString& parentId)
{
    const ComponentType* t = catalog.type(type);
    if (!t)
        return QStringLiteral("'%1' is not a component type of the catalog").arg(type);
    const QString key = parentKey(catalog, design, parentId);
    if (key.isEmpty())
        return QStringLiteral("the container '%1' does not exist").arg(parentId);
    const bool fits = t->parents.contains(key)
        || (key.startsWith(QLatin1String("subnet:")) && t->parents.contains(QStringLiteral("subnet")));
    if (fits)
        return {};
    if (!t->placementHint.isEmpty())
        return t->placementHint;
    return QStringLiteral("A %1 cannot sit there").arg(t->label);
}

} // namespace sky::Placement
