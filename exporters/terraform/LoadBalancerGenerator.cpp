#include "exporters/terraform/BucketHardening.h"
#include "exporters/terraform/IamPolicy.h"
#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

namespace sky::TerraformGenerators {

namespace {

// Regions opened before August 2022 deliver ALB access logs from a regional ELB account;
// newer ones from the log-delivery service principal (AWS "Enable access logs" guide).
bool usesElbAccount(const QString& region)
{
    static const QStringList legacy{
        QStringLiteral("us-east-1"), QStringLiteral("us-east-2"), QStringLiteral("us-west-1"), QStringLiteral("us-west-2"),
        QStringLiteral("af-south-1"), QStringLiteral("ap-east-1"), QStringLiteral("ap-south-1"), QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-3"), QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"), QStringLiteral("ap-southeast-3"), QStringLiteral("ca-central-1"),
        QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1"), QStringLiteral("eu-west-2"), QStringLiteral("eu-west-3"),
        QStringLiteral("eu-south-1"), QStringLiteral("eu-north-1"), QStringLiteral("me-south-1"), QStringLiteral("sa-east-1"),
        QStringLiteral("us-gov-west-1"), QStringLiteral("us-gov-east-1"), QStringLiteral("cn-north-1"),
        QStringLiteral("cn-northwest-1")};
    return legacy.contains(region);
}

/// `elbAccountDeclared`: the file already holds data.aws_elb_service_account.current (one for
/// every load balancer).
void accessLogBucket(TerraformModule& m, HclWriter& w, const Component& alb, const QString& r, bool& elbAccountDeclared)
{
    const QString b = r + QStringLiteral("_access_logs");
    w.comment(HclWriter::expand(u"Access logs of '%1' (access_logs = true). An ALB writes its logs to S3 only, never to\n"
                             "CloudWatch Logs; its metrics go to CloudWatch.", {alb.id}));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket"), b});
    w.attribute(QStringLiteral("bucket_prefix"), u"\"${var.name}-%1-logs-\"", {m.awsSlug(alb, 11)});
    w.close();
    w.blank();
    BucketHardening::Settings hardening;
    hardening.encryptionComment = QStringLiteral("ALB access logs support SSE-S3 on the target bucket.");
    BucketHardening::write(w, b, hardening);
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_lifecycle_configuration"), b});
    w.attribute(QStringLiteral("bucket"), u"aws_s3_bucket.%1.id", {b});
    w.blank();
    w.openBlock(QStringLiteral("rule"));
    w.attribute(QStringLiteral("id"), QStringLiteral("\"expire-access-logs\""));
    w.attribute(QStringLiteral("status"), QStringLiteral("\"Enabled\""));
    w.blank();
    w.openBlock(QStringLiteral("filter"));
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("expiration"));
    w.attribute(QStringLiteral("days"), u"var.%1_access_log_days", {r});
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("noncurrent_version_expiration"));
    w.attribute(QStringLiteral("noncurrent_days"), QStringLiteral("30"));
    w.close();
    w.close();
    w.close();
    w.blank();
    m.addVariable({r + QStringLiteral("_access_log_days"), QStringLiteral("number"),
                   HclWriter::expand(u"Days the access logs of load balancer '%1' are kept in S3.", {alb.id}), QStringLiteral("365"),
                   {{HclWriter::expand(u"var.%1_access_log_days >= 1", {r}), QStringLiteral("Keep access logs at least one day.")}}});

    PolicyStatement write;
    write.sid = QStringLiteral("AllowLoadBalancerAccessLogs");
    const bool account = usesElbAccount(m.region());
    write.principalType = account ? QStringLiteral("AWS") : QStringLiteral("Service");
    write.principals = {account ? QStringLiteral("data.aws_elb_service_account.current.arn")
                                : QStringLiteral("\"logdelivery.elasticloadbalancing.amazonaws.com\"")};
    write.actions = {QStringLiteral("s3:PutObject")};
    write.resources = {HclWriter::expand(u"\"${aws_s3_bucket.%1.arn}/AWSLogs/${data.aws_caller_identity.current.account_id}/*\"", {b})};
    if (account && !elbAccountDeclared) {
        w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_elb_service_account"), QStringLiteral("current")});
        w.close();
        w.blank();
        elbAccountDeclared = true;
    }
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_policy"), b});
    w.attribute(QStringLiteral("bucket"), u"aws_s3_bucket.%1.id", {b});
    IamPolicy::write(w, QStringLiteral("policy"), {write, IamPolicy::denyInsecureTransport(b)});
    w.blank();
    w.attribute(QStringLiteral("depends_on"), u"[aws_s3_bucket_public_access_block.%1]", {b});
    w.close();
    w.blank();
}

void loadBalancerOf(TerraformModule& m, HclWriter& w, const Component& alb, bool& elbAccountDeclared)
{
    const QString r = m.ref(alb);
    const Component* vpc = m.enclosing(alb, QStringLiteral("vpc"));
    if (!vpc) {
        m.fail(HclWriter::expand(u"load balancer '%1' is not in a VPC; place it in a public subnet", {alb.id}));
        return;
    }
    const bool logs = m.boolProperty(alb, QStringLiteral("access_logs"));
    if (logs)
        accessLogBucket(m, w, alb, r, elbAccountDeclared);
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_lb"), r});
    w.attribute(QStringLiteral("name"), m.awsName(alb));
    w.attribute(QStringLiteral("load_balancer_type"), QStringLiteral("\"application\""));
    w.attribute(QStringLiteral("internal"), HclWriter::boolean(!m.boolProperty(alb, QStringLiteral("internet_facing"))));
    w.attribute(QStringLiteral("security_groups"), u"[aws_security_group.%1.id]", {r});
    w.attribute(QStringLiteral("subnets"), m.subnetIdsOf(alb));
    w.attribute(QStringLiteral("drop_invalid_header_fields"), HclWriter::boolean(m.boolProperty(alb, QStringLiteral("drop_invalid_headers"))));
    w.attribute(QStringLiteral("enable_deletion_protection"), HclWriter::boolean(m.boolProperty(alb, QStringLiteral("deletion_protection"))));
    w.blank();
    if (logs) {
        w.openBlock(QStringLiteral("access_logs"));
        w.attribute(QStringLiteral("bucket"), u"aws_s3_bucket.%1_access_logs.id", {r});
        w.attribute(QStringLiteral("enabled"), QStringLiteral("true"));
        w.close();
        w.blank();
        w.attribute(QStringLiteral("depends_on"), u"[aws_s3_bucket_policy.%1_access_logs]", {r});
    } else {
        w.comment(QStringLiteral("The design turns access logs off (access_logs = false)."));
    }
    w.close();
    w.blank();

    // One target group per service the load balancer sends traffic to.
    const auto services = m.targets(alb, QStringLiteral("ecs_fargate_service"));
    for (const Component* s : services) {
        const QString t = m.targetGroupOf(alb, *s);
        const bool own = t == m.ref(*s);
        if (!own)
            w.comment(HclWriter::expand(u"Service '%1' behind a second load balancer: a target group of its own, named by Terraform\n"
                                        "(the service's name is its target group's behind '%2').",
                                        {s->id, m.sources(*s, QStringLiteral("alb")).front()->id}));
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_lb_target_group"), t});
        if (own)
            w.attribute(QStringLiteral("name"), m.awsName(*s));
        w.attribute(QStringLiteral("target_type"), QStringLiteral("\"ip\""));
        w.attribute(QStringLiteral("protocol"), QStringLiteral("\"HTTP\""));
        w.attribute(QStringLiteral("port"), QString::number(m.intProperty(*s, QStringLiteral("container_port"))));
        w.attribute(QStringLiteral("vpc_id"), u"aws_vpc.%1.id", {m.ref(*vpc)});
        w.attribute(QStringLiteral("deregistration_delay"), QStringLiteral("30"));
        w.blank();
        w.openBlock(QStringLiteral("health_check"));
        w.stringAttribute(QStringLiteral("path"), m.stringProperty(*s, QStringLiteral("health_check_path")));
        w.attribute(QStringLiteral("matcher"), QStringLiteral("\"200-399\""));
        w.attribute(QStringLiteral("interval"), QStringLiteral("15"));
        w.attribute(QStringLiteral("healthy_threshold"), QStringLiteral("2"));
        w.attribute(QStringLiteral("unhealthy_threshold"), QStringLiteral("3"));
        w.close();
        w.close();
        w.blank();
    }
    // The first service is the listeners' default; the others are reached by the path their
    // connection is labelled with.
    QStringList paths;
    QStringList unrouted;
    std::vector<std::pair<const Component*, QString>> routed;
    for (std::size_t i = 1; i < services.size(); ++i) {
        const QString path = m.listenerPathOf(alb, *services[i]);
        if (path.isEmpty()) {
            unrouted.append(QLatin1Char('`') + services[i]->id + QLatin1Char('`'));
            continue;
        }
        if (paths.contains(path)) {
            m.fail(HclWriter::expand(u"load balancer '%1' forwards path %2 to two services; label the connection to '%3' with its own "
                                     "path (e.g. /v2/*)",
                                     {alb.id, path, services[i]->id}));
            return;
        }
        paths.append(path);
        routed.emplace_back(services[i], path);
    }
    if (!unrouted.isEmpty())
        m.note(HclWriter::expand(u"Load balancer `%1` sends traffic to several services; its listeners forward to the first (`%2`) "
                                 "and reach no other service of it but by path: label the connection to %3 with its path (e.g. /v2/*).",
                                 {alb.id, services.front()->id, unrouted.join(QStringLiteral(", "))}));

    const Component* cert = m.certificateOf(alb);
    QString certArn;
    if (cert) {
        certArn = m.certificateArn(*cert);
    } else {
        certArn = HclWriter::expand(u"var.%1_certificate_arn", {r});
        m.addVariable({r + QStringLiteral("_certificate_arn"), QStringLiteral("string"),
                       HclWriter::expand(u"ARN of the ACM certificate of load balancer '%1' (the design attaches none).", {alb.id}), {}, {}});
    }
    const QString forward = services.empty() ? QString() : HclWriter::expand(u"aws_lb_target_group.%1.arn", {m.targetGroupOf(alb, *services.front())});
    auto defaultAction = [&] {
        w.openBlock(QStringLiteral("default_action"));
        if (forward.isEmpty()) {
            w.attribute(QStringLiteral("type"), QStringLiteral("\"fixed-response\""));
            w.blank();
            w.openBlock(QStringLiteral("fixed_response"));
            w.attribute(QStringLiteral("content_type"), QStringLiteral("\"text/plain\""));
            w.attribute(QStringLiteral("status_code"), QStringLiteral("\"404\""));
            w.close();
        } else {
            w.attribute(QStringLiteral("type"), QStringLiteral("\"forward\""));
            w.attribute(QStringLiteral("target_group_arn"), forward);
        }
        w.close();
    };
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_lb_listener"), r + QStringLiteral("_https")});
    w.attribute(QStringLiteral("load_balancer_arn"), u"aws_lb.%1.arn", {r});
    w.attribute(QStringLiteral("port"), QStringLiteral("443"));
    w.attribute(QStringLiteral("protocol"), QStringLiteral("\"HTTPS\""));
    w.stringAttribute(QStringLiteral("ssl_policy"), m.stringProperty(alb, QStringLiteral("ssl_policy")));
    w.attribute(QStringLiteral("certificate_arn"), certArn);
    w.blank();
    defaultAction();
    w.close();
    w.blank();
    const QString http = m.stringProperty(alb, QStringLiteral("http_listener"));
    if (http == QLatin1String("redirect")) {
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_lb_listener"), r + QStringLiteral("_http")});
        w.attribute(QStringLiteral("load_balancer_arn"), u"aws_lb.%1.arn", {r});
        w.attribute(QStringLiteral("port"), QStringLiteral("80"));
        w.attribute(QStringLiteral("protocol"), QStringLiteral("\"HTTP\""));
        w.blank();
        w.openBlock(QStringLiteral("default_action"));
        w.attribute(QStringLiteral("type"), QStringLiteral("\"redirect\""));
        w.blank();
        w.openBlock(QStringLiteral("redirect"));
        w.attribute(QStringLiteral("protocol"), QStringLiteral("\"HTTPS\""));
        w.attribute(QStringLiteral("port"), QStringLiteral("\"443\""));
        w.attribute(QStringLiteral("status_code"), QStringLiteral("\"HTTP_301\""));
        w.close();
        w.close();
        w.close();
        w.blank();
    } else if (http == QLatin1String("forward")) {
        w.comment(QStringLiteral("The design forwards plain HTTP on port 80 (http_listener = forward): traffic is not encrypted."));
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_lb_listener"), r + QStringLiteral("_http")});
        w.attribute(QStringLiteral("load_balancer_arn"), u"aws_lb.%1.arn", {r});
        w.attribute(QStringLiteral("port"), QStringLiteral("80"));
        w.attribute(QStringLiteral("protocol"), QStringLiteral("\"HTTP\""));
        w.blank();
        defaultAction();
        w.close();
        w.blank();
    }
    for (std::size_t i = 0; i < routed.size(); ++i) {
        const auto& [s, path] = routed[i];
        for (const QString& listener : {QStringLiteral("https"), QStringLiteral("http")}) {
            const bool https = listener == QLatin1String("https");
            if (!https && http != QLatin1String("forward"))
                continue;
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_lb_listener_rule"),
                                                     HclWriter::expand(https ? u"%1_%2" : u"%1_%2_http", {r, m.ref(*s)})});
            w.attribute(QStringLiteral("listener_arn"), u"aws_lb_listener.%1_%2.arn", {r, listener});
            w.attribute(QStringLiteral("priority"), QString::number(10 * (i + 1)));
            w.blank();
            w.openBlock(QStringLiteral("action"));
            w.attribute(QStringLiteral("type"), QStringLiteral("\"forward\""));
            w.attribute(QStringLiteral("target_group_arn"), u"aws_lb_target_group.%1.arn", {m.targetGroupOf(alb, *s)});
            w.close();
            w.blank();
            w.openBlock(QStringLiteral("condition"));
            w.openBlock(QStringLiteral("path_pattern"));
            w.attribute(QStringLiteral("values"), HclWriter::stringList({path}));
            w.close();
            w.close();
            w.close();
            w.blank();
        }
    }
    m.addOutput({r + QStringLiteral("_dns_name"), HclWriter::expand(u"DNS name of load balancer '%1'.", {alb.id}), HclWriter::expand(u"aws_lb.%1.dns_name", {r})});
    if (cert) {
        // Behind CloudFront only (no users connect to it), the ALB's name is the distribution's origin.
        const bool originOnly = m.sources(alb, QStringLiteral("users")).empty() && !m.sources(alb, QStringLiteral("cloudfront")).empty();
        m.addOutput({r + QStringLiteral("_url"),
                     originOnly ? HclWriter::expand(u"Origin URL of '%1' (its security group admits only CloudFront).", {alb.id})
                                : HclWriter::expand(u"URL of the API behind '%1'.", {alb.id}),
                     HclWriter::string(QStringLiteral("https://") + m.domainOf(alb))});
    }
}

} // namespace

void loadBalancer(TerraformModule& m)
{
    const auto albs = m.ofType(QStringLiteral("alb"));
    if (albs.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("load_balancer.tf"));
    bool elbAccountDeclared = false;
    for (const Component* alb : albs)
        loadBalancerOf(m, w, *alb, elbAccountDeclared);
}

} // namespace sky::TerraformGenerators
