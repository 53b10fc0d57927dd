#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"
#include "model/DesignSettings.h"

namespace sky::TerraformGenerators {

namespace {

void versions(TerraformModule& m)
{
    HclWriter& w = m.file(QStringLiteral("versions.tf"));
    w.openBlock(QStringLiteral("terraform"));
    w.attribute(QStringLiteral("required_version"), QStringLiteral("\">= 1.5\""));
    w.blank();
    w.openBlock(QStringLiteral("required_providers"));
    w.openAttribute(QStringLiteral("aws"), QStringLiteral("{"), QStringLiteral("}"));
    w.attribute(QStringLiteral("source"), QStringLiteral("\"hashicorp/aws\""));
    w.attribute(QStringLiteral("version"), QStringLiteral("\">= 5.0, < 7.0\""));
    w.close();
    w.close();
    w.close();
}

void providers(TerraformModule& m, bool callerIdentity)
{
    HclWriter& w = m.file(QStringLiteral("providers.tf"));
    w.openBlock(QStringLiteral("locals"));
    w.comment(QStringLiteral("Every resource carries the design's tags, and Project = the design's name."));
    w.attribute(QStringLiteral("tags"), QStringLiteral("merge(var.tags, { Project = var.project })"));
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("provider"), {QStringLiteral("aws")});
    w.attribute(QStringLiteral("region"), QStringLiteral("var.region"));
    w.blank();
    w.openBlock(QStringLiteral("default_tags"));
    w.attribute(QStringLiteral("tags"), QStringLiteral("local.tags"));
    w.close();
    w.close();
    w.blank();
    if (m.needsUsEast1()) {
        w.comment(QStringLiteral("CloudFront takes its certificate (and its WAF web ACL) from us-east-1."));
        w.openBlock(QStringLiteral("provider"), {QStringLiteral("aws")});
        w.attribute(QStringLiteral("alias"), QStringLiteral("\"us_east_1\""));
        w.attribute(QStringLiteral("region"), QStringLiteral("\"us-east-1\""));
        w.blank();
        w.openBlock(QStringLiteral("default_tags"));
        w.attribute(QStringLiteral("tags"), QStringLiteral("local.tags"));
        w.close();
        w.close();
        w.blank();
    }
    if (callerIdentity) {
        w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_caller_identity"), QStringLiteral("current")});
        w.close();
    }
}

void variable(HclWriter& w, const TerraformVariable& v, const QMap<QString, QString>& mapDefault = {})
{
    w.openBlock(QStringLiteral("variable"), {v.name});
    w.stringAttribute(QStringLiteral("description"), v.description);
    w.attribute(QStringLiteral("type"), v.type);
    if (!mapDefault.isEmpty()) {
        w.openAttribute(QStringLiteral("default"), QStringLiteral("{"), QStringLiteral("}"));
        for (auto it = mapDefault.begin(); it != mapDefault.end(); ++it)
            w.attribute(HclWriter::string(it.key()), HclWriter::string(it.value()));
        w.close();
    } else if (!v.defaultValue.isEmpty()) {
        w.attribute(QStringLiteral("default"), v.defaultValue);
    }
    for (const auto& [condition, message] : v.validations) {
        w.blank();
        w.openBlock(QStringLiteral("validation"));
        w.attribute(QStringLiteral("condition"), condition);
        w.stringAttribute(QStringLiteral("error_message"), message);
        w.close();
    }
    w.close();
    w.blank();
}

} // namespace

void moduleFiles(TerraformModule& m, bool callerIdentity)
{
    versions(m);
    providers(m, callerIdentity);

    HclWriter& w = m.file(QStringLiteral("variables.tf"));
    const TerraformVariable tags{QStringLiteral("tags"), QStringLiteral("map(string)"),
                                 QStringLiteral("Tags of the design, applied to every resource."), QStringLiteral("{}"), {}};
    variable(w, {QStringLiteral("project"), QStringLiteral("string"), QStringLiteral("The Project tag of every resource (the design's name)."),
                 HclWriter::string(m.design().name), {}});
    variable(w, {QStringLiteral("name"), QStringLiteral("string"),
                 QStringLiteral("Prefix of every AWS resource name (lower-case letters, digits and hyphens)."), HclWriter::string(m.namePrefix()),
                 {{QStringLiteral("can(regex(\"^[a-z][a-z0-9-]{0,18}[a-z0-9]$\", var.name))"),
                   QStringLiteral("2 to 20 lower-case letters, digits or hyphens, starting with a letter and not ending with a hyphen.")}}});
    variable(w, {QStringLiteral("region"), QStringLiteral("string"), QStringLiteral("AWS region of the design."), HclWriter::string(m.region()),
                 {{QStringLiteral("can(regex(\"^[a-z]{2}(-gov)?-[a-z]+-[0-9]$\", var.region))"), QStringLiteral("An AWS region code such as us-east-1.")}}});
    variable(w, tags, DesignSettings::tags(m.design()));
    for (const TerraformVariable& v : m.variables())
        variable(w, v);

    HclWriter& o = m.file(QStringLiteral("outputs.tf"));
    for (const TerraformOutput& out : m.outputs()) {
        o.openBlock(QStringLiteral("output"), {out.name});
        o.stringAttribute(QStringLiteral("description"), out.description);
        o.attribute(QStringLiteral("value"), out.value);
        if (out.sensitive)
            o.attribute(QStringLiteral("sensitive"), QStringLiteral("true"));
        o.close();
        o.blank();
    }
}

} // namespace sky::TerraformGenerators
