#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"
#include "model/Protocols.h"

#include <QSet>

namespace sky::TerraformGenerators {

namespace {

bool isNetworked(const Component* c)
{
    return c && (c->type == QLatin1String("alb") || c->type == QLatin1String("ecs_fargate_service") ||
                 c->type == QLatin1String("rds_postgres"));
}

class RuleNames {
public:
    QString unique(const QString& base)
    {
        QString name = base;
        for (int n = 2; m_used.contains(name); ++n)
            name = base + QLatin1Char('_') + QString::number(n);
        m_used.insert(name);
        return name;
    }

private:
    QSet<QString> m_used;
};

/// The rules written so far: AWS refuses a second rule of a group with the same direction, port
/// and peer (InvalidPermission.Duplicate), which two connections between the same ends, two
/// users components or two distributions in front of one load balancer would each make.
class WrittenRules {
public:
    /// True the first time a rule is seen.
    bool first(const QString& kind, const QString& sg, int port, const QString& peer)
    {
        const QString key = kind + QLatin1Char(' ') + sg + QLatin1Char(' ') + QString::number(port) + QLatin1Char(' ') + peer;
        if (m_keys.contains(key))
            return false;
        m_keys.insert(key);
        return true;
    }

private:
    QSet<QString> m_keys;
};

void rule(HclWriter& w, RuleNames& names, WrittenRules& written, const QString& kind, const QString& base, const QString& sg, int port,
          const QString& description, const QString& peerKey, const QString& peer)
{
    if (!written.first(kind, sg, port, peer))
        return;
    w.openBlock(QStringLiteral("resource"), {kind, names.unique(base)});
    w.attribute(QStringLiteral("security_group_id"), sg);
    w.stringAttribute(QStringLiteral("description"), description);
    w.attribute(QStringLiteral("ip_protocol"), QStringLiteral("\"tcp\""));
    w.attribute(QStringLiteral("from_port"), QString::number(port));
    w.attribute(QStringLiteral("to_port"), QString::number(port));
    w.attribute(peerKey, peer);
    w.close();
    w.blank();
}

} // namespace

void securityGroups(TerraformModule& m)
{
    std::vector<const Component*> networked;
    for (const Component& c : m.design().components())
        if (isNetworked(&c))
            networked.push_back(&c);
    if (networked.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("security_groups.tf"));
    w.comment(QStringLiteral("Derived from the design's connections: one security group per networked component, one rule\n"
                             "per traffic connection. Nothing else is open; groups start with no rules at all."));
    w.blank();
    RuleNames names;
    WrittenRules written;
    bool usesCloudFrontPrefixList = false;
    for (const Component* c : networked) {
        const QString r = m.ref(*c);
        const Component* vpc = m.enclosing(*c, QStringLiteral("vpc"));
        if (!vpc) {
            m.fail(HclWriter::expand(u"component '%1' (%2) is not in a VPC; place it in a subnet of a VPC", {c->id, c->type}));
            return;
        }
        const QString sg = HclWriter::expand(u"aws_security_group.%1.id", {r});
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_security_group"), r});
        w.attribute(QStringLiteral("name_prefix"), u"\"${var.name}-%1-\"", {m.awsSlug(*c, 30)});
        // Security group descriptions allow only a restricted character set: the id fits it.
        w.stringAttribute(QStringLiteral("description"), HclWriter::expand(u"Component %1 (%2)", {c->id, c->type}));
        w.attribute(QStringLiteral("vpc_id"), u"aws_vpc.%1.id", {m.ref(*vpc)});
        createBeforeDestroy(w);
        w.close();
        w.blank();

        // Inbound: one rule per traffic connection into the component.
        for (const Connection* k : m.incoming(c->id)) {
            if (!Protocols::isTraffic(k->protocol))
                continue;
            const Component* from = m.design().component(k->from);
            const auto port = Protocols::effectivePort(*k);
            if (!from || !port)
                continue;
            const QString why = HclWriter::expand(u"%1 from %2 (connection %3)", {k->protocol, k->from, k->id});
            if (from->type == QLatin1String("users")) {
                const bool entry = c->type == QLatin1String("alb") && m.boolProperty(*c, QStringLiteral("internet_facing"));
                if (!entry) {
                    w.comment(HclWriter::expand(u"Connection %1 (users -> %2) is not admitted: only internet-facing load balancers take\n"
                                             "traffic from the Internet.", {k->id, c->id}));
                    w.blank();
                    continue;
                }
                rule(w, names, written, QStringLiteral("aws_vpc_security_group_ingress_rule"), r + QStringLiteral("_from_internet"), sg,
                     *port, why, QStringLiteral("cidr_ipv4"), QStringLiteral("\"0.0.0.0/0\""));
                if (port == 443 && m.stringProperty(*c, QStringLiteral("http_listener")) != QLatin1String("none"))
                    rule(w, names, written, QStringLiteral("aws_vpc_security_group_ingress_rule"), r + QStringLiteral("_from_internet_http"),
                         sg, 80, HclWriter::expand(u"http from users to the port-80 listener (http_listener = %1)", {m.stringProperty(*c, QStringLiteral("http_listener"))}),
                         QStringLiteral("cidr_ipv4"), QStringLiteral("\"0.0.0.0/0\""));
            } else if (isNetworked(from)) {
                // A security group can refer only to groups of its own VPC (the module peers no VPCs).
                if (const Component* fromVpc = m.enclosing(*from, QStringLiteral("vpc")); fromVpc && fromVpc != vpc) {
                    m.fail(HclWriter::expand(u"'%1' (VPC '%2') and '%3' (VPC '%4') are in different VPCs, which the module does not "
                                             "connect (connection %5); place them in the same VPC",
                                             {from->id, fromVpc->id, c->id, vpc->id, k->id}));
                    return;
                }
                rule(w, names, written, QStringLiteral("aws_vpc_security_group_ingress_rule"),
                     HclWriter::expand(u"%1_from_%2", {r, m.ref(*from)}), sg, *port, why,
                     QStringLiteral("referenced_security_group_id"), HclWriter::expand(u"aws_security_group.%1.id", {m.ref(*from)}));
            } else if (from->type == QLatin1String("cloudfront")) {
                usesCloudFrontPrefixList = true;
                rule(w, names, written, QStringLiteral("aws_vpc_security_group_ingress_rule"),
                     HclWriter::expand(u"%1_from_%2", {r, m.ref(*from)}), sg, *port, why,
                     QStringLiteral("prefix_list_id"), QStringLiteral("data.aws_ec2_managed_prefix_list.cloudfront.id"));
            }
        }
        // Outbound: to the groups of the components it opens traffic to, and HTTPS to AWS
        // APIs when it calls them (ECR, CloudWatch Logs, Secrets Manager).
        bool callsAws = false;
        for (const Connection* k : m.outgoing(c->id)) {
            const Component* to = m.design().component(k->to);
            if (k->protocol == QLatin1String("aws-api"))
                callsAws = true;
            const auto port = Protocols::effectivePort(*k);
            if (!Protocols::isTraffic(k->protocol) || !isNetworked(to) || !port)
                continue;
            rule(w, names, written, QStringLiteral("aws_vpc_security_group_egress_rule"), HclWriter::expand(u"%1_to_%2", {r, m.ref(*to)}), sg,
                 *port, HclWriter::expand(u"%1 to %2 (connection %3)", {k->protocol, k->to, k->id}),
                 QStringLiteral("referenced_security_group_id"), HclWriter::expand(u"aws_security_group.%1.id", {m.ref(*to)}));
        }
        if (callsAws && c->type == QLatin1String("ecs_fargate_service"))
            rule(w, names, written, QStringLiteral("aws_vpc_security_group_egress_rule"), r + QStringLiteral("_to_aws_apis"), sg, 443,
                 QStringLiteral("https to AWS APIs (ECR, CloudWatch Logs, Secrets Manager) through the NAT gateway"),
                 QStringLiteral("cidr_ipv4"), QStringLiteral("\"0.0.0.0/0\""));
    }
    if (usesCloudFrontPrefixList) {
        m.note(QStringLiteral("The CloudFront origin-facing prefix list counts as its weight (about 55 entries) against the quota of "
                              "60 inbound rules per security group: keep few other rules on the groups that admit it."));
        w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_ec2_managed_prefix_list"), QStringLiteral("cloudfront")});
        w.attribute(QStringLiteral("name"), QStringLiteral("\"com.amazonaws.global.cloudfront.origin-facing\""));
        w.close();
        w.blank();
    }
}

} // namespace sky::TerraformGenerators
