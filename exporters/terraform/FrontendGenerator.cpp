#include "exporters/terraform/BucketHardening.h"
#include "exporters/terraform/IamPolicy.h"
#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"
#include "model/DesignSettings.h"
#include "model/Protocols.h"

#include <algorithm>

namespace sky::TerraformGenerators {

namespace {

void bucket(TerraformModule& m, HclWriter& w, const Component& b)
{
    const QString r = m.ref(b);
    w.comment(HclWriter::expand(u"Bucket '%1' (purpose %2).", {b.id, m.stringProperty(b, QStringLiteral("purpose"))}));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket"), r});
    w.attribute(QStringLiteral("bucket_prefix"), u"\"${var.name}-%1-\"", {m.awsSlug(b, 11)});
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
    if (hardening.encryption == BucketHardening::Encryption::Kms && !m.sources(b, QStringLiteral("cloudfront")).empty())
        m.note(HclWriter::expand(u"Bucket `%1` uses SSE-KMS with the AWS-managed key, which CloudFront cannot decrypt: switch to "
                              "a customer-managed key whose policy admits the distribution, or to SSE-S3.", {b.id}));
    if (m.boolProperty(b, QStringLiteral("website_hosting"))) {
        w.comment(QStringLiteral("The design turns S3 website hosting on (public, HTTP only; CloudFront with OAC replaces it)."));
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_website_configuration"), r});
        w.attribute(QStringLiteral("bucket"), u"aws_s3_bucket.%1.id", {r});
        w.blank();
        w.openBlock(QStringLiteral("index_document"));
        w.attribute(QStringLiteral("suffix"), QStringLiteral("\"index.html\""));
        w.close();
        w.close();
        w.blank();
    }
    std::vector<PolicyStatement> statements{IamPolicy::denyInsecureTransport(r)};
    const auto cdns = m.sources(b, QStringLiteral("cloudfront"));
    if (!cdns.empty()) {
        PolicyStatement read;
        read.sid = QStringLiteral("AllowCloudFrontOriginAccessControl");
        read.principalType = QStringLiteral("Service");
        read.principals = {QStringLiteral("\"cloudfront.amazonaws.com\"")};
        read.actions = {QStringLiteral("s3:GetObject")};
        read.resources = {HclWriter::expand(u"\"${aws_s3_bucket.%1.arn}/*\"", {r})};
        QStringList arns;
        for (const Component* cdn : cdns)
            arns.append(HclWriter::expand(u"aws_cloudfront_distribution.%1.arn", {m.ref(*cdn)}));
        read.conditions.push_back({QStringLiteral("StringEquals"), QStringLiteral("AWS:SourceArn"), arns});
        statements.insert(statements.begin(), read);
    }
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_policy"), r});
    w.attribute(QStringLiteral("bucket"), u"aws_s3_bucket.%1.id", {r});
    IamPolicy::write(w, QStringLiteral("policy"), statements);
    w.blank();
    w.attribute(QStringLiteral("depends_on"), u"[aws_s3_bucket_public_access_block.%1]", {r});
    w.close();
    w.blank();
    m.addOutput({r + QStringLiteral("_bucket"), HclWriter::expand(u"Name of bucket '%1'.", {b.id}), HclWriter::expand(u"aws_s3_bucket.%1.id", {r})});
}

void webAcl(HclWriter& w, const QString& r, const QString& slug)
{
    w.comment(QStringLiteral("The design puts a WAF in front of the distribution (waf = true): AWS managed rule groups."));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_wafv2_web_acl"), r});
    w.attribute(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
    w.attribute(QStringLiteral("name"), u"\"${var.name}-%1\"", {slug});
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
        w.stringAttribute(QStringLiteral("name"), groups[i]);
        w.attribute(QStringLiteral("priority"), QString::number(i + 1));
        w.blank();
        w.openBlock(QStringLiteral("override_action"));
        w.openBlock(QStringLiteral("none"));
        w.close();
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("statement"));
        w.openBlock(QStringLiteral("managed_rule_group_statement"));
        w.stringAttribute(QStringLiteral("name"), groups[i]);
        w.attribute(QStringLiteral("vendor_name"), QStringLiteral("\"AWS\""));
        w.close();
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("visibility_config"));
        w.attribute(QStringLiteral("cloudwatch_metrics_enabled"), QStringLiteral("true"));
        w.stringAttribute(QStringLiteral("metric_name"), groups[i]);
        w.attribute(QStringLiteral("sampled_requests_enabled"), QStringLiteral("true"));
        w.close();
        w.close();
        w.blank();
    }
    w.openBlock(QStringLiteral("visibility_config"));
    w.attribute(QStringLiteral("cloudwatch_metrics_enabled"), QStringLiteral("true"));
    w.stringAttribute(QStringLiteral("metric_name"), r);
    w.attribute(QStringLiteral("sampled_requests_enabled"), QStringLiteral("true"));
    w.close();
    w.close();
    w.blank();
}

/// A load balancer a distribution forwards a path of to (a connection cloudfront -> alb).
struct ApiOrigin {
    const Component* alb = nullptr;
    QString domain;      ///< HCL expression of the host name CloudFront connects to
    QString pathPattern; ///< literal path pattern of the ordered cache behaviour
    int port = 443;
};

/// The host name CloudFront reaches an ALB on. CloudFront validates the origin's certificate
/// against the origin's domain name (AllViewerExceptHostHeader sends that name as Host), and an
/// ACM certificate can never cover the ALB's own *.elb.amazonaws.com name: the origin must be
/// the domain the ALB's certificate validates (its alias record points at the ALB). Empty when
/// the design gives the ALB no such name.
QString albOriginHost(const TerraformModule& m, const Component& alb)
{
    const QString api = DesignSettings::apiDomain(m.design());
    const Component* cert = m.certificateOf(alb);
    if (!cert)
        return api; // the certificate is an input of the module; it must cover the API domain
    const QString domain = m.stringProperty(*cert, QStringLiteral("domain"));
    if (!domain.startsWith(QLatin1String("*.")))
        return domain;
    // A wildcard covers exactly one more label.
    const QString parent = domain.mid(1); // ".example.com"
    if (api.endsWith(parent) && api.size() > parent.size() && !api.left(api.size() - parent.size()).contains(QLatin1Char('.')))
        return api;
    return {};
}

/// The ALB origins of a distribution, or an empty list after m.fail() when one cannot be served.
std::vector<ApiOrigin> apiOrigins(TerraformModule& m, const Component& cdn)
{
    std::vector<ApiOrigin> out;
    QStringList patterns;
    for (const Connection* k : m.outgoing(cdn.id)) {
        const Component* alb = m.design().component(k->to);
        if (!alb || alb->type != QLatin1String("alb"))
            continue;
        if (std::any_of(out.begin(), out.end(), [&](const ApiOrigin& o) { return o.alb == alb; }))
            continue;
        if (k->protocol != QLatin1String("https")) {
            m.fail(HclWriter::expand(u"CloudFront '%1' reaches load balancer '%2' over %3 (connection %4); CloudFront speaks only HTTPS to "
                                  "an ALB origin here: set the connection's protocol to https", {cdn.id, alb->id, k->protocol, k->id}));
            return {};
        }
        if (!m.boolProperty(*alb, QStringLiteral("internet_facing"))) {
            m.fail(HclWriter::expand(u"CloudFront '%1' forwards to load balancer '%2', which is internal; set internet_facing = true on it "
                                  "(its security group then admits only CloudFront)", {cdn.id, alb->id}));
            return {};
        }
        const QString host = albOriginHost(m, *alb);
        if (host.isEmpty()) {
            m.fail(HclWriter::expand(u"CloudFront '%1' forwards to load balancer '%2', which has no host name its certificate covers; "
                                  "connect a certificate of the API's name to it, or set the design's api_domain", {cdn.id, alb->id}));
            return {};
        }
        ApiOrigin o;
        o.alb = alb;
        o.port = Protocols::effectivePort(*k).value_or(443);
        // The connection's label names the path when it is one (e.g. "/api/*").
        o.pathPattern = k->label.startsWith(QLatin1Char('/')) ? k->label.trimmed() : QStringLiteral("/api/*");
        if (patterns.contains(o.pathPattern)) {
            m.fail(HclWriter::expand(u"CloudFront '%1' sends path %2 to two load balancers; label the connection to '%3' with its own path "
                                  "(e.g. /v2/*)", {cdn.id, o.pathPattern, alb->id}));
            return {};
        }
        patterns.append(o.pathPattern);
        // The alias record of the design (zone -> alb) makes the name resolve to the ALB; refer to
        // it so that the distribution is created after the record.
        bool record = false;
        for (const Connection* in : m.incoming(alb->id)) {
            const Component* zone = m.design().component(in->from);
            record = record || (in->protocol == QLatin1String("dns") && zone && zone->type == QLatin1String("route53_zone"));
        }
        if (record && host == m.domainOf(*alb)) {
            o.domain = HclWriter::expand(u"aws_route53_record.%1_a.fqdn", {m.ref(*alb)});
        } else {
            o.domain = HclWriter::string(host);
            m.note(HclWriter::expand(u"CloudFront `%1` reaches load balancer `%2` by the name its certificate covers, which no "
                                  "dns connection of the design points at it: add that DNS record (target: output `%3_dns_name`).", {cdn.id, alb->id, m.ref(*alb)}));
        }
        m.note(HclWriter::expand(u"Requests CloudFront `%1` forwards to load balancer `%2` carry the API's host name as Host and the "
                              "front end's origin as Origin: the application accepts both (Django: `ALLOWED_HOSTS`, `CSRF_TRUSTED_ORIGINS`).", {cdn.id, alb->id}));
        out.push_back(o);
    }
    return out;
}

void spaRoutingFunction(HclWriter& w, const QString& r, const QString& slug)
{
    w.comment(QStringLiteral("Single-page app routing for the default behaviour only: paths without a file extension get\n"
                             "index.html. (custom_error_response would apply to the whole distribution and turn the API's\n"
                             "403 and 404 answers into 200 index.html.)"));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_function"), r + QStringLiteral("_spa_routing")});
    w.attribute(QStringLiteral("name"), u"\"${var.name}-%1-spa-routing\"", {slug});
    w.attribute(QStringLiteral("runtime"), QStringLiteral("\"cloudfront-js-2.0\""));
    w.attribute(QStringLiteral("comment"), QStringLiteral("\"index.html for paths without a file extension\""));
    w.attribute(QStringLiteral("publish"), QStringLiteral("true"));
    w.attribute(QStringLiteral("code"),
                QStringLiteral("\"function handler(event) { var request = event.request; "
                               "if (request.uri.split('/').pop().indexOf('.') === -1) { request.uri = '/index.html'; } return request; }\""));
    w.close();
    w.blank();
}

void distribution(TerraformModule& m, HclWriter& w, const Component& cdn)
{
    const QString r = m.ref(cdn);
    const auto origins = m.targets(cdn, QStringLiteral("s3_bucket"));
    const std::vector<ApiOrigin> apis = apiOrigins(m, cdn);
    if (!m.error().isEmpty())
        return;
    if (origins.empty() && apis.empty()) {
        m.fail(HclWriter::expand(u"CloudFront '%1' has no origin; connect it to the S3 bucket it serves or to the load balancer of the API", {cdn.id}));
        return;
    }
    // The first bucket is the default behaviour; another is served under the path its
    // connection is labelled with (e.g. /media/*).
    std::vector<std::pair<const Component*, QString>> bucketPaths;
    QStringList unserved;
    for (std::size_t i = 1; i < origins.size(); ++i) {
        QString path;
        for (const Connection* k : m.outgoing(cdn.id))
            if (path.isEmpty() && k->to == origins[i]->id && k->label.trimmed().startsWith(QLatin1Char('/')))
                path = k->label.trimmed();
        if (path.isEmpty()) {
            unserved.append(QLatin1Char('`') + origins[i]->id + QLatin1Char('`'));
            continue;
        }
        const bool taken = std::any_of(apis.begin(), apis.end(), [&](const ApiOrigin& a) { return a.pathPattern == path; }) ||
                           std::any_of(bucketPaths.begin(), bucketPaths.end(), [&](const auto& b) { return b.second == path; });
        if (taken) {
            m.fail(HclWriter::expand(u"CloudFront '%1' sends path %2 to two origins; label the connection to '%3' with its own path "
                                     "(e.g. /media/*)",
                                     {cdn.id, path, origins[i]->id}));
            return;
        }
        bucketPaths.emplace_back(origins[i], path);
    }
    if (!unserved.isEmpty())
        m.note(HclWriter::expand(u"CloudFront `%1` serves bucket `%2` by default and no other bucket of it but by path: label the "
                                 "connection to %3 with its path (e.g. /assets/*).",
                                 {cdn.id, origins.front()->id, unserved.join(QStringLiteral(", "))}));
    const bool waf = m.boolProperty(cdn, QStringLiteral("waf"));
    if (waf)
        webAcl(w, r, m.awsSlug(cdn, 30));
    if (!origins.empty()) {
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_origin_access_control"), r});
        w.attribute(QStringLiteral("name"), u"\"${var.name}-%1\"", {m.awsSlug(cdn, 30)});
        w.attribute(QStringLiteral("origin_access_control_origin_type"), QStringLiteral("\"s3\""));
        w.attribute(QStringLiteral("signing_behavior"), QStringLiteral("\"always\""));
        w.attribute(QStringLiteral("signing_protocol"), QStringLiteral("\"sigv4\""));
        w.close();
        w.blank();
    }
    const Component* cert = m.certificateOf(cdn);
    const bool spa = !origins.empty() && m.stringProperty(*origins.front(), QStringLiteral("purpose")) == QLatin1String("static_site");
    // With an API behind the same distribution, error pages would rewrite the API's errors.
    const bool spaFunction = spa && !apis.empty();
    if (spaFunction)
        spaRoutingFunction(w, r, m.awsSlug(cdn, 30));
    const QString viewerPolicy = HclWriter::string(m.stringProperty(cdn, QStringLiteral("viewer_protocol_policy")));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_cloudfront_distribution"), r});
    w.attribute(QStringLiteral("enabled"), QStringLiteral("true"));
    w.attribute(QStringLiteral("is_ipv6_enabled"), QStringLiteral("true"));
    w.attribute(QStringLiteral("http_version"), QStringLiteral("\"http2and3\""));
    w.stringAttribute(QStringLiteral("price_class"), m.stringProperty(cdn, QStringLiteral("price_class")));
    if (spa)
        w.attribute(QStringLiteral("default_root_object"), QStringLiteral("\"index.html\""));
    if (cert)
        w.attribute(QStringLiteral("aliases"), HclWriter::stringList({m.domainOf(cdn)}));
    if (waf)
        w.attribute(QStringLiteral("web_acl_id"), u"aws_wafv2_web_acl.%1.arn", {r});
    w.blank();
    for (const Component* o : origins) {
        w.openBlock(QStringLiteral("origin"));
        w.stringAttribute(QStringLiteral("origin_id"), o->id);
        w.attribute(QStringLiteral("domain_name"), u"aws_s3_bucket.%1.bucket_regional_domain_name", {m.ref(*o)});
        w.attribute(QStringLiteral("origin_access_control_id"), u"aws_cloudfront_origin_access_control.%1.id", {r});
        w.close();
        w.blank();
    }
    for (const ApiOrigin& api : apis) {
        w.comment(HclWriter::expand(u"Load balancer '%1' over HTTPS only. CloudFront checks the ALB's certificate against this name,\n"
                                 "which the certificate covers (the ALB's *.elb.amazonaws.com name it never could).", {api.alb->id}));
        w.openBlock(QStringLiteral("origin"));
        w.stringAttribute(QStringLiteral("origin_id"), api.alb->id);
        w.attribute(QStringLiteral("domain_name"), api.domain);
        w.blank();
        w.openBlock(QStringLiteral("custom_origin_config"));
        w.attribute(QStringLiteral("http_port"), QStringLiteral("80"));
        w.attribute(QStringLiteral("https_port"), QString::number(api.port));
        w.attribute(QStringLiteral("origin_protocol_policy"), QStringLiteral("\"https-only\""));
        w.attribute(QStringLiteral("origin_ssl_protocols"), QStringLiteral("[\"TLSv1.2\"]"));
        w.close();
        w.close();
        w.blank();
    }
    // The API behaviour: every method, nothing cached, every viewer header but Host forwarded
    // (Host stays the origin's name, which the ALB's certificate covers).
    auto apiBehaviour = [&](const ApiOrigin& api) {
        w.stringAttribute(QStringLiteral("target_origin_id"), api.alb->id);
        w.attribute(QStringLiteral("viewer_protocol_policy"), viewerPolicy);
        w.attribute(QStringLiteral("allowed_methods"), QStringLiteral("[\"DELETE\", \"GET\", \"HEAD\", \"OPTIONS\", \"PATCH\", \"POST\", \"PUT\"]"));
        w.attribute(QStringLiteral("cached_methods"), QStringLiteral("[\"GET\", \"HEAD\"]"));
        w.attribute(QStringLiteral("compress"), QStringLiteral("true"));
        w.attribute(QStringLiteral("cache_policy_id"), QStringLiteral("data.aws_cloudfront_cache_policy.caching_disabled.id"));
        w.attribute(QStringLiteral("origin_request_policy_id"),
                    QStringLiteral("data.aws_cloudfront_origin_request_policy.all_viewer_except_host_header.id"));
        w.attribute(QStringLiteral("response_headers_policy_id"), QStringLiteral("data.aws_cloudfront_response_headers_policy.security_headers.id"));
    };
    // A bucket's behaviour: read-only methods, cached.
    auto bucketBehaviour = [&](const Component& bucket) {
        w.stringAttribute(QStringLiteral("target_origin_id"), bucket.id);
        w.attribute(QStringLiteral("viewer_protocol_policy"), viewerPolicy);
        w.attribute(QStringLiteral("allowed_methods"), QStringLiteral("[\"GET\", \"HEAD\", \"OPTIONS\"]"));
        w.attribute(QStringLiteral("cached_methods"), QStringLiteral("[\"GET\", \"HEAD\"]"));
        w.attribute(QStringLiteral("compress"), QStringLiteral("true"));
        w.attribute(QStringLiteral("cache_policy_id"), QStringLiteral("data.aws_cloudfront_cache_policy.caching_optimized.id"));
        w.attribute(QStringLiteral("response_headers_policy_id"), QStringLiteral("data.aws_cloudfront_response_headers_policy.security_headers.id"));
    };
    w.openBlock(QStringLiteral("default_cache_behavior"));
    if (origins.empty()) {
        apiBehaviour(apis.front());
    } else {
        bucketBehaviour(*origins.front());
        if (spaFunction) {
            w.blank();
            w.openBlock(QStringLiteral("function_association"));
            w.attribute(QStringLiteral("event_type"), QStringLiteral("\"viewer-request\""));
            w.attribute(QStringLiteral("function_arn"), u"aws_cloudfront_function.%1_spa_routing.arn", {r});
            w.close();
        }
    }
    w.close();
    w.blank();
    for (std::size_t i = origins.empty() ? 1 : 0; i < apis.size(); ++i) {
        w.openBlock(QStringLiteral("ordered_cache_behavior"));
        w.stringAttribute(QStringLiteral("path_pattern"), apis[i].pathPattern);
        apiBehaviour(apis[i]);
        w.close();
        w.blank();
    }
    for (const auto& [bucket, path] : bucketPaths) {
        w.openBlock(QStringLiteral("ordered_cache_behavior"));
        w.stringAttribute(QStringLiteral("path_pattern"), path);
        bucketBehaviour(*bucket);
        w.close();
        w.blank();
    }
    if (spa && !spaFunction) {
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
        w.stringAttribute(QStringLiteral("minimum_protocol_version"), m.stringProperty(cdn, QStringLiteral("minimum_tls")));
    } else {
        w.comment(QStringLiteral("No certificate is attached in the design: the *.cloudfront.net certificate serves (TLS policy fixed by AWS)."));
        w.attribute(QStringLiteral("cloudfront_default_certificate"), QStringLiteral("true"));
    }
    w.close();
    w.close();
    w.blank();
    m.addOutput({r + QStringLiteral("_domain_name"), HclWriter::expand(u"CloudFront domain name of '%1'.", {cdn.id}),
                 HclWriter::expand(u"aws_cloudfront_distribution.%1.domain_name", {r})});
    m.addOutput({r + QStringLiteral("_distribution_id"), HclWriter::expand(u"Distribution ID of '%1' (for cache invalidations).", {cdn.id}),
                 HclWriter::expand(u"aws_cloudfront_distribution.%1.id", {r})});
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
    bool staticOrigin = false;
    bool apiOrigin = false;
    for (const Component* cdn : cdns) {
        staticOrigin = staticOrigin || !m.targets(*cdn, QStringLiteral("s3_bucket")).empty();
        apiOrigin = apiOrigin || !m.targets(*cdn, QStringLiteral("alb")).empty();
    }
    // AWS managed policies, looked up by name.
    if (staticOrigin) {
        w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_cloudfront_cache_policy"), QStringLiteral("caching_optimized")});
        w.attribute(QStringLiteral("name"), QStringLiteral("\"Managed-CachingOptimized\""));
        w.close();
        w.blank();
    }
    if (apiOrigin) {
        w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_cloudfront_cache_policy"), QStringLiteral("caching_disabled")});
        w.attribute(QStringLiteral("name"), QStringLiteral("\"Managed-CachingDisabled\""));
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_cloudfront_origin_request_policy"), QStringLiteral("all_viewer_except_host_header")});
        w.attribute(QStringLiteral("name"), QStringLiteral("\"Managed-AllViewerExceptHostHeader\""));
        w.close();
        w.blank();
    }
    w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_cloudfront_response_headers_policy"), QStringLiteral("security_headers")});
    w.attribute(QStringLiteral("name"), QStringLiteral("\"Managed-SecurityHeadersPolicy\""));
    w.close();
    w.blank();
    // CloudFront admits an alternate domain name on one distribution of all accounts.
    QHash<QString, const Component*> aliases;
    for (const Component* cdn : cdns) {
        if (!m.certificateOf(*cdn))
            continue;
        const QString alias = m.domainOf(*cdn);
        if (const Component* other = aliases.value(alias.toLower())) {
            m.fail(HclWriter::expand(u"CloudFront '%1' and '%2' would both have the alias %3, which CloudFront gives one distribution "
                                     "only; attach to '%2' a certificate for a name of its own",
                                     {other->id, cdn->id, alias}));
            return;
        }
        aliases.insert(alias.toLower(), cdn);
    }
    for (const Component* cdn : cdns)
        distribution(m, w, *cdn);
}

} // namespace sky::TerraformGenerators
