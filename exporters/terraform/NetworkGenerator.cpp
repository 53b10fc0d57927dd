#include "exporters/terraform/IamPolicy.h"
#include "exporters/Escaping.h"
#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

#include <cmath>

namespace sky::TerraformGenerators {

namespace {

// Each subnet tier gets a block of 8 netnums (AZs 0..5 use the first six), so adding a
// tier or an AZ never renumbers the subnets that exist.
constexpr int kNetnumsPerTier = 8;

int newbitsFor(int tiers)
{
    return std::max(1, int(std::ceil(std::log2(double(std::max(1, tiers) * kNetnumsPerTier)))));
}

void flowLogs(TerraformModule& m, HclWriter& w, const Component& vpc, const QString& r)
{
    const auto sinks = m.ofType(QStringLiteral("cloudwatch"));
    const QString retention = sinks.empty() ? QStringLiteral("365")
                                            : HclWriter::expand(u"var.%1_log_retention_days", {m.ref(*sinks.front())});
    w.comment(QStringLiteral("VPC flow logs (the design's flow_logs = true), kept in CloudWatch Logs."));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_log_group"), r + QStringLiteral("_flow_logs")});
    w.attribute(QStringLiteral("name"), u"\"/vpc/${var.name}/%1/flow-logs\"", {Escaping::hclString(vpc.id)});
    w.attribute(QStringLiteral("retention_in_days"), retention);
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_iam_role"), r + QStringLiteral("_flow_logs")});
    w.attribute(QStringLiteral("name_prefix"), QStringLiteral("\"${var.name}-flow-logs-\""));
    PolicyStatement trust;
    trust.principalType = QStringLiteral("Service");
    trust.principals = {QStringLiteral("\"vpc-flow-logs.amazonaws.com\"")};
    trust.actions = {QStringLiteral("sts:AssumeRole")};
    trust.conditions.push_back({QStringLiteral("StringEquals"), QStringLiteral("aws:SourceAccount"),
                                {QStringLiteral("data.aws_caller_identity.current.account_id")}});
    IamPolicy::write(w, QStringLiteral("assume_role_policy"), {trust});
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy"), r + QStringLiteral("_flow_logs")});
    w.attribute(QStringLiteral("name"), QStringLiteral("\"write-flow-logs\""));
    w.attribute(QStringLiteral("role"), u"aws_iam_role.%1_flow_logs.id", {r});
    PolicyStatement write;
    write.actions = {QStringLiteral("logs:CreateLogStream"), QStringLiteral("logs:PutLogEvents"),
                     QStringLiteral("logs:DescribeLogStreams")};
    write.resources = {HclWriter::expand(u"\"${aws_cloudwatch_log_group.%1_flow_logs.arn}:*\"", {r})};
    IamPolicy::write(w, QStringLiteral("policy"), {write});
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_flow_log"), r});
    w.attribute(QStringLiteral("vpc_id"), u"aws_vpc.%1.id", {r});
    w.attribute(QStringLiteral("traffic_type"), QStringLiteral("\"ALL\""));
    w.attribute(QStringLiteral("log_destination_type"), QStringLiteral("\"cloud-watch-logs\""));
    w.attribute(QStringLiteral("log_destination"), u"aws_cloudwatch_log_group.%1_flow_logs.arn", {r});
    w.attribute(QStringLiteral("iam_role_arn"), u"aws_iam_role.%1_flow_logs.arn", {r});
    w.close();
    w.blank();
}

} // namespace

void network(TerraformModule& m)
{
    const auto vpcs = m.ofType(QStringLiteral("vpc"));
    if (vpcs.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("network.tf"));
    w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_availability_zones"), QStringLiteral("available")});
    w.attribute(QStringLiteral("state"), QStringLiteral("\"available\""));
    w.close();
    w.blank();

    for (const Component* vpc : vpcs) {
        const QString r = m.ref(*vpc);
        const auto tiers = m.subnetsOf(*vpc);
        const int newbits = newbitsFor(int(tiers.size()));
        const QString cidrVar = r + QStringLiteral("_cidr");
        const QString azVar = r + QStringLiteral("_az_count");
        m.addVariable({cidrVar, QStringLiteral("string"),
                       HclWriter::expand(u"IPv4 range of VPC '%1'; each subnet tier takes %2 more prefix bits.", {vpc->id}).arg(newbits),
                       HclWriter::string(m.stringProperty(*vpc, QStringLiteral("cidr"))),
                       {{HclWriter::expand(u"can(cidrhost(var.%1, 0)) && tonumber(split(\"/\", var.%1)[1]) >= 16 && tonumber(split(\"/\", var.%1)[1]) <= %2", {cidrVar}).arg(28 - newbits),
                         QStringLiteral("The VPC CIDR must be an IPv4 block between /16 and /%1 (AWS subnets are /28 or larger).")
                             .arg(28 - newbits)}}});
        const bool hasDatabase = [&] {
            for (const Component* db : m.ofType(QStringLiteral("rds_postgres")))
                if (m.enclosing(*db, QStringLiteral("vpc")) == vpc)
                    return true;
            return false;
        }();
        m.addVariable({azVar, QStringLiteral("number"),
                       HclWriter::expand(u"How many availability zones the subnets of VPC '%1' span.", {vpc->id}),
                       QString::number(m.intProperty(*vpc, QStringLiteral("az_count"))),
                       {{HclWriter::expand(u"var.%1 >= %2 && var.%1 <= 6", {azVar}).arg(hasDatabase ? 2 : 1),
                         hasDatabase ? QStringLiteral("Between 2 and 6: an RDS subnet group needs subnets in at least two zones.")
                                     : QStringLiteral("Between 1 and 6 availability zones.")}}});

        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_vpc"), r});
        w.attribute(QStringLiteral("cidr_block"), QStringLiteral("var.") + cidrVar);
        w.attribute(QStringLiteral("enable_dns_support"), QStringLiteral("true"));
        w.attribute(QStringLiteral("enable_dns_hostnames"), QStringLiteral("true"));
        w.blank();
        w.openAttribute(QStringLiteral("tags"), QStringLiteral("{"), QStringLiteral("}"));
        w.attribute(QStringLiteral("Name"), m.awsName(*vpc));
        w.close();
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("locals"));
        w.attribute(r + QStringLiteral("_azs"), u"slice(data.aws_availability_zones.available.names, 0, var.%1)", {azVar});
        w.close();
        w.blank();
        w.comment(QStringLiteral("The default security group of the VPC admits nothing (every group is explicit)."));
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_default_security_group"), r});
        w.attribute(QStringLiteral("vpc_id"), u"aws_vpc.%1.id", {r});
        w.close();
        w.blank();

        bool hasPublic = false;
        for (const Component* t : tiers)
            hasPublic = hasPublic || m.stringProperty(*t, QStringLiteral("tier")) == QLatin1String("public");
        if (hasPublic) {
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_internet_gateway"), r});
            w.attribute(QStringLiteral("vpc_id"), u"aws_vpc.%1.id", {r});
            w.close();
            w.blank();
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_route_table"), r + QStringLiteral("_public")});
            w.attribute(QStringLiteral("vpc_id"), u"aws_vpc.%1.id", {r});
            w.blank();
            w.openBlock(QStringLiteral("route"));
            w.attribute(QStringLiteral("cidr_block"), QStringLiteral("\"0.0.0.0/0\""));
            w.attribute(QStringLiteral("gateway_id"), u"aws_internet_gateway.%1.id", {r});
            w.close();
            w.close();
            w.blank();
        }

        // NAT gateways of this VPC (the design's nat_gateway components in a public tier).
        const Component* nat = nullptr;
        for (const Component* n : m.ofType(QStringLiteral("nat_gateway"))) {
            if (m.enclosing(*n, QStringLiteral("vpc")) != vpc)
                continue;
            if (nat) {
                // The private route tables take one NAT gateway (or one per zone): a second would be left unused.
                m.fail(HclWriter::expand(u"VPC '%1' has NAT gateways '%2' and '%3'; the private subnets route through one (per_az = true "
                                         "makes one per availability zone): remove '%3'",
                                         {vpc->id, nat->id, n->id}));
                return;
            }
            nat = n;
        }
        const bool perAz = nat && m.boolProperty(*nat, QStringLiteral("per_az"));
        if (nat) {
            const Component* natSubnet = m.enclosing(*nat, QStringLiteral("subnet"));
            const QString natRef = m.ref(*nat);
            const QString count = perAz ? QStringLiteral("var.") + azVar : QStringLiteral("1");
            w.comment(perAz ? QStringLiteral("One NAT gateway per availability zone (per_az = true): a zone outage cannot cut the others off.")
                            : QStringLiteral("One shared NAT gateway (per_az = false): cheaper, but the private subnets of every zone depend on its zone."));
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_eip"), natRef});
            w.attribute(QStringLiteral("count"), count);
            w.attribute(QStringLiteral("domain"), QStringLiteral("\"vpc\""));
            w.close();
            w.blank();
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_nat_gateway"), natRef});
            w.attribute(QStringLiteral("count"), count);
            w.attribute(QStringLiteral("allocation_id"), u"aws_eip.%1[count.index].id", {natRef});
            w.attribute(QStringLiteral("subnet_id"), u"aws_subnet.%1[count.index].id", {natSubnet ? m.ref(*natSubnet) : r});
            w.blank();
            w.attribute(QStringLiteral("depends_on"), u"[aws_internet_gateway.%1]", {r});
            w.close();
            w.blank();
        }
        bool hasPrivate = false;
        for (const Component* t : tiers)
            hasPrivate = hasPrivate || m.stringProperty(*t, QStringLiteral("tier")) != QLatin1String("public");
        if (hasPrivate) {
            if (!nat) {
                m.note(HclWriter::expand(u"VPC `%1` has no NAT gateway in the design: its private subnets have no route out, so tasks there "
                                      "cannot pull images, write logs or read secrets until a NAT gateway (or VPC endpoints) is added.", {vpc->id}));
                w.comment(QStringLiteral(
                    "The design has no NAT gateway: the private subnets have no route out of the VPC. Tasks there\n"
                    "cannot pull images from ECR, write logs or read secrets until a NAT gateway or VPC interface\n"
                    "endpoints (ecr.api, ecr.dkr, logs, secretsmanager, and an S3 gateway endpoint) are added to the design."));
            }
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_route_table"), r + QStringLiteral("_private")});
            w.attribute(QStringLiteral("count"), QStringLiteral("var.") + azVar);
            w.attribute(QStringLiteral("vpc_id"), u"aws_vpc.%1.id", {r});
            if (nat) {
                w.blank();
                w.openBlock(QStringLiteral("route"));
                w.attribute(QStringLiteral("cidr_block"), QStringLiteral("\"0.0.0.0/0\""));
                w.attribute(QStringLiteral("nat_gateway_id"), perAz ? HclWriter::expand(u"aws_nat_gateway.%1[count.index].id", {m.ref(*nat)})
                                                                    : HclWriter::expand(u"one(aws_nat_gateway.%1[*].id)", {m.ref(*nat)}));
                w.close();
            }
            w.close();
            w.blank();
        }

        for (std::size_t i = 0; i < tiers.size(); ++i) {
            const Component& tier = *tiers[i];
            const QString t = m.ref(tier);
            const bool isPublic = m.stringProperty(tier, QStringLiteral("tier")) == QLatin1String("public");
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_subnet"), t});
            w.attribute(QStringLiteral("count"), QStringLiteral("var.") + azVar);
            w.attribute(QStringLiteral("vpc_id"), u"aws_vpc.%1.id", {r});
            w.attribute(QStringLiteral("availability_zone"), u"local.%1_azs[count.index]", {r});
            w.attribute(QStringLiteral("cidr_block"), HclWriter::expand(u"cidrsubnet(var.%1, %2, %3 + count.index)", {cidrVar}).arg(newbits).arg(int(i) * kNetnumsPerTier));
            // Even public subnets give no public IP by default: only the load balancer and NAT need one.
            w.attribute(QStringLiteral("map_public_ip_on_launch"), QStringLiteral("false"));
            w.blank();
            w.openAttribute(QStringLiteral("tags"), QStringLiteral("{"), QStringLiteral("}"));
            w.attribute(QStringLiteral("Name"), u"\"${var.name}-%1-${local.%2_azs[count.index]}\"", {m.awsSlug(tier, 20), r});
            w.attribute(QStringLiteral("Tier"), isPublic ? QStringLiteral("\"public\"") : QStringLiteral("\"private\""));
            w.close();
            w.close();
            w.blank();
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_route_table_association"), t});
            w.attribute(QStringLiteral("count"), QStringLiteral("var.") + azVar);
            w.attribute(QStringLiteral("subnet_id"), u"aws_subnet.%1[count.index].id", {t});
            w.attribute(QStringLiteral("route_table_id"), isPublic ? HclWriter::expand(u"aws_route_table.%1_public.id", {r})
                                                                   : HclWriter::expand(u"aws_route_table.%1_private[count.index].id", {r}));
            w.close();
            w.blank();
        }
        if (m.boolProperty(*vpc, QStringLiteral("flow_logs")))
            flowLogs(m, w, *vpc, r);
        m.addOutput({r + QStringLiteral("_id"), HclWriter::expand(u"ID of VPC '%1'.", {vpc->id}), HclWriter::expand(u"aws_vpc.%1.id", {r})});
    }
}

} // namespace sky::TerraformGenerators
