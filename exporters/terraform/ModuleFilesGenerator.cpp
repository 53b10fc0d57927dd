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

/// `provider "aws"` with `attributes`, tagging every resource with the module's tags.
void awsProvider(HclWriter& w, std::initializer_list<std::pair<QString, QString>> attributes)
{
    w.openBlock(QStringLiteral("provider"), {QStringLiteral("aws")});
    for (const auto& [key, value] : attributes)
        w.attribute(key, value);
    w.blank();
    w.openBlock(QStringLiteral("default_tags"));
    w.attribute(QStringLiteral("tags"), QStringLiteral("local.tags"));
    w.close();
    w.close();
    w.blank();
}

/// Appends the fragments in order, into a buffer made big enough once.
void appendAll(HclWriter& w, std::vector<HclWriter> fragments)
{
    qsizetype bytes = 0;
    for (const HclWriter& f : fragments)
        bytes += f.size() + 1;
    w.reserve(bytes);
    for (HclWriter& f : fragments)
        w.append(std::move(f));
}

void providers(TerraformModule& m, bool callerIdentity)
{
    HclWriter& w = m.file(QStringLiteral("providers.tf"));
    w.openBlock(QStringLiteral("locals"));
    w.comment(QStringLiteral("Every resource carries the design's tags, and Project = the design's name."));
    w.attribute(QStringLiteral("tags"), QStringLiteral("merge(var.tags, { Project = var.project })"));
    w.close();
    w.blank();
    awsProvider(w, {{QStringLiteral("region"), QStringLiteral("var.region")}});
    if (m.needsUsEast1()) {
        w.comment(QStringLiteral("CloudFront takes its certificate (and its WAF web ACL) from us-east-1."));
        awsProvider(w, {{QStringLiteral("alias"), QStringLiteral("\"us_east_1\"")}, {QStringLiteral("region"), QStringLiteral("\"us-east-1\"")}});
    }
    if (callerIdentity) {
        w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_caller_identity"), QStringLiteral("current")});
        w.close();
    }
}

} // namespace

void moduleFiles(TerraformModule& m, bool callerIdentity)
{
    versions(m);
    providers(m, callerIdentity);

    HclWriter& w = m.file(QStringLiteral("variables.tf"));
    const TerraformVariable tags{QStringLiteral("tags"), QStringLiteral("map(string)"),
                                 QStringLiteral("Tags of the design, applied to every resource."), QStringLiteral("{}"), {}};
    writeVariable(w, {QStringLiteral("project"), QStringLiteral("string"), QStringLiteral("The Project tag of every resource (the design's name)."),
                 HclWriter::string(m.design().name), {}});
    writeVariable(w, {QStringLiteral("name"), QStringLiteral("string"),
                 QStringLiteral("Prefix of every AWS resource name (lower-case letters, digits and hyphens)."), HclWriter::string(m.namePrefix()),
                 {{QStringLiteral("can(regex(\"^[a-z][a-z0-9-]{0,18}[a-z0-9]$\", var.name))"),
                   QStringLiteral("2 to 20 lower-case letters, digits or hyphens, starting with a letter and not ending with a hyphen.")}}});
    writeVariable(w, {QStringLiteral("region"), QStringLiteral("string"), QStringLiteral("AWS region of the design."), HclWriter::string(m.region()),
                 {{QStringLiteral("can(regex(\"^[a-z]{2}(-gov)?-[a-z]+-[0-9]$\", var.region))"), QStringLiteral("An AWS region code such as us-east-1.")}}});
    writeVariable(w, tags, DesignSettings::tags(m.design()));
    appendAll(w, m.takeVariableBlocks());
    appendAll(m.file(QStringLiteral("outputs.tf")), m.takeOutputBlocks());
}

} // namespace sky::TerraformGenerators
