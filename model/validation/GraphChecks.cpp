// The primitives that read the connections: who may talk to whom, on which protocol and
// port, and which components traffic from the Internet can reach.
#include "model/validation/CheckPrimitives.h"

#include "model/Protocols.h"
#include "model/validation/Condition.h"
#include "model/validation/ValidationContext.h"

#include <deque>

namespace sky::CheckPrimitives {

namespace {

QString portText(const Connection& c)
{
    const auto port = Protocols::effectivePort(c);
    return port ? QString::number(*port) : QStringLiteral("no port");
}

bool allHold(const std::vector<Condition>& conditions, const ValidationContext& ctx, int component)
{
    for (const Condition& c : conditions)
        if (!c.evaluate(ctx, component).holds)
            return false;
    return true;
}

std::vector<Condition> conditionsOf(const Json& params, const char* key)
{
    QString error;
    if (!params.contains(key))
        return {};
    auto list = Condition::parseList(params[key], &error);
    return list ? std::move(*list) : std::vector<Condition>{};
}

QString checkConditions(const Json& params, const char* key)
{
    QString error;
    if (params.contains(key) && !Condition::parseList(params[key], &error))
        return QStringLiteral("'%1': %2").arg(QLatin1String(key), error);
    return {};
}

QString checkBool(const Json& params, const char* key)
{
    if (params.contains(key) && !params[key].is_boolean())
        return QStringLiteral("'%1' must be true or false").arg(QLatin1String(key));
    return {};
}

} // namespace

// ---- inbound_peers: who may open traffic into a component ----

QString validateInboundPeers(const Json& params)
{
    for (const QString& e : {checkKeys(params, {"from_types", "port_property", "traffic_only"}),
                      checkStringList(params, "from_types", true), checkBool(params, "traffic_only")})
        if (!e.isEmpty())
            return e;
    if (params.contains("port_property") && !params["port_property"].is_string())
        return QStringLiteral("'port_property' must name a property");
    return {};
}

void inboundPeers(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    const QStringList fromTypes = stringList(in.params, "from_types");
    const bool trafficOnly = in.params.value("traffic_only", true);
    const std::string portKey = in.params.value("port_property", std::string());
    const QString qportKey = QString::fromStdString(portKey);
    for (int i : in.subjects)
        for (int k : ctx.incoming(i)) {
            if (trafficOnly && !ctx.isTraffic(k))
                continue;
            const Connection& c = ctx.connection(k);
            const int from = ctx.from(k);
            CheckHit hit;
            hit.component = i;
            hit.connection = k;
            hit.peer = label(ctx, from);
            if (!fromTypes.contains(ctx.component(from).type)) {
                hit.expected = fromTypes.join(QStringLiteral(" or "));
                hit.detail = QStringLiteral("%1 opens %2 traffic to it (connection %3); only %4 may")
                                 .arg(hit.peer, c.protocol, c.id, hit.expected);
                hits.push_back(std::move(hit));
                continue;
            }
            if (portKey.empty())
                continue;
            const Json& wanted = ctx.property(i, portKey, qportKey);
            const auto port = Protocols::effectivePort(c);
            if (wanted.is_number_integer() && port && *port == wanted.get<int>())
                continue;
            hit.key = qportKey;
            hit.value = portText(c);
            hit.expected = Condition::text(wanted);
            hit.detail = QStringLiteral("connection %1 from %2 uses port %3, not its %4 %5")
                             .arg(c.id, hit.peer, hit.value, qportKey, hit.expected);
            hits.push_back(std::move(hit));
        }
}

// ---- outbound_peers: whom a component may open connections to ----

QString validateOutboundPeers(const Json& params)
{
    if (QString e = checkKeys(params, {"allowed", "traffic_only"}); !e.isEmpty())
        return e;
    if (QString e = checkBool(params, "traffic_only"); !e.isEmpty())
        return e;
    if (!params.contains("allowed") || !params["allowed"].is_array() || params["allowed"].empty())
        return QStringLiteral("'allowed' must be a non-empty list of {types, protocols, when}");
    for (size_t i = 0; i < params["allowed"].size(); ++i) {
        const Json& a = params["allowed"][i];
        const QString at = QStringLiteral("allowed[%1]: ").arg(i);
        if (!a.is_object())
            return at + QStringLiteral("must be a mapping");
        for (const QString& e : {checkKeys(a, {"types", "protocols", "when"}), checkStringList(a, "types", false),
                          checkStringList(a, "protocols", false), checkConditions(a, "when")})
            if (!e.isEmpty())
                return at + e;
    }
    return {};
}

void outboundPeers(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    struct Allowed {
        QStringList types, protocols;
        std::vector<Condition> when;
    };
    std::vector<Allowed> allowed;
    QStringList said;
    for (const Json& a : in.params["allowed"]) {
        allowed.push_back({stringList(a, "types"), stringList(a, "protocols"), conditionsOf(a, "when")});
        const QString what = allowed.back().types.isEmpty() ? QStringLiteral("anything")
                                                            : allowed.back().types.join(QStringLiteral("/"));
        said << (allowed.back().protocols.isEmpty() ? what
                                                    : QStringLiteral("%1 over %2").arg(what, allowed.back().protocols.join(QStringLiteral("/"))));
    }
    const QString expected = said.join(QStringLiteral(", "));
    const bool trafficOnly = in.params.value("traffic_only", true);
    for (int i : in.subjects)
        for (int k : ctx.outgoing(i)) {
            if (trafficOnly && !ctx.isTraffic(k))
                continue;
            const Connection& c = ctx.connection(k);
            const int to = ctx.to(k);
            const QString& toType = ctx.component(to).type;
            const bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const Allowed& a) {
                return (a.types.isEmpty() || a.types.contains(toType)) && (a.protocols.isEmpty() || a.protocols.contains(c.protocol))
                    && allHold(a.when, ctx, to);
            });
            if (ok)
                continue;
            CheckHit hit;
            hit.component = i;
            hit.connection = k;
            hit.path = {i, to};
            hit.peer = label(ctx, to);
            hit.value = c.protocol;
            hit.expected = expected;
            hit.detail = QStringLiteral("connection %1 goes to %2 over %3; allowed: %4").arg(c.id, hit.peer, c.protocol, expected);
            hits.push_back(std::move(hit));
        }
}

// ---- reachability: what traffic from the Internet can reach ----

QString validateReachability(const Json& params)
{
    for (const QString& e : {checkKeys(params, {"from_type", "targets", "target_when", "through"}),
                      checkStringList(params, "targets", true), checkStringList(params, "through", false),
                      checkConditions(params, "target_when")})
        if (!e.isEmpty())
            return e;
    if (params.contains("from_type") && !params["from_type"].is_string())
        return QStringLiteral("'from_type' must name a type");
    return {};
}

void reachability(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    const QString fromType = QString::fromStdString(in.params.value("from_type", std::string("users")));
    const QStringList targets = stringList(in.params, "targets");
    const QStringList through = stringList(in.params, "through");
    const std::vector<Condition> targetWhen = conditionsOf(in.params, "target_when");
    const int n = ctx.componentCount();
    // Classify each component once: 0 = pass on, 1 = a target, 2 = a gate (through).
    std::vector<char> role(size_t(n), 0);
    for (const QString& t : targets)
        for (int i : ctx.ofType(t))
            if (allHold(targetWhen, ctx, i))
                role[size_t(i)] = 1;
    for (const QString& t : through)
        for (int i : ctx.ofType(t))
            role[size_t(i)] = 2;
    // Breadth first from every entry point: the recorded path is a shortest one.
    std::vector<int> via(size_t(n), -2); // connection that reached it; -1 = a start; -2 = unseen
    std::deque<int> queue;
    for (int s : ctx.ofType(fromType)) {
        via[size_t(s)] = -1;
        queue.push_back(s);
    }
    std::vector<int> reached;
    while (!queue.empty()) {
        const int at = queue.front();
        queue.pop_front();
        for (int k : ctx.outgoing(at)) {
            if (!ctx.isTraffic(k))
                continue;
            const int next = ctx.to(k);
            if (via[size_t(next)] != -2)
                continue;
            via[size_t(next)] = k;
            if (role[size_t(next)] == 1)
                reached.push_back(next);
            else if (role[size_t(next)] == 0)
                queue.push_back(next);
        }
    }
    std::sort(reached.begin(), reached.end());
    for (int target : reached) {
        CheckHit hit;
        hit.component = target;
        hit.connection = via[size_t(target)];
        for (int at = target; at >= 0;) {
            hit.path.insert(hit.path.begin(), at);
            const int k = via[size_t(at)];
            at = k >= 0 ? ctx.from(k) : -1;
        }
        QStringList ids;
        for (int p : hit.path)
            ids << ctx.component(p).id;
        const Connection& last = ctx.connection(hit.connection);
        hit.peer = label(ctx, ctx.from(hit.connection));
        hit.detail = QStringLiteral("traffic from the Internet reaches it along %1 without passing %2; the last hop is "
                                    "connection %3 (%4)")
                         .arg(ids.join(QStringLiteral(" → ")), through.isEmpty() ? QStringLiteral("any gate") : through.join(QStringLiteral(" or ")),
                              last.id, last.protocol);
        hits.push_back(std::move(hit));
    }
}

// ---- connection_fit: a connection's protocol and port suit its ends ----

QString validateConnectionFit(const Json& params)
{
    if (QString e = checkKeys(params, {"database_port"}); !e.isEmpty())
        return e;
    if (params.contains("database_port") && !params["database_port"].is_number_integer())
        return QStringLiteral("'database_port' must be a whole number");
    return {};
}

void connectionFit(const CheckInput& in, std::vector<CheckHit>& hits)
{
    const ValidationContext& ctx = in.context;
    const int dbPort = in.params.value("database_port", 5432);
    static const std::string portKey = "container_port";
    static const QString qportKey = QStringLiteral("container_port");
    const auto& connections = ctx.design().connections();
    for (int k = 0; k < int(connections.size()); ++k) {
        const int from = ctx.from(k), to = ctx.to(k);
        if (from < 0 || to < 0)
            continue;
        const Connection& c = connections[size_t(k)];
        const QString& fromType = ctx.component(from).type;
        const QString& toType = ctx.component(to).type;
        const auto port = Protocols::effectivePort(c);
        QString why;
        if (c.protocol == QLatin1String("postgres") && toType != QLatin1String("rds_postgres"))
            why = QStringLiteral("a postgres connection goes to %1, which is not a database").arg(label(ctx, to));
        else if (toType == QLatin1String("rds_postgres") && ctx.isTraffic(k) && c.protocol != QLatin1String("postgres"))
            why = QStringLiteral("%1 traffic into the database %2; it speaks postgres").arg(c.protocol, label(ctx, to));
        else if (toType == QLatin1String("rds_postgres") && ctx.isTraffic(k) && port != dbPort)
            why = QStringLiteral("the database listens on %1, the connection uses port %2").arg(dbPort).arg(portText(c));
        else if ((toType == QLatin1String("alb") || toType == QLatin1String("cloudfront")) && ctx.isTraffic(k)
                 && c.protocol != QLatin1String("https") && c.protocol != QLatin1String("http"))
            why = QStringLiteral("%1 traffic into %2; it takes http or https").arg(c.protocol, label(ctx, to));
        else if (fromType == QLatin1String("alb") && toType == QLatin1String("ecs_fargate_service") && ctx.isTraffic(k)) {
            const Json& wanted = ctx.property(to, portKey, qportKey);
            if (!(wanted.is_number_integer() && port && *port == wanted.get<int>()))
                why = QStringLiteral("the load balancer sends to port %1, the service listens on container_port %2")
                          .arg(portText(c), Condition::text(wanted));
        } else if (c.protocol == QLatin1String("tls") && fromType != QLatin1String("acm_certificate"))
            why = QStringLiteral("a tls connection attaches a certificate; %1 is not an ACM certificate").arg(label(ctx, from));
        else if (c.protocol == QLatin1String("tls") && toType != QLatin1String("alb") && toType != QLatin1String("cloudfront"))
            why = QStringLiteral("a certificate attaches to a load balancer or a CloudFront distribution, not to %1").arg(label(ctx, to));
        if (why.isEmpty())
            continue;
        CheckHit hit;
        hit.component = to;
        hit.connection = k;
        hit.path = {from, to};
        hit.peer = label(ctx, from);
        hit.value = QStringLiteral("%1/%2").arg(c.protocol, portText(c));
        hit.detail = QStringLiteral("connection %1: %2").arg(c.id, why);
        hits.push_back(std::move(hit));
    }
}

} // namespace sky::CheckPrimitives
