#include "model/validation/Primitives.h"

#include "model/validation/CheckPrimitives.h"
#include "model/validation/Condition.h"
#include "model/validation/Rule.h"
#include "model/validation/ValidationContext.h"

namespace sky::Primitives {

namespace {

struct Entry {
    const char* name;
    QString (*validate)(const Json& params);
    void (*run)(const CheckInput& in, std::vector<CheckHit>& hits);
};

const std::vector<Entry>& entries()
{
    using namespace CheckPrimitives;
    static const std::vector<Entry> table{
        {"property", validateProperty, property},
        {"placement", validatePlacement, placement},
        {"catalog_placement", validateNone, catalogPlacement},
        {"catalog_properties", validateNone, catalogProperties},
        {"inbound_peers", validateInboundPeers, inboundPeers},
        {"outbound_peers", validateOutboundPeers, outboundPeers},
        {"reachability", validateReachability, reachability},
        {"connection_fit", validateConnectionFit, connectionFit},
        {"connected", validateConnected, connected},
        {"alarm_coverage", validateAlarmCoverage, alarmCoverage},
        {"private_egress_nat", validatePrivateEgress, privateEgress},
    };
    return table;
}

const Entry* find(const QString& name)
{
    for (const Entry& e : entries())
        if (name == QLatin1String(e.name))
            return &e;
    return nullptr;
}

} // namespace

QStringList names()
{
    QStringList list;
    for (const Entry& e : entries())
        list << QLatin1String(e.name);
    return list;
}

bool isKnown(const QString& name) { return find(name) != nullptr; }

QString validateParams(const QString& name, const Json& params)
{
    const Entry* e = find(name);
    if (!e)
        return QStringLiteral("unknown check '%1' (one of %2)").arg(name, names().join(QStringLiteral(", ")));
    if (!params.is_object())
        return QStringLiteral("'params' must be a mapping");
    return e->validate(params);
}

void run(const ValidationContext& context, const RuleCheck& check, std::vector<CheckHit>& hits)
{
    const Entry* e = find(check.primitive);
    if (!e)
        return; // rules are validated at load; an unknown name cannot get here
    QString error;
    const auto when = Condition::parseList(check.when, &error);
    std::vector<int> subjects;
    for (const QString& type : check.appliesTo)
        for (int i : context.ofType(type)) {
            bool applies = true;
            if (when)
                for (const Condition& c : *when)
                    if (!c.evaluate(context, i).holds) {
                        applies = false;
                        break;
                    }
            if (applies)
                subjects.push_back(i);
        }
    // Several types: keep the design's order so that findings come out in creation order.
    if (check.appliesTo.size() > 1)
        std::sort(subjects.begin(), subjects.end());
    const CheckInput in{context, check.params, subjects, !check.appliesTo.isEmpty()};
    const size_t before = hits.size();
    e->run(in, hits);
    if (!check.message.isEmpty())
        for (size_t k = before; k < hits.size(); ++k)
            if (hits[k].message.isEmpty())
                hits[k].message = check.message;
}

} // namespace sky::Primitives
