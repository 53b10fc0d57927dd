// The primitives about presence and coverage: a component has the connection it needs,
// the alarms cover what the design holds, a private network has its way out.
#include "model/validation/CheckPrimitives.h"

#include "model/validation/Condition.h"
#include "model/validation/ValidationContext.h"

#include <unordered_map>

namespace sky::CheckPrimitives {

// ---- connected: every subject has a connection to (or from) a component of some type ----

QString validateConnected(const Json& params)
{
    for (const QString& e : {checkKeys(params, {"direction", "peer_types", "protocols"}),
                             checkStringList(params, "peer_types", true), checkStringList(params, "protocols", false)})
        if (!e.isEmpty())
            return e;
    if (!params.contains("direction") || !(params["direction"] == "out" || params["direction"] == "in"))
        return QStringLiteral("'direction' must be out or in");
    return {};
}

void connected(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    const bool out = in.params["direction"] == "out";
    const QStringList peerTypes = stringList(in.params, "peer_types");
    const QStringList protocols = stringList(in.params, "protocols");
    bool anyPeer = false;
    for (const QString& t : peerTypes)
        anyPeer = anyPeer || !ctx.ofType(t).empty();
    const QString peers = peerTypes.join(QStringLiteral(" or "));
    const QString over = protocols.isEmpty() ? QString() : QStringLiteral(" over %1").arg(protocols.join(QStringLiteral("/")));
    for (int i : in.subjects) {
        const auto links = out ? ctx.outgoing(i) : ctx.incoming(i);
        const bool ok = std::any_of(links.begin(), links.end(), [&](int k) {
            const int peer = out ? ctx.to(k) : ctx.from(k);
            return peerTypes.contains(ctx.component(peer).type)
                && (protocols.isEmpty() || protocols.contains(ctx.connection(k).protocol));
        });
        if (ok)
            continue;
        CheckHit hit;
        hit.component = i;
        hit.expected = peers;
        if (!anyPeer)
            hit.detail = QStringLiteral("the design has no %1").arg(peers);
        else
            hit.detail = out ? QStringLiteral("it has no connection%1 to a %2").arg(over, peers)
                             : QStringLiteral("no %1 is connected to it%2").arg(peers, over);
        hits.push_back(std::move(hit));
    }
}

// ---- alarm_coverage: alarms for each kind of component present, and someone to notify ----

QString validateAlarmCoverage(const Json& params)
{
    if (QString e = checkKeys(params, {"monitor_type", "notify_property", "alarms"}); !e.isEmpty())
        return e;
    if (!params.contains("monitor_type") || !params["monitor_type"].is_string())
        return QStringLiteral("missing 'monitor_type' (a type)");
    if (!params.contains("notify_property") || !params["notify_property"].is_string())
        return QStringLiteral("missing 'notify_property'");
    if (!params.contains("alarms") || !params["alarms"].is_array() || params["alarms"].empty())
        return QStringLiteral("'alarms' must be a non-empty list of {types, properties}");
    for (size_t i = 0; i < params["alarms"].size(); ++i) {
        const Json& a = params["alarms"][i];
        const QString at = QStringLiteral("alarms[%1]: ").arg(i);
        if (!a.is_object())
            return at + QStringLiteral("must be a mapping");
        for (const QString& e : {checkKeys(a, {"types", "properties"}), checkStringList(a, "types", true),
                                 checkStringList(a, "properties", true)})
            if (!e.isEmpty())
                return at + e;
    }
    return {};
}

void alarmCoverage(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    const QString monitorType = QString::fromStdString(in.params["monitor_type"].get<std::string>());
    const std::string notifyKey = in.params["notify_property"].get<std::string>();
    const auto monitors = ctx.ofType(monitorType);
    std::vector<int> covered;       // components that need alarms
    std::vector<std::string> needed; // the monitor's properties those alarms need
    for (const Json& a : in.params["alarms"]) {
        bool present = false;
        for (const QString& t : stringList(a, "types"))
            for (int i : ctx.ofType(t)) {
                covered.push_back(i);
                present = true;
            }
        if (present)
            for (const Json& p : a["properties"])
                needed.push_back(p.get<std::string>());
    }
    if (covered.empty())
        return;
    if (monitors.empty()) {
        std::sort(covered.begin(), covered.end());
        for (int i : covered) {
            CheckHit hit;
            hit.component = i;
            hit.expected = monitorType;
            hit.detail = QStringLiteral("no alarm watches it: the design has no %1").arg(monitorType);
            hits.push_back(std::move(hit));
        }
        return;
    }
    for (int m : monitors) {
        for (const std::string& key : needed) {
            const QString qkey = QString::fromStdString(key);
            const Json& v = ctx.property(m, key, qkey);
            if (v.is_number() && v.get<double>() > 0)
                continue;
            CheckHit hit;
            hit.component = m;
            hit.key = qkey;
            hit.value = Condition::text(v);
            hit.detail = QStringLiteral("the alarm threshold %1 is %2, so that alarm is missing").arg(qkey, hit.value);
            hits.push_back(std::move(hit));
        }
        const QString qnotify = QString::fromStdString(notifyKey);
        const Json& notify = ctx.property(m, notifyKey, qnotify);
        if (!(notify.is_string() && !notify.get_ref<const std::string&>().empty())) {
            CheckHit hit;
            hit.component = m;
            hit.key = qnotify;
            hit.value = Condition::text(notify);
            hit.detail = QStringLiteral("the alarms notify nobody (%1 is not set)").arg(qnotify);
            hits.push_back(std::move(hit));
        }
    }
}

// ---- private_egress_nat: private workloads reach AWS APIs through a NAT gateway ----

QString validatePrivateEgress(const Json& params)
{
    for (const QString& e : {checkKeys(params, {"workload_types", "nat_type"}), checkStringList(params, "workload_types", true)})
        if (!e.isEmpty())
            return e;
    if (!params.contains("nat_type") || !params["nat_type"].is_string())
        return QStringLiteral("missing 'nat_type' (a type)");
    return {};
}

void privateEgress(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    const QString natType = QString::fromStdString(in.params["nat_type"].get<std::string>());
    // vpc index -> the first private workload in it, and whether a NAT sits in its public subnets.
    std::unordered_map<int, int> workloadIn;
    std::unordered_map<int, bool> natIn;
    for (const QString& t : stringList(in.params, "workload_types"))
        for (int w : ctx.ofType(t)) {
            const int subnet = ctx.parentOf(w);
            if (subnet < 0 || ctx.component(subnet).type != QLatin1String("subnet") || ctx.isPublicSubnet(subnet))
                continue;
            const int vpc = ctx.parentOf(subnet);
            if (vpc >= 0 && (!workloadIn.count(vpc) || w < workloadIn[vpc]))
                workloadIn[vpc] = w;
        }
    for (int nat : ctx.ofType(natType)) {
        const int subnet = ctx.parentOf(nat);
        if (subnet >= 0 && ctx.isPublicSubnet(subnet))
            natIn[ctx.parentOf(subnet)] = true;
    }
    for (int vpc : in.subjects) {
        const auto it = workloadIn.find(vpc);
        if (it == workloadIn.end() || natIn.count(vpc))
            continue;
        CheckHit hit;
        hit.component = vpc;
        hit.peer = label(ctx, it->second);
        hit.expected = natType;
        hit.detail = QStringLiteral("%1 runs in a private subnet but the VPC has no %2 in a public subnet: its tasks "
                                    "cannot pull images or write logs")
                         .arg(hit.peer, natType);
        hits.push_back(std::move(hit));
    }
}

} // namespace sky::CheckPrimitives
