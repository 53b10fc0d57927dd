// The primitives that read one component at a time: property comparison, placement,
// and the catalog's own constraints (placement, property kinds and ranges).
#include "model/validation/CheckPrimitives.h"

#include "model/DesignSettings.h"
#include "model/Placement.h"
#include "model/Regions.h"
#include "model/validation/Condition.h"
#include "model/validation/ValidationContext.h"

namespace sky::CheckPrimitives {

QString checkStringList(const Json& params, const char* key, bool required)
{
    if (!params.contains(key))
        return required ? QStringLiteral("missing '%1'").arg(QLatin1String(key)) : QString();
    const Json& v = params[key];
    if (!v.is_array() || (required && v.empty()) || !std::all_of(v.begin(), v.end(), [](const Json& s) { return s.is_string(); }))
        return QStringLiteral("'%1' must be a list of names").arg(QLatin1String(key));
    return {};
}

QStringList stringList(const Json& params, const char* key)
{
    QStringList list;
    if (const auto it = params.find(key); it != params.end() && it->is_array())
        for (const Json& s : *it)
            if (s.is_string())
                list << QString::fromStdString(s.get<std::string>());
    return list;
}

QString checkKeys(const Json& params, const std::vector<std::string>& known)
{
    for (const auto& [k, v] : params.items())
        if (std::find(known.begin(), known.end(), k) == known.end())
            return QStringLiteral("unknown parameter '%1'").arg(QString::fromStdString(k));
    return {};
}

QString label(const ValidationContext& context, int component)
{
    const Component& c = context.component(component);
    return QStringLiteral("%1 (%2)").arg(context.catalog().displayName(c), c.id);
}

QString validateNone(const Json& params) { return checkKeys(params, {}); }

// ---- property ----

QString validateProperty(const Json& params)
{
    if (QString e = checkKeys(params, {"conditions"}); !e.isEmpty())
        return e;
    if (!params.contains("conditions"))
        return QStringLiteral("missing 'conditions'");
    QString error;
    if (!Condition::parseList(params["conditions"], &error))
        return error;
    return {};
}

void property(const CheckInput& in, std::vector<CheckHit>& hits)
{
    QString error;
    const auto conditions = Condition::parseList(in.params["conditions"], &error);
    if (!conditions)
        return;
    for (int i : in.subjects)
        for (const Condition& c : *conditions) {
            Condition::Result r = c.evaluate(in.context, i);
            if (r.holds)
                continue;
            CheckHit hit;
            hit.component = i;
            hit.key = r.key;
            hit.value = r.value;
            hit.expected = r.expected;
            hit.message = r.message;
            hit.detail = QStringLiteral("%1 is %2 (expected %3)").arg(r.key, r.value, r.expected);
            hits.push_back(std::move(hit));
        }
}

// ---- placement ----

QString validatePlacement(const Json& params)
{
    if (QString e = checkKeys(params, {"parent_type", "tier"}); !e.isEmpty())
        return e;
    if (!params.contains("parent_type") || !params["parent_type"].is_string())
        return QStringLiteral("missing 'parent_type' (a container type)");
    if (params.contains("tier") && !(params["tier"] == "public" || params["tier"] == "private"))
        return QStringLiteral("'tier' must be public or private");
    return {};
}

void placement(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const QString parentType = QString::fromStdString(in.params["parent_type"].get<std::string>());
    const QString tier = in.params.contains("tier") ? QString::fromStdString(in.params["tier"].get<std::string>()) : QString();
    const QString wanted = tier.isEmpty() ? QStringLiteral("a %1").arg(parentType)
                                          : QStringLiteral("a %1 %2").arg(tier, parentType);
    for (int i : in.subjects) {
        const int p = in.context.parentOf(i);
        bool fits = p >= 0 && in.context.component(p).type == parentType;
        if (fits && !tier.isEmpty())
            fits = in.context.isPublicSubnet(p) == (tier == QLatin1String("public"));
        if (fits)
            continue;
        CheckHit hit;
        hit.component = i;
        hit.peer = p >= 0 ? label(in.context, p) : QStringLiteral("the top level");
        hit.expected = wanted;
        hit.detail = QStringLiteral("sits in %1, not in %2").arg(hit.peer, wanted);
        hits.push_back(std::move(hit));
    }
}

// ---- the catalog's placement ----

void catalogPlacement(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    for (int i = 0; i < ctx.componentCount(); ++i) {
        if (!ctx.typeOf(i))
            continue; // an unknown type is SKY-PROP-001's
        const Component& c = ctx.component(i);
        const QString why = Placement::check(ctx.catalog(), ctx.design(), c.type, c.parent);
        if (why.isEmpty())
            continue;
        CheckHit hit;
        hit.component = i;
        hit.peer = c.parent.isEmpty() ? QStringLiteral("the top level") : c.parent;
        hit.detail = why;
        hits.push_back(std::move(hit));
    }
}

// ---- the catalog's property kinds and ranges, types and region ----

void catalogProperties(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    const Design& design = ctx.design();
    if (!Regions::isKnown(design.region)) {
        CheckHit hit;
        const auto regions = ctx.ofType(QStringLiteral("region"));
        hit.component = regions.empty() ? -1 : regions.front();
        hit.key = QStringLiteral("region");
        hit.value = design.region;
        hit.detail = QStringLiteral("the design's region '%1' is not an AWS region code (e.g. us-east-1)").arg(design.region);
        hits.push_back(std::move(hit));
    }
    for (const auto& [key, value] : design.settings.items()) {
        const QString k = QString::fromStdString(key);
        if (const QString why = DesignSettings::checkValue(k, value); !why.isEmpty()) {
            CheckHit hit;
            hit.key = QStringLiteral("settings.") + k;
            hit.value = Condition::text(value);
            hit.detail = QStringLiteral("setting %1 is %2: %3").arg(k, hit.value, why);
            hits.push_back(std::move(hit));
        }
    }
    for (int i = 0; i < ctx.componentCount(); ++i) {
        const Component& c = ctx.component(i);
        const ComponentType* type = ctx.typeOf(i);
        if (!type) {
            CheckHit hit;
            hit.component = i;
            hit.key = QStringLiteral("type");
            hit.value = c.type;
            hit.detail = QStringLiteral("'%1' is not a component type of the catalog").arg(c.type);
            hits.push_back(std::move(hit));
            continue;
        }
        for (const auto& [key, value] : c.properties.items()) {
            const QString k = QString::fromStdString(key);
            const PropertySpec* spec = type->property(k);
            const QString why = spec ? Catalog::checkValue(*spec, value)
                                     : QStringLiteral("%1 has no property '%2'").arg(type->label, k);
            if (why.isEmpty())
                continue;
            CheckHit hit;
            hit.component = i;
            hit.key = k;
            hit.value = Condition::text(value);
            hit.detail = spec ? QStringLiteral("%1 is %2: %3").arg(k, QString::fromStdString(value.dump()), why) : why;
            hits.push_back(std::move(hit));
        }
    }
}

} // namespace sky::CheckPrimitives
