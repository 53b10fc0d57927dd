#include "exporters/terraform/SecurityTest.h"

#include "exporters/terraform/TerraformModule.h"

namespace sky::SecurityTest {

namespace {

QString b(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

HclWriter assertions(const TerraformModule& m)
{
    HclWriter w;
    w.comment(QStringLiteral("Security properties of this module, asserted on a plan with a mocked AWS provider:\n"
                             "`terraform test` runs offline, needs no credentials and creates nothing."));
    w.openBlock(QStringLiteral("mock_provider"), {QStringLiteral("aws")});
    w.openBlock(QStringLiteral("mock_data"), {QStringLiteral("aws_availability_zones")});
    w.openAttribute(QStringLiteral("defaults"), QStringLiteral("{"), QStringLiteral("}"));
    QStringList zones;
    for (const char z : {'a', 'b', 'c', 'd', 'e', 'f'})
        zones.append(HclWriter::string(m.region() + QLatin1Char(z)));
    w.attribute(QStringLiteral("names"), HclWriter::list(zones));
    w.close();
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("mock_data"), {QStringLiteral("aws_caller_identity")});
    w.openAttribute(QStringLiteral("defaults"), QStringLiteral("{"), QStringLiteral("}"));
    w.attribute(QStringLiteral("account_id"), QStringLiteral("\"123456789012\""));
    w.close();
    w.close();
    w.close();
    w.blank();
    if (m.needsUsEast1()) {
        w.openBlock(QStringLiteral("mock_provider"), {QStringLiteral("aws")});
        w.attribute(QStringLiteral("alias"), QStringLiteral("\"us_east_1\""));
        w.close();
        w.blank();
    }
    w.openBlock(QStringLiteral("run"), {QStringLiteral("security_properties")});
    w.attribute(QStringLiteral("command"), QStringLiteral("plan"));
    auto add = [&w](const QString& condition, const QString& message) {
        w.blank();
        w.openBlock(u"assert");
        w.attribute(QStringLiteral("condition"), condition);
        w.stringAttribute(u"error_message", message + QLatin1Char('.'));
        w.close();
    };

    for (const Component* db : m.ofType(QStringLiteral("rds_postgres"))) {
        const QString r = QStringLiteral("aws_db_instance.") + m.ref(*db);
        add(HclWriter::expand(u"%1.manage_master_user_password == true", {r}), QStringLiteral("RDS keeps the master password (none in code)"));
        add(HclWriter::expand(u"%1.password == null", {r}), QStringLiteral("no database password in the configuration"));
        add(HclWriter::expand(u"%1.skip_final_snapshot == false", {r}), QStringLiteral("a final snapshot is taken on deletion"));
        add(HclWriter::expand(u"%1.publicly_accessible == %2", {r, b(m.boolProperty(*db, QStringLiteral("publicly_accessible")))}),
            QStringLiteral("publicly_accessible as designed"));
        add(HclWriter::expand(u"%1.storage_encrypted == %2", {r, b(m.boolProperty(*db, QStringLiteral("storage_encrypted")))}),
            QStringLiteral("storage_encrypted as designed"));
        add(HclWriter::expand(u"%1.multi_az == %2", {r, b(m.boolProperty(*db, QStringLiteral("multi_az")))}), QStringLiteral("multi_az as designed"));
        add(HclWriter::expand(u"%1.deletion_protection == %2", {r, b(m.boolProperty(*db, QStringLiteral("deletion_protection")))}),
            QStringLiteral("deletion_protection as designed"));
        add(HclWriter::expand(u"%1.backup_retention_period == %2", {r}).arg(m.intProperty(*db, QStringLiteral("backup_retention_days"))),
            QStringLiteral("backup retention as designed"));
    }
    for (const Component* alb : m.ofType(QStringLiteral("alb"))) {
        const QString r = m.ref(*alb);
        add(HclWriter::expand(u"aws_lb.%1.drop_invalid_header_fields == %2", {r, b(m.boolProperty(*alb, QStringLiteral("drop_invalid_headers")))}),
            QStringLiteral("invalid headers dropped as designed"));
        add(HclWriter::expand(u"aws_lb.%1.enable_deletion_protection == %2", {r, b(m.boolProperty(*alb, QStringLiteral("deletion_protection")))}),
            QStringLiteral("ALB deletion protection as designed"));
        add(HclWriter::expand(u"aws_lb_listener.%1_https.protocol == \"HTTPS\"", {r}), QStringLiteral("the ALB listens on HTTPS"));
        add(HclWriter::expand(u"aws_lb_listener.%1_https.ssl_policy == %2", {r, HclWriter::string(m.stringProperty(*alb, QStringLiteral("ssl_policy")))}),
            QStringLiteral("the designed TLS policy"));
        if (m.stringProperty(*alb, QStringLiteral("http_listener")) == QLatin1String("redirect"))
            add(HclWriter::expand(u"aws_lb_listener.%1_http.default_action[0].redirect[0].status_code == \"HTTP_301\" && "
                               "aws_lb_listener.%1_http.default_action[0].redirect[0].protocol == \"HTTPS\"", {r}),
                QStringLiteral("HTTP redirects to HTTPS"));
        if (m.boolProperty(*alb, QStringLiteral("access_logs")))
            add(HclWriter::expand(u"aws_lb.%1.access_logs[0].enabled == true", {r}), QStringLiteral("ALB access logs on"));
    }
    for (const Component* s : m.ofType(QStringLiteral("ecs_fargate_service"))) {
        const QString r = QStringLiteral("aws_ecs_service.") + m.ref(*s);
        add(HclWriter::expand(u"%1.network_configuration[0].assign_public_ip == %2", {r, b(m.boolProperty(*s, QStringLiteral("assign_public_ip")))}),
            QStringLiteral("public IP of tasks as designed"));
        add(HclWriter::expand(u"%1.deployment_circuit_breaker[0].enable && %1.deployment_circuit_breaker[0].rollback", {r}),
            QStringLiteral("failed deployments roll back"));
    }
    for (const Component* ecr : m.ofType(QStringLiteral("ecr_repository"))) {
        const QString r = QStringLiteral("aws_ecr_repository.") + m.ref(*ecr);
        add(HclWriter::expand(u"%1.image_scanning_configuration[0].scan_on_push == %2", {r, b(m.boolProperty(*ecr, QStringLiteral("scan_on_push")))}),
            QStringLiteral("scan on push as designed"));
        add(HclWriter::expand(u"%1.image_tag_mutability == %2", {r, m.boolProperty(*ecr, QStringLiteral("immutable_tags")) ? QStringLiteral("\"IMMUTABLE\"")
                                                                                                                     : QStringLiteral("\"MUTABLE\"")}),
            QStringLiteral("tag mutability as designed"));
    }
    for (const Component* bucket : m.ofType(QStringLiteral("s3_bucket"))) {
        const QString r = QStringLiteral("aws_s3_bucket_public_access_block.") + m.ref(*bucket);
        const QString v = b(m.boolProperty(*bucket, QStringLiteral("block_public_access")));
        add(HclWriter::expand(u"%1.block_public_acls == %2 && %1.block_public_policy == %2 && %1.ignore_public_acls == %2 && %1.restrict_public_buckets == %2", {r, v}),
            QStringLiteral("the four public access blocks as designed"));
    }
    for (const Component* cdn : m.ofType(QStringLiteral("cloudfront"))) {
        const QString r = QStringLiteral("aws_cloudfront_distribution.") + m.ref(*cdn);
        add(HclWriter::expand(u"%1.default_cache_behavior[0].viewer_protocol_policy == %2", {r, HclWriter::string(m.stringProperty(*cdn, QStringLiteral("viewer_protocol_policy")))}),
            QStringLiteral("viewer protocol policy as designed"));
        if (m.certificateOf(*cdn)) {
            add(HclWriter::expand(u"one(%1.viewer_certificate).minimum_protocol_version == %2", {r, HclWriter::string(m.stringProperty(*cdn, QStringLiteral("minimum_tls")))}),
                QStringLiteral("minimum TLS as designed"));
            add(HclWriter::expand(u"one(%1.viewer_certificate).ssl_support_method == \"sni-only\"", {r}), QStringLiteral("SNI only"));
        }
        for (const Component* alb : m.targets(*cdn, QStringLiteral("alb"))) {
            add(HclWriter::expand(u"[for o in %1.origin : one(o.custom_origin_config).origin_protocol_policy if o.origin_id == %2] == [\"https-only\"]", {r, HclWriter::string(alb->id)}),
                QStringLiteral("CloudFront reaches its load balancer origin over HTTPS only"));
            add(HclWriter::expand(u"[for o in %1.origin : one(o.custom_origin_config).origin_ssl_protocols if o.origin_id == %2] == [toset([\"TLSv1.2\"])]", {r, HclWriter::string(alb->id)}),
                QStringLiteral("CloudFront speaks TLS 1.2 to its load balancer origin"));
            add(HclWriter::expand(u"alltrue([for b in %1.ordered_cache_behavior : b.viewer_protocol_policy == %2])", {r, HclWriter::string(m.stringProperty(*cdn, QStringLiteral("viewer_protocol_policy")))}),
                QStringLiteral("viewer protocol policy as designed on the API paths"));
        }
    }
    for (const Component* vpc : m.ofType(QStringLiteral("vpc")))
        if (m.boolProperty(*vpc, QStringLiteral("flow_logs")))
            add(HclWriter::expand(u"aws_flow_log.%1.traffic_type == \"ALL\"", {m.ref(*vpc)}), QStringLiteral("VPC flow logs record all traffic"));
    return w;
}

QByteArray write(const TerraformModule& m, HclWriter test)
{
    HclWriter& w = test;
    if (!m.requiredInputs().isEmpty()) {
        w.blank();
        w.comment(QStringLiteral("Placeholders for the module's required inputs."));
        w.openBlock(QStringLiteral("variables"));
        for (const QString& name : m.requiredInputs())
            w.attribute(name, name.endsWith(QLatin1String("_arn"))
                                  ? QStringLiteral("\"arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000\"")
                                  : QStringLiteral("\"placeholder\""));
        w.close();
    }
    w.close();
    return w.takeUtf8();
}

} // namespace sky::SecurityTest
