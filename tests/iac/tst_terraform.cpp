#include "IacDesigns.h"
#include "IacTools.h"
#include "exporters/Escaping.h"
#include "exporters/terraform/AwsSlugs.h"
#include "exporters/terraform/HclWriter.h"
#include "exporters/terraform/TerraformExporter.h"
#include "exporters/terraform/TerraformNames.h"
#include "model/Catalog.h"
#include "model/Templates.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sky;

Q_DECLARE_METATYPE(sky::Design)

namespace {

void set(Design& d, const QString& id, const QString& key, const Json& value)
{
    IacDesigns::setProperty(d, id, key, value);
}

QString file(const TerraformExport& e, const QString& name)
{
    return QString::fromUtf8(e.files.value(name));
}

QString all(const TerraformExport& e)
{
    QString out;
    for (auto it = e.files.begin(); it != e.files.end(); ++it)
        if (it.key().endsWith(QLatin1String(".tf")))
            out += QString::fromUtf8(it.value());
    return out;
}

bool matches(const QString& text, const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).hasMatch();
}

int countOf(const QString& text, const QString& pattern)
{
    int n = 0;
    auto it = QRegularExpression(pattern, QRegularExpression::MultilineOption).globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

/// The body of one top-level block, e.g. block(text, "resource \"aws_db_instance\" \"db\"").
QString block(const QString& text, const QString& header)
{
    const int start = text.indexOf(QLatin1Char('\n') + header + QStringLiteral(" {"));
    const int from = start >= 0 ? start : (text.startsWith(header + QStringLiteral(" {")) ? 0 : -1);
    if (from < 0)
        return {};
    const int end = text.indexOf(QStringLiteral("\n}\n"), from + 1);
    return text.mid(from, end < 0 ? -1 : end - from + 3);
}

/// The values of `attribute` (a quoted string) in every `resource "<type>"` block of `text`.
QStringList namesOf(const QString& text, const QString& type, const QString& attribute)
{
    QStringList out;
    const QRegularExpression header(QStringLiteral("^resource \"%1\" \"[^\"]+\" \\{$").arg(type), QRegularExpression::MultilineOption);
    const QRegularExpression value(QStringLiteral("^  %1\\s+= \"([^\"]*)\"$").arg(attribute), QRegularExpression::MultilineOption);
    for (auto it = header.globalMatch(text); it.hasNext();) {
        const qsizetype start = it.next().capturedEnd();
        const QString body = text.mid(start, text.indexOf(QStringLiteral("\n}\n"), start) - start);
        if (const auto m = value.match(body); m.hasMatch())
            out.append(m.captured(1));
    }
    return out;
}

/// Adds the connection from -> to (its id made of both ends), with a port and label when given.
void addConnection(Design& design, const QString& from, const QString& to, const QString& protocol, int port = 0, const QString& label = {})
{
    Connection k;
    k.id = QStringLiteral("k-%1-%2").arg(from, to);
    k.from = from;
    k.to = to;
    k.protocol = protocol;
    if (port)
        k.port = port;
    k.label = label;
    design.appendConnection(k);
}

/// web-app-ecs with two more load balancers and two more services whose ids share their first
/// 11 characters (one of them behind two load balancers, reached by path behind the second), two
/// more repositories whose ids differ only in '-' against '_', a second database with its
/// secret, and a second CloudWatch component keeping one service's logs.
Design severalOfEach()
{
    return IacDesigns::variant([](Design& design) {
        auto connect = [&design](const char* from, const char* to, const char* protocol, int port, const char* label = "") {
            addConnection(design, QLatin1String(from), QLatin1String(to), QLatin1String(protocol), port, QLatin1String(label));
        };
        for (const QString& suffix : {QStringLiteral("blue"), QStringLiteral("green")}) {
            IacDesigns::copyComponent(design, QStringLiteral("alb"), QStringLiteral("edge-balancer-") + suffix);
            IacDesigns::copyComponent(design, QStringLiteral("api"), QStringLiteral("payments-api-") + suffix);
        }
        connect("edge-balancer-blue", "payments-api-blue", "http", 8000);
        connect("edge-balancer-green", "payments-api-green", "http", 8000);
        IacDesigns::copyComponent(design, QStringLiteral("ecr"), QStringLiteral("images_one"));
        IacDesigns::copyComponent(design, QStringLiteral("ecr"), QStringLiteral("images-one"));
        IacDesigns::copyComponent(design, QStringLiteral("db"), QStringLiteral("orders-db"));
        IacDesigns::copyComponent(design, QStringLiteral("db_secret"), QStringLiteral("orders-db-secret"));
        connect("payments-api-blue", "orders-db", "postgres", 5432);
        connect("payments-api-blue", "orders-db-secret", "aws-api", 0);
        connect("payments-api-blue", "images_one", "aws-api", 0);
        connect("edge-balancer-blue", "payments-api-green", "http", 8000, "/green/*");
        IacDesigns::copyComponent(design, QStringLiteral("monitoring"), QStringLiteral("monitoring-eu"));
        IacDesigns::setProperty(design, QStringLiteral("monitoring-eu"), QStringLiteral("log_retention_days"), 7);
        connect("payments-api-blue", "monitoring-eu", "aws-api", 0, "logs");
    });
}

/// Runs tfvalidate, tfcheck and terraform test on a module folder. A missing tool is skipped
/// with its message after the others ran, except under CI=true where it fails.
void checkExternal(const QString& dir)
{
    QStringList skipped;
    auto verdict = [&](const QString& tool, const IacTools::Result& r, bool passed) {
        if (!r.ran) {
            if (IacTools::inCi())
                QFAIL(qPrintable(QStringLiteral("CI=true and %1 could not run: %2").arg(tool, r.output)));
            skipped.append(tool + QStringLiteral(" (") + r.output.trimmed() + QLatin1Char(')'));
            return;
        }
        QVERIFY2(passed, qPrintable(tool + QStringLiteral(":\n") + r.output));
    };
    const IacTools::Result validate = IacTools::tfvalidate(dir);
    verdict(QStringLiteral("tfvalidate"), validate, validate.code == 0);
    const IacTools::Result check = IacTools::tfcheck(dir);
    verdict(QStringLiteral("tfcheck"), check, check.code == 0);
    const IacTools::Result test = IacTools::terraformTest(dir);
    verdict(QStringLiteral("terraform test"), test, test.code == 0 && test.output.contains(QLatin1String("Success!")));
    if (!skipped.isEmpty())
        QSKIP(qPrintable(QStringLiteral("skipped: ") + skipped.join(QStringLiteral("; "))));
}

} // namespace

class TestTerraform : public QObject {
    Q_OBJECT
private slots:
    void hclWriterAlignsLikeTerraformFmt();
    void hclWriterAppendsFragments();
    void namesAreValidIdentifiers();
    void identifiersFollowTheDesignOrder();
    void awsSlugsAreUnique();
    void awsNamesAreUniqueInTheModule();
    void sameModuleOnAnyNumberOfThreads_data();
    void sameModuleOnAnyNumberOfThreads();
    void everyTemplateExports_data();
    void everyTemplateExports();
    void faithful_data();
    void faithful();
    void securityGroupsFromConnections();
    void iamLeastPrivilege();
    void cloudFrontToLoadBalancer();
    void cloudFrontToLoadBalancerVariants_data();
    void cloudFrontToLoadBalancerVariants();
    void invalidFargatePairIsRefused();
    void clashingDnsRecordsAreRefused();
    void impossibleMultiplesAreRefused_data();
    void impossibleMultiplesAreRefused();
    void servicesShareALoadBalancer();
    void serviceBehindTwoLoadBalancers();
    void serviceOfTwoDatabasesIsTold();
    void everyCloudWatchComponentCounts();
    void sameRuleIsWrittenOnce();
    void bucketsOfOneDistributionByPath();
    void hostileTextIsInert();
    void validatesWithTerraform_data();
    void validatesWithTerraform();
};

void TestTerraform::hclWriterAlignsLikeTerraformFmt()
{
    HclWriter w;
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_x"), QStringLiteral("y")});
    w.attribute(QStringLiteral("a"), QStringLiteral("1"));
    w.attribute(QStringLiteral("long_name"), QStringLiteral("2"));
    w.openAttribute(QStringLiteral("tags"), QStringLiteral("{"), QStringLiteral("}"));
    w.attribute(QStringLiteral("Name"), HclWriter::string(QStringLiteral("n")));
    w.close();
    w.attribute(QStringLiteral("b"), QStringLiteral("3"));
    w.blank();
    w.close();
    QCOMPARE(w.text(), QStringLiteral("resource \"aws_x\" \"y\" {\n  a         = 1\n  long_name = 2\n  tags = {\n    Name = \"n\"\n  }\n"
                                      "  b = 3\n}\n"));
    // Non-ASCII text (converted apart from the ASCII fast path) and keys aligned per UTF-16 unit.
    HclWriter u;
    u.openBlock(QStringLiteral("locals"));
    u.attribute(HclWriter::key(QStringLiteral("Équipe")), HclWriter::string(QStringLiteral("ñandú, más de ocho caracteres")));
    u.attribute(QStringLiteral("a"), QStringLiteral("1"));
    u.blank();
    u.attribute(QStringLiteral("b"), QStringLiteral("2"));
    u.close();
    QCOMPARE(u.text(), QStringLiteral("locals {\n  \"Équipe\" = \"ñandú, más de ocho caracteres\"\n  a        = 1\n\n  b = 2\n}\n"));
    QCOMPARE(HclWriter::string(QStringLiteral("a\"b\\c\n${x}%{y}")), QStringLiteral("\"a\\\"b\\\\c\\n$${x}%%{y}\""));
    QCOMPARE(HclWriter::string(QStringLiteral("50% of $5, end $")), QStringLiteral("\"50% of $5, end $\""));
    QCOMPARE(HclWriter::string(QStringLiteral("$%{")), QStringLiteral("\"$%%{\""));
    QCOMPARE(HclWriter::key(QStringLiteral("Project")), QStringLiteral("Project"));
    QCOMPARE(HclWriter::key(QStringLiteral("a:b")), QStringLiteral("\"a:b\""));
    QCOMPARE(HclWriter::key(QStringLiteral("true")), QStringLiteral("\"true\""));
}

void TestTerraform::hclWriterAppendsFragments()
{
    auto variable = [](HclWriter& w, const QString& name) {
        w.openBlock(u"variable", {name});
        w.attribute(QStringLiteral("type"), QStringLiteral("number"));
        w.close();
        w.blank();
    };
    // Written at once...
    HclWriter direct;
    variable(direct, QStringLiteral("a"));
    variable(direct, QStringLiteral("b"));
    direct.blank();
    variable(direct, QStringLiteral("c"));
    // ... and with b and c written as fragments elsewhere (c's starts with a blank line).
    HclWriter b;
    variable(b, QStringLiteral("b"));
    HclWriter c;
    c.blank();
    variable(c, QStringLiteral("c"));
    HclWriter pieces;
    variable(pieces, QStringLiteral("a"));
    pieces.append(std::move(b));
    pieces.append(HclWriter());
    pieces.append(std::move(c));
    QCOMPARE(pieces.text(), direct.text());
    QVERIFY(b.isEmpty() && c.isEmpty());
    // The fragments' block headers are where they landed (the declared-twice check reads them).
    const QByteArray text = pieces.utf8();
    QCOMPARE(pieces.topLevelBlocks().size(), size_t(3));
    for (const auto& [start, length] : pieces.topLevelBlocks())
        QVERIFY(text.mid(start, length).startsWith("variable \""));
    // A leading blank line is dropped at the start of a file, as blank() drops it.
    HclWriter first;
    first.blank();
    variable(first, QStringLiteral("a"));
    HclWriter host;
    host.append(std::move(first));
    QVERIFY(host.text().startsWith(QLatin1String("variable \"a\" {")));
}

void TestTerraform::namesAreValidIdentifiers()
{
    TerraformNames names;
    QCOMPARE(names.identifier(QStringLiteral("api-v2")), QStringLiteral("api_v2"));
    QCOMPARE(names.identifier(QStringLiteral("api_v2")), QStringLiteral("api_v2_2"));
    QCOMPARE(names.identifier(QStringLiteral("api-v2")), QStringLiteral("api_v2"));
    QCOMPARE(TerraformNames::slug(QStringLiteral("Inventory web app (dev)"), 20), QStringLiteral("inventory-web-app-de"));
    QCOMPARE(TerraformNames::slug(QStringLiteral("--9 Évil__name--"), 32), QStringLiteral("vil-name"));
    QCOMPARE(TerraformNames::slug(QStringLiteral("\"${}\""), 20), QStringLiteral("skyforge"));
    QCOMPARE(TerraformNames::slug(QStringLiteral("abc-defgh"), 4), QStringLiteral("abc"));
    QCOMPARE(TerraformNames::modulePrefix(QStringLiteral("A")), QStringLiteral("sf-a"));
    QCOMPARE(TerraformNames::modulePrefix(QStringLiteral("Inventory web app")), QStringLiteral("inventory-web-app"));
}

void TestTerraform::identifiersFollowTheDesignOrder()
{
    // Two ids with the same identifier: the one first in the design keeps it, whatever
    // order the concerns are written in.
    const QString region = IacDesigns::load(QStringLiteral("web-app-ecs")).component(QStringLiteral("ecr"))->parent;
    const Design d = IacDesigns::variant([&](Design& design) {
        for (const char* id : {"app_key", "app-key"}) {
            Component secret;
            secret.id = QLatin1String(id);
            secret.type = QStringLiteral("secrets_manager_secret");
            secret.parent = region;
            design.appendComponent(secret);
        }
    });
    const TerraformExport e = TerraformExporter::exportDesign(d);
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString database = file(e, QStringLiteral("database.tf"));
    QVERIFY(block(database, QStringLiteral("resource \"aws_secretsmanager_secret\" \"app_key\"")).contains(QLatin1String("/app-key-")));
    QVERIFY(!block(database, QStringLiteral("resource \"aws_secretsmanager_secret\" \"app_key_2\"")).isEmpty());
}

void TestTerraform::awsSlugsAreUnique()
{
    std::vector<Component> components(6);
    const char* ids[] = {"public-api-blue", "public-api-green", "repository_one", "repository-one", "db", "public-api"};
    for (size_t i = 0; i < components.size(); ++i)
        components[i].id = QLatin1String(ids[i]);
    const AwsSlugs slugs(components);
    for (const int length : AwsSlugs::kLengths) {
        QSet<QString> seen;
        for (const Component& c : components) {
            const QString slug = slugs.of(c, length);
            QVERIFY2(!seen.contains(slug), qPrintable(slug));
            seen.insert(slug);
            QVERIFY(slug.size() <= length);
            QVERIFY(QRegularExpression(QStringLiteral("^[a-z][a-z0-9-]*[a-z0-9]$")).match(slug).hasMatch());
        }
    }
    // Ids with a slug of their own keep it; the others are told apart by a hash of the id,
    // the same in every export.
    QCOMPARE(slugs.of(components[4], 11), QStringLiteral("db"));
    QCOMPARE(slugs.of(components[0], 40), QStringLiteral("public-api-blue"));
    QVERIFY(slugs.of(components[0], 11).startsWith(QLatin1String("public-")));
    QCOMPARE(slugs.of(components[2], 11), AwsSlugs(components).of(components[2], 11));
    QVERIFY(slugs.of(components[2], 40) != slugs.of(components[3], 40));
}

void TestTerraform::awsNamesAreUniqueInTheModule()
{
    const Design d = severalOfEach();
    const TerraformExport e = TerraformExporter::exportDesign(d);
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString lb = file(e, QStringLiteral("load_balancer.tf"));
    const QString containers = file(e, QStringLiteral("containers.tf"));
    const QList<std::tuple<QString, QString, QString>> unique{{lb, QStringLiteral("aws_lb"), QStringLiteral("name")},
                                                             {lb, QStringLiteral("aws_lb_target_group"), QStringLiteral("name")},
                                                             {containers, QStringLiteral("aws_ecr_repository"), QStringLiteral("name")},
                                                             {containers, QStringLiteral("aws_ecs_service"), QStringLiteral("name")},
                                                             {containers, QStringLiteral("aws_ecs_task_definition"), QStringLiteral("family")}};
    for (const auto& [text, type, attribute] : unique) {
        const QStringList names = namesOf(text, type, attribute);
        QVERIFY2(names.size() >= 3, qPrintable(type));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        // Load balancer and target group names have 32 characters: var.name (20), '-' and 11.
        for (const QString& n : names)
            QVERIFY2(n.startsWith(QLatin1String("${var.name}-")) && n.size() - 12 <= (type.startsWith(QLatin1String("aws_lb")) ? 11 : 40), qPrintable(n));
    }
}

void TestTerraform::sameModuleOnAnyNumberOfThreads_data()
{
    QTest::addColumn<Design>("design");
    QTest::addColumn<QString>("error");
    for (const QString& name : Templates::names())
        QTest::newRow(qPrintable(name)) << IacDesigns::load(name) << QString();
    QTest::newRow("cloudfront-alb-origin") << IacDesigns::fixture(QStringLiteral("cloudfront-alb-origin")) << QString();
    QTest::newRow("hostile") << IacDesigns::hostile() << QString();
    // Errors in two concerns: containers (a bad Fargate size; the threads start it first) and
    // security groups (the database outside the VPC). The error of the concern first in the
    // module wins, as when the concerns were written one by one.
    QTest::newRow("two errors") << IacDesigns::variant([](Design& d) {
        IacDesigns::setProperty(d, QStringLiteral("api"), QStringLiteral("memory"), 3);
        d.mutableComponent(QStringLiteral("db"))->parent = QStringLiteral("region");
    }) << QStringLiteral("component 'db' (rds_postgres) is not in a VPC");
}

void TestTerraform::sameModuleOnAnyNumberOfThreads()
{
    QFETCH(Design, design);
    QFETCH(QString, error);
    const TerraformExport one = TerraformExporter::exportDesign(design, Catalog::builtin(), 1);
    QVERIFY2(one.error.startsWith(error) && one.error.isEmpty() == error.isEmpty(), qPrintable(one.error));
    for (const int threads : {2, 3, 8}) {
        const TerraformExport many = TerraformExporter::exportDesign(design, Catalog::builtin(), threads);
        QCOMPARE(many.error, one.error);
        QCOMPARE(many.notes, one.notes);
        QCOMPARE(many.files.keys(), one.files.keys());
        for (auto it = one.files.begin(); it != one.files.end(); ++it)
            QVERIFY2(many.files.value(it.key()) == it.value(), qPrintable(it.key()));
    }
}

void TestTerraform::everyTemplateExports_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : Templates::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestTerraform::everyTemplateExports()
{
    QFETCH(QString, name);
    const Design d = IacDesigns::load(name);
    const TerraformExport e = TerraformExporter::exportDesign(d);
    QVERIFY2(e.ok(), qPrintable(e.error));
    for (const char* f : {"versions.tf", "providers.tf", "variables.tf", "outputs.tf", "README.md", "tests/security.tftest.hcl"})
        QVERIFY2(e.files.contains(QLatin1String(f)), f);
    QVERIFY(file(e, QStringLiteral("versions.tf")).contains(QLatin1String("version = \">= 5.0, < 7.0\"")));
    QVERIFY(file(e, QStringLiteral("versions.tf")).contains(QLatin1String("required_version = \">= 1.5\"")));
    QVERIFY(file(e, QStringLiteral("providers.tf")).contains(QLatin1String("merge(var.tags, { Project = var.project })")));
    QVERIFY(file(e, QStringLiteral("variables.tf")).contains(QStringLiteral("default     = \"%1\"").arg(d.region)));
    // A file per concern, only for what the design holds.
    const bool hasVpc = d.component(QStringLiteral("vpc")) != nullptr;
    QCOMPARE(e.files.contains(QStringLiteral("network.tf")), hasVpc);
    QCOMPARE(e.files.contains(QStringLiteral("containers.tf")), d.component(QStringLiteral("api")) != nullptr);
    QCOMPARE(e.files.contains(QStringLiteral("cicd.tf")), d.component(QStringLiteral("github")) != nullptr);
    QVERIFY(e.files.contains(QStringLiteral("frontend.tf")));
    QVERIFY(e.files.contains(QStringLiteral("dns_certificates.tf")));
    // Every variable has a description, a type and (except required inputs) a default.
    const QString vars = file(e, QStringLiteral("variables.tf"));
    const int variables = countOf(vars, QStringLiteral("^variable \""));
    QCOMPARE(countOf(vars, QStringLiteral("^  description = ")), variables);
    QCOMPARE(countOf(vars, QStringLiteral("^  type        = ")), variables);
    QCOMPARE(countOf(vars, QStringLiteral("^  default\\s+= ")), variables);
    // Every user-facing tag is there, and no IAM statement allows every action.
    const auto tags = d.settings.value("tags", Json::object());
    for (auto it = tags.begin(); it != tags.end(); ++it)
        QVERIFY(vars.contains(QStringLiteral("\"%1\" = \"%2\"").arg(QString::fromStdString(it.key()), QString::fromStdString(it.value().get<std::string>()))));
    QVERIFY(!matches(all(e), QStringLiteral("Action\\s*=\\s*\"\\*\"")));
}

void TestTerraform::faithful_data()
{
    QTest::addColumn<Design>("design");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("present");  // regular expressions that must match the file
    QTest::addColumn<QStringList>("absent");   // ... and that must not match any .tf file

    using D = Design;
    QTest::newRow("defaults") << IacDesigns::load(QStringLiteral("web-app-ecs")) << QStringLiteral("database.tf")
                              << QStringList{QStringLiteral("multi_az\\s+= true"), QStringLiteral("storage_encrypted\\s+= true"),
                                             QStringLiteral("publicly_accessible\\s+= false"), QStringLiteral("deletion_protection\\s+= true"),
                                             QStringLiteral("skip_final_snapshot\\s+= false"), QStringLiteral("final_snapshot_identifier"),
                                             QStringLiteral("manage_master_user_password\\s+= true"),
                                             QStringLiteral("backup_retention_period\\s+= var.db_backup_retention_days"),
                                             QStringLiteral("subnet_ids\\s+= aws_subnet.data\\[\\*\\].id")}
                              << QStringList{QStringLiteral("\\bpassword\\s+="), QStringLiteral("aws_wafv2_web_acl")};
    QTest::newRow("multi_az false") << IacDesigns::variant([](D& d) { set(d, "db", "multi_az", false); })
                                    << QStringLiteral("database.tf") << QStringList{QStringLiteral("multi_az\\s+= false")}
                                    << QStringList{QStringLiteral("multi_az\\s+= true")};
    QTest::newRow("no NAT") << IacDesigns::variant([](D& d) { IacDesigns::removeComponent(d, "nat"); }) << QStringLiteral("network.tf")
                            << QStringList{QStringLiteral("The design has no NAT gateway"), QStringLiteral("resource \"aws_route_table\" \"vpc_private\"")}
                            << QStringList{QStringLiteral("aws_nat_gateway"), QStringLiteral("aws_eip"), QStringLiteral("nat_gateway_id")};
    QTest::newRow("NAT per AZ") << IacDesigns::variant([](D& d) { set(d, "nat", "per_az", true); }) << QStringLiteral("network.tf")
                                << QStringList{QStringLiteral("resource \"aws_nat_gateway\" \"nat\" \\{\\n  count\\s+= var.vpc_az_count"),
                                               QStringLiteral("nat_gateway_id = aws_nat_gateway.nat\\[count.index\\].id")}
                                << QStringList{QStringLiteral("one\\(aws_nat_gateway")};
    QTest::newRow("shared NAT") << IacDesigns::load(QStringLiteral("web-app-ecs")) << QStringLiteral("network.tf")
                                << QStringList{QStringLiteral("resource \"aws_nat_gateway\" \"nat\" \\{\\n  count\\s+= 1"),
                                               QStringLiteral("nat_gateway_id = one\\(aws_nat_gateway.nat\\[\\*\\].id\\)")}
                                << QStringList{};
    QTest::newRow("az_count 3") << IacDesigns::variant([](D& d) { set(d, "vpc", "az_count", 3); }) << QStringLiteral("variables.tf")
                                << QStringList{QStringLiteral("variable \"vpc_az_count\" \\{\\n[^}]*default     = 3\\n")} << QStringList{};
    QTest::newRow("vpc cidr") << IacDesigns::variant([](D& d) { set(d, "vpc", "cidr", "10.42.0.0/16"); }) << QStringLiteral("variables.tf")
                              << QStringList{QStringLiteral("default     = \"10.42.0.0/16\"")} << QStringList{};
    QTest::newRow("subnets across AZs") << IacDesigns::load(QStringLiteral("web-app-ecs")) << QStringLiteral("network.tf")
                                        << QStringList{QStringLiteral("slice\\(data.aws_availability_zones.available.names, 0, var.vpc_az_count\\)"),
                                                       QStringLiteral("cidrsubnet\\(var.vpc_cidr, 5, 0 \\+ count.index\\)"),
                                                       QStringLiteral("cidrsubnet\\(var.vpc_cidr, 5, 8 \\+ count.index\\)"),
                                                       QStringLiteral("cidrsubnet\\(var.vpc_cidr, 5, 16 \\+ count.index\\)"),
                                                       QStringLiteral("resource \"aws_flow_log\" \"vpc\"")}
                                        << QStringList{};
    QTest::newRow("flow logs off") << IacDesigns::variant([](D& d) { set(d, "vpc", "flow_logs", false); }) << QStringLiteral("network.tf")
                                   << QStringList{} << QStringList{QStringLiteral("aws_flow_log")};
    QTest::newRow("http redirect") << IacDesigns::load(QStringLiteral("web-app-ecs")) << QStringLiteral("load_balancer.tf")
                                   << QStringList{QStringLiteral("status_code = \"HTTP_301\""), QStringLiteral("ssl_policy\\s+= \"ELBSecurityPolicy-TLS13-1-2-2021-06\""),
                                                  QStringLiteral("certificate_arn\\s+= aws_acm_certificate_validation.cert_api.certificate_arn"),
                                                  QStringLiteral("drop_invalid_header_fields = true"), QStringLiteral("enable_deletion_protection = true"),
                                                  QStringLiteral("target_type\\s+= \"ip\""), QStringLiteral("port\\s+= 8000"),
                                                  QStringLiteral("data.aws_elb_service_account.current.arn"),
                                                  QStringLiteral("/AWSLogs/\\$\\{data.aws_caller_identity.current.account_id\\}/\\*")}
                                   << QStringList{};
    QTest::newRow("http none") << IacDesigns::variant([](D& d) { set(d, "alb", "http_listener", "none"); }) << QStringLiteral("load_balancer.tf")
                               << QStringList{QStringLiteral("alb_https")} << QStringList{QStringLiteral("alb_http\\b"), QStringLiteral("from_port\\s+= 80\\n")};
    QTest::newRow("http forward") << IacDesigns::variant([](D& d) { set(d, "alb", "http_listener", "forward"); }) << QStringLiteral("load_balancer.tf")
                                  << QStringList{QStringLiteral("resource \"aws_lb_listener\" \"alb_http\" \\{\\n[^}]*port\\s+= 80\\n[^}]*\\n[^}]*type\\s+= \"forward\"")}
                                  << QStringList{QStringLiteral("HTTP_301")};
    QTest::newRow("access logs off") << IacDesigns::variant([](D& d) { set(d, "alb", "access_logs", false); }) << QStringLiteral("load_balancer.tf")
                                     << QStringList{QStringLiteral("access_logs = false")} << QStringList{QStringLiteral("alb_access_logs"), QStringLiteral("aws_elb_service_account")};
    QTest::newRow("newer region log delivery") << IacDesigns::variant([](D& d) { d.region = QStringLiteral("ap-southeast-4"); }) << QStringLiteral("load_balancer.tf")
                                               << QStringList{QStringLiteral("Service = \"logdelivery.elasticloadbalancing.amazonaws.com\"")}
                                               << QStringList{QStringLiteral("aws_elb_service_account")};
    QTest::newRow("alb settings") << IacDesigns::variant([](D& d) {
        set(d, "alb", "drop_invalid_headers", false);
        set(d, "alb", "deletion_protection", false);
        set(d, "alb", "ssl_policy", "ELBSecurityPolicy-TLS13-1-3-2021-06");
        set(d, "alb", "internet_facing", false);
    }) << QStringLiteral("load_balancer.tf")
       << QStringList{QStringLiteral("drop_invalid_header_fields = false"), QStringLiteral("enable_deletion_protection = false"),
                      QStringLiteral("\"ELBSecurityPolicy-TLS13-1-3-2021-06\""), QStringLiteral("internal\\s+= true")}
       << QStringList{QStringLiteral("0.0.0.0/0\"\\n}\\n\\nresource \"aws_vpc_security_group_egress_rule\" \"alb_to_api\""),
                      QStringLiteral("alb_from_internet")};
    QTest::newRow("waf") << IacDesigns::variant([](D& d) { set(d, "cdn", "waf", true); }) << QStringLiteral("frontend.tf")
                         << QStringList{QStringLiteral("resource \"aws_wafv2_web_acl\" \"cdn\""), QStringLiteral("scope\\s+= \"CLOUDFRONT\""),
                                        QStringLiteral("web_acl_id\\s+= aws_wafv2_web_acl.cdn.arn")}
                         << QStringList{};
    QTest::newRow("cloudfront") << IacDesigns::load(QStringLiteral("web-app-ecs")) << QStringLiteral("frontend.tf")
                                << QStringList{QStringLiteral("viewer_protocol_policy\\s+= \"redirect-to-https\""),
                                               QStringLiteral("minimum_protocol_version = \"TLSv1.2_2021\""), QStringLiteral("ssl_support_method\\s+= \"sni-only\""),
                                               QStringLiteral("origin_access_control_id = aws_cloudfront_origin_access_control.cdn.id"),
                                               QStringLiteral("\"AWS:SourceArn\" = aws_cloudfront_distribution.cdn.arn"),
                                               QStringLiteral("acm_certificate_arn\\s+= aws_acm_certificate_validation.cert_app.certificate_arn"),
                                               QStringLiteral("aliases\\s+= \\[\"app.example.com\"\\]"),
                                               QStringLiteral("price_class\\s+= \"PriceClass_100\""),
                                               QStringLiteral("block_public_acls\\s+= true"), QStringLiteral("restrict_public_buckets = true"),
                                               QStringLiteral("object_ownership = \"BucketOwnerEnforced\""), QStringLiteral("sse_algorithm = \"AES256\""),
                                               QStringLiteral("status = \"Enabled\"")}
                                << QStringList{QStringLiteral("origin_access_identity"), QStringLiteral("aws_s3_bucket_website_configuration")};
    QTest::newRow("cloudfront settings") << IacDesigns::variant([](D& d) {
        set(d, "cdn", "viewer_protocol_policy", "https-only");
        set(d, "cdn", "minimum_tls", "TLSv1.2_2019");
        set(d, "cdn", "price_class", "PriceClass_All");
    }) << QStringLiteral("frontend.tf")
       << QStringList{QStringLiteral("\"https-only\""), QStringLiteral("\"TLSv1.2_2019\""), QStringLiteral("\"PriceClass_All\"")} << QStringList{};
    QTest::newRow("bucket settings") << IacDesigns::variant([](D& d) {
        set(d, "frontend", "versioning", false);
        set(d, "frontend", "encryption", "SSE-KMS");
        set(d, "frontend", "block_public_access", false);
        set(d, "frontend", "website_hosting", true);
    }) << QStringLiteral("frontend.tf")
       << QStringList{QStringLiteral("status = \"Suspended\""), QStringLiteral("sse_algorithm = \"aws:kms\""), QStringLiteral("block_public_policy\\s+= false"),
                      QStringLiteral("aws_s3_bucket_website_configuration")}
       << QStringList{};
    QTest::newRow("ecs service") << IacDesigns::load(QStringLiteral("web-app-ecs")) << QStringLiteral("containers.tf")
                                 << QStringList{QStringLiteral("assign_public_ip = false"), QStringLiteral("subnets\\s+= aws_subnet.app\\[\\*\\].id"),
                                                QStringLiteral("rollback = true"), QStringLiteral("ignore_changes = \\[task_definition, desired_count\\]"),
                                                QStringLiteral("depends_on = \\[aws_lb_listener.alb_https\\]"),
                                                QStringLiteral("execution_role_arn\\s+= aws_iam_role.api_execution.arn"),
                                                QStringLiteral("task_role_arn\\s+= aws_iam_role.api_task.arn"),
                                                QStringLiteral("logDriver = \"awslogs\""),
                                                QStringLiteral("\\{ name = \"DATABASE_PASSWORD\", valueFrom = \"\\$\\{aws_db_instance.db.master_user_secret\\[0\\].secret_arn\\}:password::\" \\}"),
                                                QStringLiteral("predefined_metric_type = \"ECSServiceAverageCPUUtilization\""),
                                                QStringLiteral("predefined_metric_type = \"ECSServiceAverageMemoryUtilization\""),
                                                QStringLiteral("scan_on_push = true"), QStringLiteral("image_tag_mutability = \"IMMUTABLE\""),
                                                QStringLiteral("countNumber = 30"), QStringLiteral("launch_type\\s+= \"FARGATE\"")}
                                 << QStringList{QStringLiteral("FARGATE_SPOT"), QStringLiteral("environment = \\[[^\\]]*secret")};
    QTest::newRow("ecs and ecr settings") << IacDesigns::variant([](D& d) {
        set(d, "api", "cpu", 1024);
        set(d, "api", "memory", 4096);
        set(d, "api", "spot_percent", 50);
        set(d, "api", "scale_on_memory_percent", 0);
        set(d, "api", "container_port", 9000);
        set(d, "api", "health_check_path", "/ready");
        set(d, "ecr", "scan_on_push", false);
        set(d, "ecr", "immutable_tags", false);
        set(d, "ecr", "keep_last_images", 10);
    }) << QStringLiteral("containers.tf")
       << QStringList{QStringLiteral("capacity_provider = \"FARGATE_SPOT\"\\n\\s+weight\\s+= 50"), QStringLiteral("containerPort = 9000"),
                      QStringLiteral("scan_on_push = false"), QStringLiteral("image_tag_mutability = \"MUTABLE\""), QStringLiteral("countNumber = 10")}
       << QStringList{QStringLiteral("ECSServiceAverageMemoryUtilization"), QStringLiteral("launch_type")};
    QTest::newRow("no cloudwatch") << IacDesigns::variant([](D& d) { IacDesigns::removeComponent(d, "monitoring"); }) << QStringLiteral("containers.tf")
                                   << QStringList{QStringLiteral("has no connection to CloudWatch")}
                                   << QStringList{QStringLiteral("awslogs"), QStringLiteral("aws_cloudwatch_metric_alarm"), QStringLiteral("aws_sns_topic")};
    QTest::newRow("alarms") << IacDesigns::load(QStringLiteral("web-app-ecs")) << QStringLiteral("monitoring.tf")
                            << QStringList{QStringLiteral("metric_name\\s+= \"TargetResponseTime\""), QStringLiteral("metric_name\\s+= \"CPUUtilization\""),
                                           QStringLiteral("metric_name\\s+= \"MemoryUtilization\""), QStringLiteral("metric_name\\s+= \"FreeStorageSpace\""),
                                           QStringLiteral("comparison_operator\\s+= \"LessThanThreshold\""), QStringLiteral("metric_name\\s+= \"DatabaseConnections\""),
                                           QStringLiteral("protocol\\s+= \"email\""), QStringLiteral("alarm_actions\\s+= \\[aws_sns_topic.alarms.arn\\]"),
                                           QStringLiteral("retention_in_days = var.monitoring_log_retention_days")}
                            << QStringList{};
    QTest::newRow("no github") << IacDesigns::variant([](D& d) { IacDesigns::removeComponent(d, "github"); }) << QStringLiteral("iam.tf")
                               << QStringList{QStringLiteral("api_execution")} << QStringList{QStringLiteral("openid_connect"), QStringLiteral("_deploy\\b")};
    QTest::newRow("db settings") << IacDesigns::variant([](D& d) {
        set(d, "db", "storage_encrypted", false);
        set(d, "db", "deletion_protection", false);
        set(d, "db", "iam_auth", false);
        set(d, "db", "performance_insights", false);
    }) << QStringLiteral("database.tf")
       << QStringList{QStringLiteral("storage_encrypted\\s+= false"), QStringLiteral("deletion_protection\\s+= false"),
                      QStringLiteral("iam_database_authentication_enabled = false"), QStringLiteral("performance_insights_enabled\\s+= false")}
       << QStringList{QStringLiteral("rds-db:connect")};
}

void TestTerraform::faithful()
{
    QFETCH(Design, design);
    QFETCH(QString, fileName);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const TerraformExport e = TerraformExporter::exportDesign(design);
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString text = file(e, fileName);
    for (const QString& p : present)
        QVERIFY2(matches(text, p), qPrintable(fileName + QStringLiteral(" lacks /") + p + QStringLiteral("/:\n") + text));
    const QString everything = all(e);
    for (const QString& a : absent)
        QVERIFY2(!matches(everything, a), qPrintable(QStringLiteral("unexpected /") + a + QLatin1Char('/')));
}

void TestTerraform::securityGroupsFromConnections()
{
    const TerraformExport e = TerraformExporter::exportDesign(IacDesigns::load(QStringLiteral("web-app-ecs")));
    const QString sg = file(e, QStringLiteral("security_groups.tf"));
    // One group per networked component, and the database admits only the API on 5432.
    QCOMPARE(countOf(sg, QStringLiteral("^resource \"aws_security_group\"")), 3);
    QCOMPARE(countOf(sg, QStringLiteral("^resource \"aws_vpc_security_group_ingress_rule\" \"db_")), 1);
    const QString dbRule = block(sg, QStringLiteral("resource \"aws_vpc_security_group_ingress_rule\" \"db_from_api\""));
    QVERIFY2(dbRule.contains(QLatin1String("referenced_security_group_id = aws_security_group.api.id")), qPrintable(dbRule));
    QVERIFY(dbRule.contains(QLatin1String("from_port                    = 5432")));
    // Internet CIDRs only on the internet-facing load balancer.
    QCOMPARE(countOf(sg, QStringLiteral("cidr_ipv4\\s+= \"0.0.0.0/0\"")), 3); // alb 443, alb 80 (redirect), api egress to AWS APIs
    QVERIFY(block(sg, QStringLiteral("resource \"aws_vpc_security_group_ingress_rule\" \"api_from_alb\"")).contains(QLatin1String("to_port                      = 8000")));
    QVERIFY(!sg.contains(QLatin1String("ingress {")) && !sg.contains(QLatin1String("egress {")));
}

void TestTerraform::iamLeastPrivilege()
{
    const TerraformExport e = TerraformExporter::exportDesign(IacDesigns::load(QStringLiteral("web-app-ecs")));
    const QString text = all(e);
    // A "*" resource only in statements whose every action has no resource-level permission.
    static const QStringList starOk{QStringLiteral("ecr:GetAuthorizationToken"), QStringLiteral("ecs:DescribeTaskDefinition"),
                                    QStringLiteral("ecs:RegisterTaskDefinition")};
    QRegularExpression statement(QStringLiteral("Action\\s+= (\\[[^\\]]*\\]|\"[^\"]*\")\\n\\s+Resource\\s+= \"\\*\""));
    auto it = statement.globalMatch(text);
    int stars = 0;
    while (it.hasNext()) {
        const QString actions = it.next().captured(1);
        ++stars;
        auto quoted = QRegularExpression(QStringLiteral("\"([^\"]+)\"")).globalMatch(actions);
        while (quoted.hasNext()) {
            const QString action = quoted.next().captured(1);
            QVERIFY2(starOk.contains(action), qPrintable(action + QStringLiteral(" on \"*\"")));
        }
    }
    QCOMPARE(stars, 3); // token for the execution role and the deploy role, task definitions for the deploy role
    QCOMPARE(countOf(text, QStringLiteral("Resource\\s+= \"\\*\"")), stars);
    // No wildcard action in an Allow (the only "s3:*" is the deny of non-TLS requests).
    QCOMPARE(countOf(text, QStringLiteral("Action\\s+= \"[a-z0-9-]+:\\*\"")), countOf(text, QStringLiteral("Sid\\s+= \"DenyInsecureTransport\"")));
    // The execution role reads exactly the design's resources.
    const QString iam = file(e, QStringLiteral("iam.tf"));
    QVERIFY(iam.contains(QLatin1String("Resource = aws_ecr_repository.ecr.arn")));
    QVERIFY(iam.contains(QLatin1String("Resource = \"${aws_cloudwatch_log_group.api.arn}:*\"")));
    QVERIFY(iam.contains(QLatin1String("Resource = aws_db_instance.db.master_user_secret[0].secret_arn")));
    QVERIFY(!iam.contains(QLatin1String("AmazonECSTaskExecutionRolePolicy")));
    // The deploy role: OIDC trust pinned to repository and branch; pass-role on the two task roles only.
    const QString cicd = file(e, QStringLiteral("cicd.tf"));
    QVERIFY(cicd.contains(QLatin1String("\"token.actions.githubusercontent.com:sub\" = \"repo:example-org/inventory:ref:refs/heads/main\"")));
    QVERIFY(cicd.contains(QLatin1String("\"token.actions.githubusercontent.com:aud\" = \"sts.amazonaws.com\"")));
    QVERIFY(cicd.contains(QLatin1String("Resource = [aws_iam_role.api_execution.arn, aws_iam_role.api_task.arn]")));
    QVERIFY(cicd.contains(QLatin1String("Resource = aws_ecs_service.api.id")));
    QVERIFY(!text.contains(QLatin1String("access_key")) && !text.contains(QLatin1String("aws_iam_access_key")));
}

namespace {
const QString kAlbOrigin = QStringLiteral("cloudfront-alb-origin");
} // namespace

void TestTerraform::cloudFrontToLoadBalancer()
{
    const TerraformExport e = TerraformExporter::exportDesign(IacDesigns::fixture(kAlbOrigin));
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString frontend = file(e, QStringLiteral("frontend.tf"));
    const QString cdn = block(frontend, QStringLiteral("resource \"aws_cloudfront_distribution\" \"cdn\""));
    // The ALB is a second origin, reached over HTTPS only on the name its certificate covers
    // (through the design's alias record), never on its *.elb.amazonaws.com name.
    QVERIFY2(matches(cdn, QStringLiteral("origin \\{\\n    origin_id   = \"alb\"\\n    domain_name = aws_route53_record.alb_a.fqdn\\n\\n"
                                         "    custom_origin_config \\{\\n      http_port              = 80\\n      https_port             = 443\\n"
                                         "      origin_protocol_policy = \"https-only\"\\n      origin_ssl_protocols   = \\[\"TLSv1.2\"\\]\\n")),
             qPrintable(cdn));
    QVERIFY(!cdn.contains(QLatin1String("aws_lb.alb.dns_name")));
    QVERIFY(matches(file(e, QStringLiteral("dns_certificates.tf")), QStringLiteral("resource \"aws_route53_record\" \"alb_a\" \\{\\n[^}]*name\\s+= \"api.example.com\"")));
    // The S3 origin keeps the default behaviour; /api/* goes to the ALB, uncached, every method.
    QVERIFY(matches(cdn, QStringLiteral("default_cache_behavior \\{\\n    target_origin_id\\s+= \"frontend\"")));
    const int ordered = cdn.indexOf(QLatin1String("ordered_cache_behavior {"));
    QVERIFY(ordered > 0);
    const QString api = cdn.mid(ordered, cdn.indexOf(QLatin1String("\n  }\n"), ordered) - ordered);
    for (const QString& p : {QStringLiteral("path_pattern\\s+= \"/api/\\*\""), QStringLiteral("target_origin_id\\s+= \"alb\""),
                             QStringLiteral("viewer_protocol_policy\\s+= \"redirect-to-https\""),
                             QStringLiteral("allowed_methods\\s+= \\[\"DELETE\", \"GET\", \"HEAD\", \"OPTIONS\", \"PATCH\", \"POST\", \"PUT\"\\]"),
                             QStringLiteral("cache_policy_id\\s+= data.aws_cloudfront_cache_policy.caching_disabled.id"),
                             QStringLiteral("origin_request_policy_id\\s+= data.aws_cloudfront_origin_request_policy.all_viewer_except_host_header.id")})
        QVERIFY2(matches(api, p), qPrintable(p + QStringLiteral(" in\n") + api));
    QVERIFY(frontend.contains(QLatin1String("data \"aws_cloudfront_cache_policy\" \"caching_disabled\" {\n  name = \"Managed-CachingDisabled\"\n}")));
    QVERIFY(frontend.contains(QLatin1String("data \"aws_cloudfront_origin_request_policy\" \"all_viewer_except_host_header\" {\n"
                                            "  name = \"Managed-AllViewerExceptHostHeader\"\n}")));
    // SPA routing moves to a function on the default behaviour: error pages would rewrite the API's 403/404.
    QVERIFY(!frontend.contains(QLatin1String("custom_error_response {")));
    QVERIFY(cdn.contains(QLatin1String("function_arn = aws_cloudfront_function.cdn_spa_routing.arn")));
    QVERIFY(frontend.contains(QLatin1String("runtime = \"cloudfront-js-2.0\"")));
    // The ALB admits CloudFront's origin-facing prefix list, and nothing from the Internet.
    const QString sg = file(e, QStringLiteral("security_groups.tf"));
    const QString rule = block(sg, QStringLiteral("resource \"aws_vpc_security_group_ingress_rule\" \"alb_from_cdn\""));
    QVERIFY2(rule.contains(QLatin1String("prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id")) &&
                 rule.contains(QLatin1String("from_port         = 443")),
             qPrintable(sg));
    QVERIFY(sg.contains(QLatin1String("name = \"com.amazonaws.global.cloudfront.origin-facing\"")));
    QCOMPARE(countOf(sg, QStringLiteral("^resource \"aws_vpc_security_group_ingress_rule\" \"alb_")), 1);
    QCOMPARE(countOf(sg, QStringLiteral("cidr_ipv4\\s+= \"0.0.0.0/0\"")), 1); // only the API's egress to AWS APIs
    // The plan test asserts the origin's protocol.
    const QString test = file(e, QStringLiteral("tests/security.tftest.hcl"));
    QVERIFY(test.contains(QLatin1String("one(o.custom_origin_config).origin_protocol_policy if o.origin_id == \"alb\"] == [\"https-only\"]")));
    QVERIFY(file(e, QStringLiteral("outputs.tf")).contains(QLatin1String("Origin URL of 'alb' (its security group admits only CloudFront).")));
    QVERIFY(e.notes.join(QLatin1Char('\n')).contains(QLatin1String("CSRF_TRUSTED_ORIGINS")));
}

void TestTerraform::cloudFrontToLoadBalancerVariants_data()
{
    QTest::addColumn<Design>("design");
    QTest::addColumn<QString>("error");       // empty: exports
    QTest::addColumn<QStringList>("present"); // regular expressions over every .tf file
    QTest::addColumn<QStringList>("absent");
    using D = Design;
    auto v = [](const std::function<void(D&)>& change) { return IacDesigns::fixtureVariant(kAlbOrigin, change); };
    QTest::newRow("users also reach the ALB") << v([](D& d) {
        d.appendConnection(Connection{QStringLiteral("c2"), QStringLiteral("users"), QStringLiteral("alb"), QStringLiteral("https"), 443, {}});
    }) << QString() << QStringList{QStringLiteral("\"alb_from_internet\""), QStringLiteral("\"alb_from_cdn\""), QStringLiteral("URL of the API behind 'alb'")}
       << QStringList{QStringLiteral("Origin URL")};
    QTest::newRow("API only") << v([](D& d) { IacDesigns::removeComponent(d, QStringLiteral("frontend")); }) << QString()
                              << QStringList{QStringLiteral("default_cache_behavior \\{\\n    target_origin_id\\s+= \"alb\"\\n[^}]*caching_disabled")}
                              << QStringList{QStringLiteral("ordered_cache_behavior"), QStringLiteral("aws_cloudfront_origin_access_control"),
                                             QStringLiteral("caching_optimized"), QStringLiteral("aws_cloudfront_function")};
    QTest::newRow("path from the label") << v([](D& d) { d.mutableConnection(QStringLiteral("c16"))->label = QStringLiteral("/v1/*"); }) << QString()
                                         << QStringList{QStringLiteral("path_pattern\\s+= \"/v1/\\*\"")} << QStringList{QStringLiteral("/api/\\*")};
    QTest::newRow("hostile path") << v([](D& d) { d.mutableConnection(QStringLiteral("c16"))->label = QStringLiteral("/") + IacDesigns::hostileText(); })
                                  << QString()
                                  << QStringList{QStringLiteral("path_pattern\\s+= \"/") +
                                                 QRegularExpression::escape(Escaping::hclString(IacDesigns::hostileText())) + QLatin1Char('"')}
                                  << QStringList{QStringLiteral("^resource \"null_resource\""), QStringLiteral("(?<![$])[$][{]file[(]")};
    QTest::newRow("wildcard certificate") << v([](D& d) { IacDesigns::setProperty(d, QStringLiteral("cert_api"), QStringLiteral("domain"), "*.example.com"); })
                                          << QString() << QStringList{QStringLiteral("domain_name = aws_route53_record.alb_a.fqdn")} << QStringList{};
    QTest::newRow("no alias record") << v([](D& d) { d.takeConnection(QStringLiteral("c5")); }) << QString()
                                     << QStringList{QStringLiteral("domain_name = \"api.example.com\"")} << QStringList{QStringLiteral("\"alb_a\""), QStringLiteral("aws_route53_record.alb_a\\b")};
    QTest::newRow("wildcard not covering the API domain") << v([](D& d) {
        IacDesigns::setProperty(d, QStringLiteral("cert_api"), QStringLiteral("domain"), "*.internal.example.com");
    }) << QStringLiteral("no host name its certificate covers") << QStringList{} << QStringList{};
    QTest::newRow("internal ALB") << v([](D& d) { IacDesigns::setProperty(d, QStringLiteral("alb"), QStringLiteral("internet_facing"), false); })
                                  << QStringLiteral("'alb', which is internal") << QStringList{} << QStringList{};
    QTest::newRow("plain HTTP to the ALB") << v([](D& d) {
        d.mutableConnection(QStringLiteral("c16"))->protocol = QStringLiteral("http");
        d.mutableConnection(QStringLiteral("c16"))->port = 80;
    }) << QStringLiteral("over http (connection c16)") << QStringList{} << QStringList{};
    QTest::newRow("no origin at all") << v([](D& d) {
        IacDesigns::removeComponent(d, QStringLiteral("frontend"));
        d.takeConnection(QStringLiteral("c16"));
    }) << QStringLiteral("CloudFront 'cdn' has no origin") << QStringList{} << QStringList{};
}

void TestTerraform::cloudFrontToLoadBalancerVariants()
{
    QFETCH(Design, design);
    QFETCH(QString, error);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const TerraformExport e = TerraformExporter::exportDesign(design);
    if (!error.isEmpty()) {
        QVERIFY(!e.ok() && e.files.isEmpty());
        QVERIFY2(e.error.contains(error), qPrintable(e.error));
        return;
    }
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString text = all(e);
    for (const QString& p : present)
        QVERIFY2(matches(text, p), qPrintable(QStringLiteral("lacks /") + p + QLatin1Char('/')));
    for (const QString& a : absent)
        QVERIFY2(!matches(text, a), qPrintable(QStringLiteral("unexpected /") + a + QLatin1Char('/')));
}

void TestTerraform::invalidFargatePairIsRefused()
{
    const Design d = IacDesigns::variant([](Design& x) {
        set(x, QStringLiteral("api"), QStringLiteral("cpu"), 256);
        set(x, QStringLiteral("api"), QStringLiteral("memory"), 4096);
    });
    const TerraformExport e = TerraformExporter::exportDesign(d);
    QVERIFY(!e.ok());
    QVERIFY(e.files.isEmpty());
    QVERIFY2(e.error.contains(QLatin1String("'api'")) && e.error.contains(QLatin1String("512, 1024, 2048")), qPrintable(e.error));
}

void TestTerraform::clashingDnsRecordsAreRefused()
{
    auto connect = [](Design& d, const QString& from, const QString& to) {
        Connection k;
        k.id = from + QStringLiteral("-to-") + to;
        k.from = from;
        k.to = to;
        k.protocol = QStringLiteral("dns");
        d.appendConnection(k);
    };
    // A second load balancer without a certificate of its own answers on the design's API name,
    // which the first one's record already holds.
    const Design twoOnOneName = IacDesigns::variant([&](Design& d) {
        IacDesigns::copyComponent(d, QStringLiteral("alb"), QStringLiteral("alb2"));
        connect(d, QStringLiteral("dns"), QStringLiteral("alb2"));
    });
    TerraformExport e = TerraformExporter::exportDesign(twoOnOneName);
    QVERIFY(!e.ok());
    QVERIFY2(e.error.contains(QLatin1String("'alb' and 'alb2' would both answer on api.example.com")), qPrintable(e.error));
    // One load balancer, two zones.
    const Design twoZones = IacDesigns::variant([&](Design& d) {
        IacDesigns::copyComponent(d, QStringLiteral("dns"), QStringLiteral("dns2"));
        connect(d, QStringLiteral("dns2"), QStringLiteral("alb"));
    });
    e = TerraformExporter::exportDesign(twoZones);
    QVERIFY(!e.ok());
    QVERIFY2(e.error.contains(QLatin1String("'alb' is connected (dns) from zones 'dns' and 'dns2'")), qPrintable(e.error));
    // The same connection drawn twice makes one record.
    const Design twice = IacDesigns::variant([&](Design& d) { connect(d, QStringLiteral("dns"), QStringLiteral("alb")); });
    e = TerraformExporter::exportDesign(twice);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(countOf(file(e, QStringLiteral("dns_certificates.tf")), QStringLiteral("^resource \"aws_route53_record\" \"alb_a\"")), 1);
}

void TestTerraform::impossibleMultiplesAreRefused_data()
{
    QTest::addColumn<Design>("design");
    QTest::addColumn<QString>("error");
    using D = Design;
    // A second VPC with its tiers, and a service there connected to the first VPC's database.
    QTest::newRow("traffic across VPCs") << IacDesigns::variant([](D& d) {
        IacDesigns::copyComponent(d, QStringLiteral("vpc"), QStringLiteral("vpc2"));
        IacDesigns::copyComponent(d, QStringLiteral("app"), QStringLiteral("app2"));
        d.mutableComponent(QStringLiteral("app2"))->parent = QStringLiteral("vpc2");
        IacDesigns::copyComponent(d, QStringLiteral("api"), QStringLiteral("api2"));
        d.mutableComponent(QStringLiteral("api2"))->parent = QStringLiteral("app2");
        addConnection(d, QStringLiteral("api2"), QStringLiteral("db"), QStringLiteral("postgres"), 5432);
    }) << QStringLiteral("'api2' (VPC 'vpc2') and 'db' (VPC 'vpc') are in different VPCs");
    QTest::newRow("two distributions, one alias") << IacDesigns::variant([](D& d) {
        IacDesigns::copyComponent(d, QStringLiteral("cdn"), QStringLiteral("cdn2"));
        addConnection(d, QStringLiteral("cdn2"), QStringLiteral("frontend"), QStringLiteral("https"), 443);
        addConnection(d, QStringLiteral("cert_app"), QStringLiteral("cdn2"), QStringLiteral("tls"));
    }) << QStringLiteral("CloudFront 'cdn' and 'cdn2' would both have the alias app.example.com");
    QTest::newRow("two distributions, wildcard certificates") << IacDesigns::variant([](D& d) {
        set(d, QStringLiteral("cert_app"), QStringLiteral("domain"), "*.example.com");
        IacDesigns::copyComponent(d, QStringLiteral("cert_app"), QStringLiteral("cert_app2"));
        IacDesigns::copyComponent(d, QStringLiteral("cdn"), QStringLiteral("cdn2"));
        addConnection(d, QStringLiteral("cdn2"), QStringLiteral("frontend"), QStringLiteral("https"), 443);
        addConnection(d, QStringLiteral("cert_app2"), QStringLiteral("cdn2"), QStringLiteral("tls"));
    }) << QStringLiteral("CloudFront 'cdn' and 'cdn2' would both have the alias app.example.com");
    QTest::newRow("one certificate for CloudFront and an ALB outside us-east-1") << IacDesigns::variant([](D& d) {
        d.region = QStringLiteral("eu-west-1");
        d.takeConnection(QStringLiteral("c7"));
        set(d, QStringLiteral("cert_app"), QStringLiteral("domain"), "*.example.com");
        addConnection(d, QStringLiteral("cert_app"), QStringLiteral("alb"), QStringLiteral("tls"));
    }) << QStringLiteral("certificate 'cert_app' is attached to CloudFront 'cdn', which takes it from us-east-1 only, and to load balancer 'alb' in eu-west-1");
    QTest::newRow("two NAT gateways in a VPC") << IacDesigns::variant([](D& d) {
        IacDesigns::copyComponent(d, QStringLiteral("nat"), QStringLiteral("nat2"));
    }) << QStringLiteral("VPC 'vpc' has NAT gateways 'nat' and 'nat2'");
    QTest::newRow("one secret for two databases") << IacDesigns::variant([](D& d) {
        IacDesigns::copyComponent(d, QStringLiteral("api"), QStringLiteral("api2"));
        IacDesigns::copyComponent(d, QStringLiteral("db"), QStringLiteral("db2"));
        addConnection(d, QStringLiteral("api2"), QStringLiteral("db2"), QStringLiteral("postgres"), 5432);
        addConnection(d, QStringLiteral("api2"), QStringLiteral("db_secret"), QStringLiteral("aws-api"));
    }) << QStringLiteral("secret 'db_secret' would be the credentials of database 'db' (service 'api') and of database 'db2' (service 'api2')");
    QTest::newRow("two services on one path") << IacDesigns::variant([](D& d) {
        for (const QString& id : {QStringLiteral("api2"), QStringLiteral("api3")}) {
            IacDesigns::copyComponent(d, QStringLiteral("api"), id);
            addConnection(d, QStringLiteral("alb"), id, QStringLiteral("http"), 8000, QStringLiteral("/v2/*"));
        }
    }) << QStringLiteral("load balancer 'alb' forwards path /v2/* to two services");
    // The load balancer's access-log bucket is aws_s3_bucket.alb_access_logs.
    QTest::newRow("an id ending like a derived name") << IacDesigns::variant([](D& d) {
        IacDesigns::copyComponent(d, QStringLiteral("frontend"), QStringLiteral("alb-access-logs"));
    }) << QStringLiteral("components 'alb' and 'alb-access-logs' make the same Terraform name (aws_s3_bucket.alb_access_logs)");
}

void TestTerraform::impossibleMultiplesAreRefused()
{
    QFETCH(Design, design);
    QFETCH(QString, error);
    const TerraformExport e = TerraformExporter::exportDesign(design);
    QVERIFY(!e.ok() && e.files.isEmpty());
    QVERIFY2(e.error.contains(error), qPrintable(e.error));
    QVERIFY(!e.error.contains(QLatin1Char('\n')));
}

void TestTerraform::servicesShareALoadBalancer()
{
    // Two more services behind the load balancer of web-app-ecs: one reached by path, one not.
    const Design d = IacDesigns::variant([](Design& x) {
        set(x, QStringLiteral("alb"), QStringLiteral("http_listener"), "forward");
        for (const QString& id : {QStringLiteral("api2"), QStringLiteral("api3")})
            IacDesigns::copyComponent(x, QStringLiteral("api"), id);
        addConnection(x, QStringLiteral("alb"), QStringLiteral("api2"), QStringLiteral("http"), 8000, QStringLiteral("/v2/*"));
        addConnection(x, QStringLiteral("alb"), QStringLiteral("api3"), QStringLiteral("http"), 8000);
    });
    const TerraformExport e = TerraformExporter::exportDesign(d);
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString lb = file(e, QStringLiteral("load_balancer.tf"));
    const QString rule = block(lb, QStringLiteral("resource \"aws_lb_listener_rule\" \"alb_api2\""));
    QVERIFY2(rule.contains(QLatin1String("listener_arn = aws_lb_listener.alb_https.arn")), qPrintable(rule));
    QVERIFY(rule.contains(QLatin1String("target_group_arn = aws_lb_target_group.api2.arn")));
    QVERIFY(rule.contains(QLatin1String("values = [\"/v2/*\"]")));
    // The plain-HTTP listener forwards too (http_listener = forward), with the same rule.
    QVERIFY(block(lb, QStringLiteral("resource \"aws_lb_listener_rule\" \"alb_api2_http\"")).contains(QLatin1String("aws_lb_listener.alb_http.arn")));
    QCOMPARE(countOf(lb, QStringLiteral("^resource \"aws_lb_listener_rule\"")), 2);
    // api2 is registered with its target group, after its rule; api3, reached by nothing, is not.
    const QString containers = file(e, QStringLiteral("containers.tf"));
    const QString api2 = block(containers, QStringLiteral("resource \"aws_ecs_service\" \"api2\""));
    QVERIFY2(api2.contains(QLatin1String("target_group_arn = aws_lb_target_group.api2.arn")), qPrintable(api2));
    QVERIFY(api2.contains(QLatin1String("depends_on = [aws_lb_listener_rule.alb_api2]")));
    QVERIFY(!block(containers, QStringLiteral("resource \"aws_ecs_service\" \"api3\"")).contains(QLatin1String("load_balancer {")));
    QVERIFY(e.notes.join(QLatin1Char('\n')).contains(QLatin1String("label the connection to `api3` with its path")));
    QVERIFY(!e.notes.join(QLatin1Char('\n')).contains(QLatin1String("`api2`")));
}

void TestTerraform::serviceOfTwoDatabasesIsTold()
{
    // The service is given the first database's variables, and told of the other.
    const TerraformExport twoDatabases = TerraformExporter::exportDesign(IacDesigns::variant([](Design& x) {
        IacDesigns::copyComponent(x, QStringLiteral("db"), QStringLiteral("reports"));
        addConnection(x, QStringLiteral("api"), QStringLiteral("reports"), QStringLiteral("postgres"), 5432);
    }));
    QVERIFY2(twoDatabases.ok(), qPrintable(twoDatabases.error));
    QVERIFY(file(twoDatabases, QStringLiteral("containers.tf")).contains(QLatin1String("value = aws_db_instance.db.address")));
    QVERIFY(twoDatabases.notes.join(QLatin1Char('\n')).contains(QLatin1String("those of the first (`db`): give it the endpoint of `reports` (output `reports_endpoint`)")));
}

void TestTerraform::serviceBehindTwoLoadBalancers()
{
    // An internal load balancer in front of the same service as the public one.
    const Design d = IacDesigns::variant([](Design& x) {
        IacDesigns::copyComponent(x, QStringLiteral("alb"), QStringLiteral("internal"));
        set(x, QStringLiteral("internal"), QStringLiteral("internet_facing"), false);
        addConnection(x, QStringLiteral("internal"), QStringLiteral("api"), QStringLiteral("http"), 8000);
    });
    const TerraformExport e = TerraformExporter::exportDesign(d);
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString lb = file(e, QStringLiteral("load_balancer.tf"));
    QCOMPARE(countOf(lb, QStringLiteral("^resource \"aws_lb_target_group\" \"api\" ")), 1);
    const QString second = block(lb, QStringLiteral("resource \"aws_lb_target_group\" \"api_internal\""));
    QVERIFY2(!second.isEmpty() && !matches(second, QStringLiteral("^  name ")), qPrintable(lb));
    QVERIFY(block(lb, QStringLiteral("resource \"aws_lb_listener\" \"internal_https\"")).contains(QLatin1String("aws_lb_target_group.api_internal.arn")));
    const QString service = block(file(e, QStringLiteral("containers.tf")), QStringLiteral("resource \"aws_ecs_service\" \"api\""));
    QCOMPARE(countOf(service, QStringLiteral("^  load_balancer \\{$")), 2);
    QVERIFY(service.contains(QLatin1String("aws_lb_target_group.api_internal.arn")));
    QVERIFY(service.contains(QLatin1String("depends_on = [aws_lb_listener.alb_https, aws_lb_listener.internal_https]")));
}

void TestTerraform::everyCloudWatchComponentCounts()
{
    const Design d = IacDesigns::variant([](Design& x) {
        IacDesigns::copyComponent(x, QStringLiteral("monitoring"), QStringLiteral("audit"));
        set(x, QStringLiteral("audit"), QStringLiteral("log_retention_days"), 7);
        set(x, QStringLiteral("audit"), QStringLiteral("alarm_email"), "audit@example.com");
        IacDesigns::copyComponent(x, QStringLiteral("api"), QStringLiteral("api2"));
        addConnection(x, QStringLiteral("api2"), QStringLiteral("audit"), QStringLiteral("aws-api"));
    });
    const TerraformExport e = TerraformExporter::exportDesign(d);
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString monitoring = file(e, QStringLiteral("monitoring.tf"));
    QVERIFY(block(monitoring, QStringLiteral("resource \"aws_cloudwatch_log_group\" \"api\"")).contains(QLatin1String("var.monitoring_log_retention_days")));
    QVERIFY(block(monitoring, QStringLiteral("resource \"aws_cloudwatch_log_group\" \"api2\"")).contains(QLatin1String("var.audit_log_retention_days")));
    QVERIFY(block(monitoring, QStringLiteral("resource \"aws_sns_topic_subscription\" \"alarms_email_audit\"")).contains(QLatin1String("var.audit_alarm_email")));
    const QString variables = file(e, QStringLiteral("variables.tf"));
    QVERIFY(block(variables, QStringLiteral("variable \"audit_log_retention_days\"")).contains(QLatin1String("default     = 7")));
    QVERIFY(block(variables, QStringLiteral("variable \"audit_alarm_email\"")).contains(QLatin1String("\"audit@example.com\"")));
    QCOMPARE(countOf(monitoring, QStringLiteral("^resource \"aws_sns_topic\" ")), 1);
}

void TestTerraform::sameRuleIsWrittenOnce()
{
    // Two users components in front of the load balancer, the service's database connection
    // drawn twice, and a second distribution forwarding to the load balancer: each would repeat
    // a rule AWS already has (InvalidPermission.Duplicate).
    const Design d = IacDesigns::fixtureVariant(QStringLiteral("cloudfront-alb-origin"), [](Design& x) {
        IacDesigns::copyComponent(x, QStringLiteral("users"), QStringLiteral("users2"));
        addConnection(x, QStringLiteral("users2"), QStringLiteral("alb"), QStringLiteral("https"), 443);
        addConnection(x, QStringLiteral("api"), QStringLiteral("db"), QStringLiteral("postgres"), 5432);
        IacDesigns::copyComponent(x, QStringLiteral("cdn"), QStringLiteral("cdn2"));
        addConnection(x, QStringLiteral("cdn2"), QStringLiteral("alb"), QStringLiteral("https"), 443, QStringLiteral("/api/*"));
    });
    const TerraformExport e = TerraformExporter::exportDesign(d);
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString sg = file(e, QStringLiteral("security_groups.tf"));
    QCOMPARE(countOf(sg, QStringLiteral("^resource \"aws_vpc_security_group_ingress_rule\" \"alb_from_internet")), 2); // 443 and 80
    QCOMPARE(countOf(sg, QStringLiteral("^resource \"aws_vpc_security_group_ingress_rule\" \"db_from_api")), 1);
    QCOMPARE(countOf(sg, QStringLiteral("^resource \"aws_vpc_security_group_egress_rule\" \"api_to_db")), 1);
    QCOMPARE(countOf(sg, QStringLiteral("prefix_list_id\\s+= data.aws_ec2_managed_prefix_list.cloudfront.id")), 1);
}

void TestTerraform::bucketsOfOneDistributionByPath()
{
    // Two more buckets behind the distribution of web-app-ecs: one served under a path, one not.
    auto twoMore = [](const QString& secondPath) {
        return IacDesigns::variant([&](Design& x) {
            for (const QString& id : {QStringLiteral("media"), QStringLiteral("uploads")})
                IacDesigns::copyComponent(x, QStringLiteral("frontend"), id);
            addConnection(x, QStringLiteral("cdn"), QStringLiteral("media"), QStringLiteral("https"), 443, QStringLiteral("/media/*"));
            addConnection(x, QStringLiteral("cdn"), QStringLiteral("uploads"), QStringLiteral("https"), 443, secondPath);
        });
    };
    TerraformExport e = TerraformExporter::exportDesign(twoMore({}));
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString cdn = block(file(e, QStringLiteral("frontend.tf")), QStringLiteral("resource \"aws_cloudfront_distribution\" \"cdn\""));
    QCOMPARE(countOf(cdn, QStringLiteral("^  ordered_cache_behavior \\{$")), 1);
    QVERIFY2(matches(cdn, QStringLiteral("path_pattern\\s+= \"/media/\\*\"\n\\s+target_origin_id\\s+= \"media\"")), qPrintable(cdn));
    QCOMPARE(countOf(cdn, QStringLiteral("origin_id\\s+= \"uploads\"")), 1); // an origin, no behaviour
    QVERIFY(e.notes.join(QLatin1Char('\n')).contains(QLatin1String("label the connection to `uploads` with its path")));
    e = TerraformExporter::exportDesign(twoMore(QStringLiteral("/media/*")));
    QVERIFY(!e.ok());
    QVERIFY2(e.error.contains(QLatin1String("CloudFront 'cdn' sends path /media/* to two origins")), qPrintable(e.error));
}

void TestTerraform::hostileTextIsInert()
{
    const TerraformExport base = TerraformExporter::exportDesign(IacDesigns::load(QStringLiteral("web-app-ecs")));
    const TerraformExport e = TerraformExporter::exportDesign(IacDesigns::hostile());
    QVERIFY2(e.ok(), qPrintable(e.error));
    const QString text = all(e);
    // Same resources, blocks and lines of structure as the design without hostile text.
    for (const QString& p : {QStringLiteral("^resource \""), QStringLiteral("^data \""), QStringLiteral("^variable \""), QStringLiteral("^output \""),
                             QStringLiteral("^[a-z_]+ (\"[^\"]*\" )*\\{$"), QStringLiteral("^}$")})
        QCOMPARE(countOf(text, p), countOf(all(base), p));
    QVERIFY(!matches(text, QStringLiteral("^resource \"null_resource\"")));
    QVERIFY(!text.contains(QLatin1String("provisioner")));
    QVERIFY(!matches(text, QStringLiteral("(?<![$])[$][{]file[(]")));
    QVERIFY(!matches(text, QStringLiteral("(?<!%)%[{] if")));
    QVERIFY(text.contains(QLatin1String("$${file(\\\"/etc/passwd\\\")} %%{ if true }EOF\\nEOF")));
    QVERIFY(text.contains(QStringLiteral("\"repo:org/%1:ref:refs/heads/%1\"").arg(Escaping::hclString(IacDesigns::hostileText()))));
}

void TestTerraform::validatesWithTerraform_data()
{
    QTest::addColumn<Design>("design");
    QTest::newRow("web-app-ecs") << IacDesigns::load(QStringLiteral("web-app-ecs"));
    QTest::newRow("web-app-ecs-dev") << IacDesigns::load(QStringLiteral("web-app-ecs-dev"));
    QTest::newRow("static-site") << IacDesigns::load(QStringLiteral("static-site"));
    QTest::newRow("switched") << IacDesigns::variant([](Design& d) {
        IacDesigns::removeComponent(d, QStringLiteral("nat"));
        set(d, QStringLiteral("alb"), QStringLiteral("http_listener"), "none");
        set(d, QStringLiteral("alb"), QStringLiteral("access_logs"), false);
        set(d, QStringLiteral("cdn"), QStringLiteral("waf"), true);
        set(d, QStringLiteral("vpc"), QStringLiteral("az_count"), 3);
        set(d, QStringLiteral("vpc"), QStringLiteral("flow_logs"), false);
        set(d, QStringLiteral("db"), QStringLiteral("multi_az"), false);
        set(d, QStringLiteral("api"), QStringLiteral("spot_percent"), 50);
        set(d, QStringLiteral("frontend"), QStringLiteral("encryption"), "SSE-KMS");
        set(d, QStringLiteral("frontend"), QStringLiteral("website_hosting"), true);
        d.region = QStringLiteral("eu-west-1");
    });
    QTest::newRow("per-az NAT, forward, new region") << IacDesigns::variant([](Design& d) {
        set(d, QStringLiteral("nat"), QStringLiteral("per_az"), true);
        set(d, QStringLiteral("alb"), QStringLiteral("http_listener"), "forward");
        set(d, QStringLiteral("api"), QStringLiteral("scale_on_cpu_percent"), 0);
        IacDesigns::removeComponent(d, QStringLiteral("monitoring"));
        IacDesigns::removeComponent(d, QStringLiteral("cert_api"));
        d.region = QStringLiteral("ap-southeast-4");
    });
    QTest::newRow("hostile") << IacDesigns::hostile();
    // Shared data sources are declared once, AWS names do not clash.
    QTest::newRow("several of each") << severalOfEach();
    // A second VPC with its tiers, NAT gateway, load balancer, service and database; a second
    // distribution with a certificate of its own and a third with none, all three with a WAF.
    QTest::newRow("two VPCs, three distributions") << IacDesigns::variant([](Design& d) {
        IacDesigns::copyComponent(d, QStringLiteral("vpc"), QStringLiteral("vpc2"));
        for (const QString& tier : {QStringLiteral("public"), QStringLiteral("app"), QStringLiteral("data")}) {
            IacDesigns::copyComponent(d, tier, tier + QLatin1Char('2'));
            d.mutableComponent(tier + QLatin1Char('2'))->parent = QStringLiteral("vpc2");
        }
        for (const auto& [id, tier] : {std::pair{"alb", "public2"}, {"nat", "public2"}, {"api", "app2"}, {"db", "data2"}}) {
            IacDesigns::copyComponent(d, QLatin1String(id), QLatin1String(id) + QLatin1Char('2'));
            d.mutableComponent(QLatin1String(id) + QLatin1Char('2'))->parent = QLatin1String(tier);
        }
        addConnection(d, QStringLiteral("users"), QStringLiteral("alb2"), QStringLiteral("https"), 443);
        addConnection(d, QStringLiteral("alb2"), QStringLiteral("api2"), QStringLiteral("http"), 8000);
        addConnection(d, QStringLiteral("api2"), QStringLiteral("db2"), QStringLiteral("postgres"), 5432);
        set(d, QStringLiteral("cdn"), QStringLiteral("waf"), true);
        for (const QString& n : {QStringLiteral("2"), QStringLiteral("3")}) {
            IacDesigns::copyComponent(d, QStringLiteral("cdn"), QStringLiteral("cdn") + n);
            IacDesigns::copyComponent(d, QStringLiteral("frontend"), QStringLiteral("frontend") + n);
            addConnection(d, QStringLiteral("cdn") + n, QStringLiteral("frontend") + n, QStringLiteral("https"), 443);
        }
        IacDesigns::copyComponent(d, QStringLiteral("cert_app"), QStringLiteral("cert_www"));
        set(d, QStringLiteral("cert_www"), QStringLiteral("domain"), "www.example.com");
        addConnection(d, QStringLiteral("cert_www"), QStringLiteral("cdn2"), QStringLiteral("tls"));
        addConnection(d, QStringLiteral("dns"), QStringLiteral("cdn2"), QStringLiteral("dns"));
    });
    QTest::newRow("cloudfront-alb-origin") << IacDesigns::fixture(QStringLiteral("cloudfront-alb-origin"));
    QTest::newRow("cloudfront-alb-origin, hostile path") << IacDesigns::fixtureVariant(QStringLiteral("cloudfront-alb-origin"), [](Design& d) {
        d.mutableConnection(QStringLiteral("c16"))->label = QStringLiteral("/") + IacDesigns::hostileText();
    });
    QTest::newRow("cloudfront-alb-origin, API only") << IacDesigns::fixtureVariant(QStringLiteral("cloudfront-alb-origin"), [](Design& d) {
        IacDesigns::removeComponent(d, QStringLiteral("frontend"));
    });
}

void TestTerraform::validatesWithTerraform()
{
    QFETCH(Design, design);
    const TerraformExport e = TerraformExporter::exportDesign(design);
    QVERIFY2(e.ok(), qPrintable(e.error));
    QTemporaryDir root;
    checkExternal(IacTools::writeModule(root.path(), QStringLiteral("module"), e.files));
}

QTEST_GUILESS_MAIN(TestTerraform)
#include "tst_terraform.moc"
