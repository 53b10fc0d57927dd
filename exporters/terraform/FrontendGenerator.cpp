#include "exporters/terraform/BucketHardening.h"
#include "exporters/terraform/IamPolicy.h"
#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

namespace sky::TerraformGenerators {

namespace {

void bucket(TerraformModule& m, HclWriter& w, const Component& b)
{
    const QString r = m.ref(b);
    w.comment(QStringLiteral("Bucket '%1' (purpose %2).").arg(b.id, m.stringProperty(b, QStringLiteral("purpose"))));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket"), r});
    w.attribute(QStringLiteral("bucket_prefix"), QStringLiteral("\"${var.name}-%1-\"").arg(TerraformNames::slug(b.id, 11)));
    w.close();
    w.blank();
    const QString encryption = m.stringProperty(b, QStringLiteral("encryption"));
    BucketHardening::Settings hardening;
    hardening.blockPublicAccess = m.boolProperty(b, QStringLiteral("block_public_access"));
    hardening.encryption = encryption == QLatin1String("none")      ? BucketHardening::Encryption::None
                           : encryption == QLatin1String("SSE-KMS") ? BucketHardening::Encryption::Kms
                                                                    : BucketHardening::Encryption::S3;
    hardening.versioning = m.boolProperty(b, QStringLiteral("versioning"));
    BucketHardening::write(w, r, hardening);
    if (hardening.encryption == BucketHardening::Encryption::Kms && !m.sources(b.id, QStringLiteral("cloudfront")).empty())
        m.note(QStringLiteral("Bucket `%1` uses SSE-KMS with the AWS-managed key, which CloudFront cannot decrypt: switch to "
                              "a customer-managed key whose policy admits the distribution, or to SSE-S3.").arg(b.id));
    if (m.boolProperty(b, QStringLiteral("website_hosting"))) {
        w.comment(QStringLiteral("The design turns S3 website hosting on (public, HTTP only; CloudFront with OAC replaces it)."));
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_website_configuration"), r});
        w.attribute(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.%1.id").arg(r));
        w.blank();
        w.openBlock(QStringLiteral("index_document"));
        w.attribute(QStringLiteral("suffix"), QStringLiteral("\"index.html\""));
        w.close();
        w.close();
        w.blank();
    }
    std::vector<PolicyStatement> statements{IamPolicy::denyInsecureTransport(r)};
    const auto cdns = m.sources(b.id, QStringLiteral("cloudfront"));
    if (!cdns.empty()) {
        PolicyStatement read;
        read.sid = QStringLiteral("AllowCloudFrontOriginAccessControl");
        read.principalType = QStringLiteral("Service");
        read.principals = {QStringLiteral("\"cloudfront.amazonaws.com\"")};
        read.actions = {QStringLiteral("s3:GetObject")};
        read.resources = {QStringLiteral("\"${aws_s3_bucket.%1.arn}/*\"").arg(r)};
        QStringList arns;
        for (const Component* cdn : cdns)
            arns.append(QStringLiteral("aws_cloudfront_distribution.%1.arn").arg(m.ref(*cdn)));
        read.conditions.push_back({QStringLiteral("StringEquals"), QStringLiteral("AWS:SourceArn"), arns});
        statements.insert(statements.begin(), read);
    }
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_policy"), r});
    w.attribute(QStringLiteral("bucket"), QStringLiteral("aws_s3_bucket.%1.id").arg(r));
    IamPolicy::write(w, QStringLiteral("policy"), statements);
    w.blank();
    w.attribute(QStringLiteral("depends_on"), QStringLiteral("[aws_s3_bucket_public_access_block.%1]").arg(r));
    w.close();
    w.blank();
    m.addOutput({r + QStringLiteral("_bucket"), QStringLiteral("Name of bucket '%1'.").arg(b.id), QStringLiteral("aws_s3_bucket.%1.id").arg(r)});
}

void webAcl(HclWriter& w, const QString& r)
{
    w.comment(QStringLiteral("The design puts a WAF in front of the distribution (waf = true): AWS managed rule groups."));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_wafv2_web_acl"), r});
    w.attribute(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
    w.attribute(QStringLiteral("name"), QStringLiteral("\"${var.name}-%1\"").arg(TerraformNames::slug(r, 30)));
    w.attribute(QStringLiteral("scope"), QStringLiteral("\"CLOUDFRONT\""));
    w.blank();
    w.openBlock(QStringLiteral("default_action"));
    w.openBlock(QStringLiteral("allow"));
    w.close();
    w.close();
    w.blank();
    const QStringList groups{QStringLiteral("AWSManagedRulesCommonRuleSet"), QStringLiteral("AWSManagedRulesKnownBadInputsRuleSet")};
    for (int i = 0; i < groups.size(); ++i) {
        w.openBlock(QStringLiteral("rule"));
        w.attribute(QStringLiteral("name"), HclWriter::string(groups[i]));
        w.attribute(QStringLiteral("priority"), QString::number(i + 1));
        w.blank();
        w.openBlock(QStringLiteral("override_action"));
        w.openBlock(QStringLiteral("none"));
        w.close();
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("statement"));
        w.openBlock(QStringLiteral("managed_rule_group_statement"));
        w.attribute(QStringLiteral("name"), HclWriter::string(groups[i]));
        w.attribute(QStringLiteral("vendor_name"), QStringLiteral("\"AWS\""));
        w.close();
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("visibility_config"));
        w.attribute(QStringLiteral("cloudwatch_metrics_enabled"), QStringLiteral("true"));
        w.attribute(QStringLiteral("metric_name"), HclWriter::string(groups[i]));
        w.attribute(QStringLiteral("sampled_requests_enabled"), QStringLiteral("true"));
        w.close();
        w.close();
        w.blank();
    }
    w.openBlock(QStringLiteral("visibility_config"));
    w.attribute(QStringLiteral("cloudwatch_metrics_enabled"), QStringLiteral("true"));
    w.attribute(QStringLiteral("metric_name"), HclWriter::string(r));
    w.attribute(QStringLiteral("sampled_requests_enabled"), QStringLiteral("true"));
    w.close();
    w.close();
    w.blank();
}

void distribution(TerraformModule& m, HclWriter& w, const Component& cdn)
{
    const QString r = m.ref(cdn);
    const auto origins = m.targets(cdn.id, QStringLiteral("s3_bucket"));
    if (origins.empty()) {
        m.fail(QStringLiteral("CloudFront '%1' has no S3 bucket connected as its origin; connect it to the bucket it serves").arg(cdn.id));
        return;
    }
    const bool waf = m.boolProperty(cdn, QStringLiteral("waf"));
    if (waf)
        webAcl(w, r);
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_origin_access_control"), r});
    w.attribute(QStringLiteral("name"), QStringLiteral("\"${var.name}-%1\"").arg(TerraformNames::slug(cdn.id, 30)));
    w.attribute(QStringLiteral("origin_access_control_origin_type"), QStringLiteral("\"s3\""));
    w.attribute(QStringLiteral("signing_behavior"), QStringLiteral("\"always\""));
    w.attribute(QStringLiteral("signing_protocol"), QStringLiteral("\"sigv4\""));
    w.close();
    w.blank();
    const Component* cert = m.certificateOf(cdn);
    const bool spa = m.stringProperty(*origins.front(), QStringLiteral("purpose")) == QLatin1String("static_site");
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_distribution"), r});
    w.attribute(QStringLiteral("enabled"), QStringLiteral("true"));
    w.attribute(QStringLiteral("is_ipv6_enabled"), QStringLiteral("true"));
    w.attribute(QStringLiteral("http_version"), QStringLiteral("\"http2and3\""));
    w.attribute(QStringLiteral("price_class"), HclWriter::string(m.stringProperty(cdn, QStringLiteral("price_class"))));
    if (spa)
        w.attribute(QStringLiteral("default_root_object"), QStringLiteral("\"index.html\""));
    if (cert)
        w.attribute(QStringLiteral("aliases"), HclWriter::stringList({m.domainOf(cdn)}));
    if (waf)
        w.attribute(QStringLiteral("web_acl_id"), QStringLiteral("aws_wafv2_web_acl.%1.arn").arg(r));
    w.blank();
    for (const Component* o : origins) {
        w.openBlock(QStringLiteral("origin"));
        w.attribute(QStringLiteral("origin_id"), HclWriter::string(o->id));
        w.attribute(QStringLiteral("domain_name"), QStringLiteral("aws_s3_bucket.%1.bucket_regional_domain_name").arg(m.ref(*o)));
        w.attribute(QStringLiteral("origin_access_control_id"), QStringLiteral("aws_cloudfront_origin_access_control.%1.id").arg(r));
        w.close();
        w.blank();
    }
    w.openBlock(QStringLiteral("default_cache_behavior"));
    w.attribute(QStringLiteral("target_origin_id"), HclWriter::string(origins.front()->id));
    w.attribute(QStringLiteral("viewer_protocol_policy"), HclWriter::string(m.stringProperty(cdn, QStringLiteral("viewer_protocol_policy"))));
    w.attribute(QStringLiteral("allowed_methods"), QStringLiteral("[\"GET\", \"HEAD\", \"OPTIONS\"]"));
    w.attribute(QStringLiteral("cached_methods"), QStringLiteral("[\"GET\", \"HEAD\"]"));
    w.attribute(QStringLiteral("compress"), QStringLiteral("true"));
    w.attribute(QStringLiteral("cache_policy_id"), QStringLiteral("data.aws_cloudfront_cache_policy.caching_optimized.id"));
    w.attribute(QStringLiteral("response_headers_policy_id"), QStringLiteral("data.aws_cloudfront_response_headers_policy.security_headers.id"));
    w.close();
    w.blank();
    if (spa) {
        w.comment(QStringLiteral("The React router handles paths the bucket does not hold."));
        for (const int code : {403, 404}) {
            w.openBlock(QStringLiteral("custom_error_response"));
            w.attribute(QStringLiteral("error_code"), QString::number(code));
            w.attribute(QStringLiteral("response_code"), QStringLiteral("200"));
            w.attribute(QStringLiteral("response_page_path"), QStringLiteral("\"/index.html\""));
            w.close();
            w.blank();
        }
    }
    w.openBlock(QStringLiteral("restrictions"));
    w.openBlock(QStringLiteral("geo_restriction"));
    w.attribute(QStringLiteral("restriction_type"), QStringLiteral("\"none\""));
    w.close();
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("viewer_certificate"));
    if (cert) {
        w.attribute(QStringLiteral("acm_certificate_arn"), m.certificateArn(*cert));
        w.attribute(QStringLiteral("ssl_support_method"), QStringLiteral("\"sni-only\""));
        w.attribute(QStringLiteral("minimum_protocol_version"), HclWriter::string(m.stringProperty(cdn, QStringLiteral("minimum_tls"))));
    } else {
        w.comment(QStringLiteral("No certificate is attached in the design: the *.cloudfront.net certificate serves (TLS policy fixed by AWS)."));
        w.attribute(QStringLiteral("cloudfront_default_certificate"), QStringLiteral("true"));
    }
    w.close();
    w.close();
    w.blank();
    m.addOutput({r + QStringLiteral("_domain_name"), QStringLiteral("CloudFront domain name of '%1'.").arg(cdn.id),
                 QStringLiteral("aws_cloudfront_distribution.%1.domain_name").arg(r)});
    m.addOutput({r + QStringLiteral("_distribution_id"), QStringLiteral("Distribution ID of '%1' (for cache invalidations).").arg(cdn.id),
                 QStringLiteral("aws_cloudfront_distribution.%1.id").arg(r)});
    if (cert)
        m.addOutput({r + QStringLiteral("_url"), QStringLiteral("URL of the front end."), HclWriter::string(QStringLiteral("https://") + m.domainOf(cdn))});
}

} // namespace

void frontend(TerraformModule& m)
{
    const auto buckets = m.ofType(QStringLiteral("s3_bucket"));
    const auto cdns = m.ofType(QStringLiteral("cloudfront"));
    if (buckets.empty() && cdns.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("frontend.tf"));
    for (const Component* b : buckets)
        bucket(m, w, *b);
    if (cdns.empty())
        return;
    w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_cloudfront_cache_policy"), QStringLiteral("caching_optimized")});
    w.attribute(QStringLiteral("name"), QStringLiteral("\"Managed-CachingOptimized\""));
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_cloudfront_response_headers_policy"), QStringLiteral("security_headers")});
    w.attribute(QStringLiteral("name"), QStringLiteral("\"Managed-SecurityHeadersPolicy\""));
    w.close();
    w.blank();
    for (const Component* cdn : cdns)
        distribution(m, w, *cdn);
}

} // namespace sky::TerraformGenerators
