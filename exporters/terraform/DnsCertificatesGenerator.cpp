#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

namespace sky::TerraformGenerators {

void dnsCertificates(TerraformModule& m)
{
    const auto zones = m.ofType(QStringLiteral("route53_zone"));
    const auto certs = m.ofType(QStringLiteral("acm_certificate"));
    if (zones.empty() && certs.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("dns_certificates.tf"));
    for (const Component* zone : zones) {
        const QString r = m.ref(*zone);
        w.comment(HclWriter::expand(u"A new public hosted zone: delegate the domain to its name servers (output %1_name_servers).", {r}));
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_route53_zone"), r});
        w.stringAttribute(QStringLiteral("name"), m.stringProperty(*zone, QStringLiteral("domain")));
        w.close();
        w.blank();
        m.addOutput({r + QStringLiteral("_name_servers"), QStringLiteral("Name servers of the hosted zone to delegate the domain to."),
                     HclWriter::expand(u"aws_route53_zone.%1.name_servers", {r})});
    }
    for (const Component* cert : certs) {
        const QString r = m.ref(*cert);
        const QString domain = m.stringProperty(*cert, QStringLiteral("domain"));
        const auto cdns = m.targets(*cert, QStringLiteral("cloudfront"));
        const bool forCloudFront = !cdns.empty();
        if (const auto albs = m.targets(*cert, QStringLiteral("alb")); forCloudFront && !albs.empty() && m.region() != QLatin1String("us-east-1")) {
            m.fail(HclWriter::expand(u"certificate '%1' is attached to CloudFront '%2', which takes it from us-east-1 only, and to load "
                                     "balancer '%3' in %4; attach to '%3' a certificate of its own",
                                     {cert->id, cdns.front()->id, albs.front()->id, m.region()}));
            return;
        }
        if (forCloudFront)
            w.comment(QStringLiteral("CloudFront accepts certificates from us-east-1 only."));
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_acm_certificate"), r});
        if (forCloudFront)
            w.attribute(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
        w.stringAttribute(QStringLiteral("domain_name"), domain);
        w.attribute(QStringLiteral("validation_method"), QStringLiteral("\"DNS\""));
        w.attribute(QStringLiteral("key_algorithm"), QStringLiteral("\"RSA_2048\""));
        createBeforeDestroy(w);
        w.close();
        w.blank();
        const Component* zone = m.zoneFor(domain);
        if (!zone) {
            m.note(HclWriter::expand(u"Certificate `%1` has no Route 53 zone of the design to validate it through: add its DNS "
                                  "validation record where the domain is hosted.", {cert->id}));
            continue;
        }
        // A certificate of one name has exactly one validation record; one() keeps the record's
        // address static, so a plan works before the certificate exists.
        w.openBlock(QStringLiteral("locals"));
        w.attribute(r + QStringLiteral("_validation"), u"one(aws_acm_certificate.%1.domain_validation_options)", {r});
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_route53_record"), r + QStringLiteral("_validation")});
        w.attribute(QStringLiteral("zone_id"), u"aws_route53_zone.%1.zone_id", {m.ref(*zone)});
        w.attribute(QStringLiteral("name"), u"local.%1_validation.resource_record_name", {r});
        w.attribute(QStringLiteral("type"), u"local.%1_validation.resource_record_type", {r});
        w.attribute(QStringLiteral("records"), u"[local.%1_validation.resource_record_value]", {r});
        w.attribute(QStringLiteral("ttl"), QStringLiteral("60"));
        w.attribute(QStringLiteral("allow_overwrite"), QStringLiteral("true"));
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_acm_certificate_validation"), r});
        if (forCloudFront)
            w.attribute(QStringLiteral("provider"), QStringLiteral("aws.us_east_1"));
        w.attribute(QStringLiteral("certificate_arn"), u"aws_acm_certificate.%1.arn", {r});
        w.attribute(QStringLiteral("validation_record_fqdns"),
                    u"[aws_route53_record.%1_validation.fqdn]", {r});
        w.close();
        w.blank();
    }
    // Alias records: a dns connection from a zone to CloudFront or an ALB. A name has one
    // record of a type: two targets answering on the same name cannot both have theirs, and a
    // target's name belongs in one zone.
    QHash<QString, const Component*> answering;  // name -> the target
    QHash<const Component*, const Component*> zoneOf; // target -> its zone
    for (const Component* zone : zones) {
        for (const Connection* k : m.outgoing(zone->id)) {
            const Component* to = m.design().component(k->to);
            if (k->protocol != QLatin1String("dns") || !to)
                continue;
            const bool cdn = to->type == QLatin1String("cloudfront");
            if (!cdn && to->type != QLatin1String("alb"))
                continue;
            const QString domain = m.domainOf(*to);
            if (const Component* other = answering.value(domain.toLower()); other && other != to) {
                m.fail(HclWriter::expand(u"'%1' and '%2' would both answer on %3; give each a certificate for a name of its own, "
                                         "or connect only one of them to the zone",
                                         {other->id, to->id, domain}));
                return;
            }
            if (const Component* first = zoneOf.value(to); first && first != zone) {
                m.fail(HclWriter::expand(u"'%1' is connected (dns) from zones '%2' and '%3'; its name %4 belongs in one of them",
                                         {to->id, first->id, zone->id, domain}));
                return;
            } else if (first) {
                continue; // the same connection drawn twice
            }
            answering.insert(domain.toLower(), to);
            zoneOf.insert(to, zone);
            const QString t = m.ref(*to);
            const QStringList types = cdn ? QStringList{QStringLiteral("A"), QStringLiteral("AAAA")} : QStringList{QStringLiteral("A")};
            for (const QString& type : types) {
                w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_route53_record"), HclWriter::expand(u"%1_%2", {t, type.toLower()})});
                w.attribute(QStringLiteral("zone_id"), u"aws_route53_zone.%1.zone_id", {m.ref(*zone)});
                w.stringAttribute(QStringLiteral("name"), domain);
                w.stringAttribute(QStringLiteral("type"), type);
                w.blank();
                w.openBlock(QStringLiteral("alias"));
                if (cdn) {
                    w.attribute(QStringLiteral("name"), u"aws_cloudfront_distribution.%1.domain_name", {t});
                    w.attribute(QStringLiteral("zone_id"), u"aws_cloudfront_distribution.%1.hosted_zone_id", {t});
                    w.attribute(QStringLiteral("evaluate_target_health"), QStringLiteral("false"));
                } else {
                    w.attribute(QStringLiteral("name"), u"aws_lb.%1.dns_name", {t});
                    w.attribute(QStringLiteral("zone_id"), u"aws_lb.%1.zone_id", {t});
                    w.attribute(QStringLiteral("evaluate_target_health"), QStringLiteral("true"));
                }
                w.close();
                w.close();
                w.blank();
            }
        }
    }
}

} // namespace sky::TerraformGenerators
