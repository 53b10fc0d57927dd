#include "model/Catalog.h"
#include "model/Design.h"
#include "model/Placement.h"

#include <QTest>

using namespace sky;

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void everyCoreTypeHasFormatDefaults_data();
    void everyCoreTypeHasFormatDefaults();
    void containersAndSizes();
    void checkValue_data();
    void checkValue();
    void brokenCatalogsAreClearErrors_data();
    void brokenCatalogsAreClearErrors();
    void placement_data();
    void placement();
};

void TestCatalog::everyCoreTypeHasFormatDefaults_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("defaultJson");
    // FORMAT.md's core catalog, key by key.
    const QList<std::tuple<const char*, const char*, const char*>> rows{
        {"github_actions", "repository", "\"org/app\""}, {"github_actions", "branch", "\"main\""},
        {"route53_zone", "domain", "\"example.com\""}, {"acm_certificate", "domain", "\"*.example.com\""},
        {"cloudfront", "viewer_protocol_policy", "\"redirect-to-https\""}, {"cloudfront", "minimum_tls", "\"TLSv1.2_2021\""},
        {"cloudfront", "price_class", "\"PriceClass_100\""}, {"cloudfront", "waf", "false"},
        {"s3_bucket", "purpose", "\"static_site\""}, {"s3_bucket", "block_public_access", "true"},
        {"s3_bucket", "website_hosting", "false"}, {"s3_bucket", "versioning", "true"}, {"s3_bucket", "encryption", "\"SSE-S3\""},
        {"alb", "internet_facing", "true"}, {"alb", "http_listener", "\"redirect\""},
        {"alb", "ssl_policy", "\"ELBSecurityPolicy-TLS13-1-2-2021-06\""}, {"alb", "access_logs", "true"},
        {"alb", "drop_invalid_headers", "true"}, {"alb", "deletion_protection", "true"},
        {"ecs_fargate_service", "image", "\"app:latest\""}, {"ecs_fargate_service", "container_port", "8000"},
        {"ecs_fargate_service", "cpu", "512"}, {"ecs_fargate_service", "memory", "1024"},
        {"ecs_fargate_service", "min_tasks", "2"}, {"ecs_fargate_service", "max_tasks", "6"},
        {"ecs_fargate_service", "scale_on_cpu_percent", "60"}, {"ecs_fargate_service", "scale_on_memory_percent", "75"},
        {"ecs_fargate_service", "assign_public_ip", "false"}, {"ecs_fargate_service", "spot_percent", "0"},
        {"ecs_fargate_service", "health_check_path", "\"/health/\""},
        {"ecr_repository", "scan_on_push", "true"}, {"ecr_repository", "immutable_tags", "true"},
        {"ecr_repository", "keep_last_images", "30"},
        {"rds_postgres", "engine_version", "\"16\""}, {"rds_postgres", "instance_class", "\"db.t4g.micro\""},
        {"rds_postgres", "allocated_storage_gb", "20"}, {"rds_postgres", "max_allocated_storage_gb", "100"},
        {"rds_postgres", "multi_az", "true"}, {"rds_postgres", "backup_retention_days", "7"},
        {"rds_postgres", "storage_encrypted", "true"}, {"rds_postgres", "publicly_accessible", "false"},
        {"rds_postgres", "deletion_protection", "true"}, {"rds_postgres", "iam_auth", "true"},
        {"rds_postgres", "performance_insights", "true"},
        {"secrets_manager_secret", "rotation_days", "30"}, {"nat_gateway", "per_az", "false"},
        {"cloudwatch", "log_retention_days", "30"}, {"cloudwatch", "alarm_email", "\"ops@example.com\""},
        {"cloudwatch", "alb_latency_threshold_ms", "1000"}, {"cloudwatch", "cpu_threshold_percent", "80"},
        {"cloudwatch", "memory_threshold_percent", "80"}, {"cloudwatch", "db_cpu_threshold_percent", "80"},
        {"cloudwatch", "db_free_storage_threshold_gb", "5"},
        {"vpc", "cidr", "\"10.0.0.0/16\""}, {"vpc", "az_count", "2"}, {"vpc", "flow_logs", "true"},
        {"subnet", "tier", "\"private\""},
    };
    for (const auto& [type, key, value] : rows)
        QTest::addRow("%s.%s", type, key) << type << key << value;
}

void TestCatalog::everyCoreTypeHasFormatDefaults()
{
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(QString, defaultJson);
    const ComponentType* t = Catalog::builtin().type(type);
    QVERIFY2(t, qPrintable(type));
    const PropertySpec* spec = t->property(key);
    QVERIFY2(spec, qPrintable(key));
    QVERIFY2(spec->defaultValue == Json::parse(defaultJson.toStdString()), spec->defaultValue.dump().c_str());
    QVERIFY(!spec->help.isEmpty());
}

void TestCatalog::containersAndSizes()
{
    const Catalog& catalog = Catalog::builtin();
    for (const char* type : {"users", "github_actions", "route53_zone", "acm_certificate", "cloudfront", "s3_bucket", "alb",
                             "ecs_fargate_service", "ecr_repository", "rds_postgres", "secrets_manager_secret",
                             "nat_gateway", "cloudwatch"}) {
        const ComponentType* t = catalog.type(QLatin1String(type));
        QVERIFY2(t, type);
        QVERIFY(!t->container);
        QVERIFY(!t->label.isEmpty());
        QVERIFY(t->size.isValid());
    }
    for (const char* type : {"region", "vpc", "subnet"})
        QVERIFY(catalog.type(QLatin1String(type))->container);
    QCOMPARE(catalog.type(QStringLiteral("rds_postgres"))->category, QStringLiteral("database"));
    QCOMPARE(catalog.categoryLabel(QStringLiteral("networking")), QStringLiteral("Networking & Content Delivery"));
}

void TestCatalog::checkValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("valueJson");
    QTest::addColumn<bool>("fits");
    QTest::newRow("bool ok") << "rds_postgres" << "multi_az" << "false" << true;
    QTest::newRow("bool as text") << "rds_postgres" << "multi_az" << "\"yes\"" << false;
    QTest::newRow("az_count 9") << "vpc" << "az_count" << "9" << false;
    QTest::newRow("az_count 3") << "vpc" << "az_count" << "3" << true;
    QTest::newRow("cpu in set") << "ecs_fargate_service" << "cpu" << "1024" << true;
    QTest::newRow("cpu not in set") << "ecs_fargate_service" << "cpu" << "300" << false;
    QTest::newRow("int as float") << "ecs_fargate_service" << "min_tasks" << "2.5" << false;
    QTest::newRow("enum ok") << "cloudfront" << "viewer_protocol_policy" << "\"allow-all\"" << true;
    QTest::newRow("enum bad") << "cloudfront" << "viewer_protocol_policy" << "\"sometimes\"" << false;
    QTest::newRow("cidr ok") << "vpc" << "cidr" << "\"10.1.0.0/16\"" << true;
    QTest::newRow("cidr bad octet") << "vpc" << "cidr" << "\"10.300.0.0/16\"" << false;
    QTest::newRow("cidr no mask") << "vpc" << "cidr" << "\"10.0.0.0\"" << false;
    QTest::newRow("domain wildcard") << "acm_certificate" << "domain" << "\"*.example.com\"" << true;
    QTest::newRow("domain spaces") << "acm_certificate" << "domain" << "\"bad domain\"" << false;
    QTest::newRow("email ok") << "cloudwatch" << "alarm_email" << "\"ops@example.com\"" << true;
    QTest::newRow("email bad") << "cloudwatch" << "alarm_email" << "\"ops\"" << false;
    QTest::newRow("repo pattern") << "github_actions" << "repository" << "\"acme/inventory\"" << true;
    QTest::newRow("repo injection") << "github_actions" << "repository" << "\"a/b\\\"}\"" << false;
}

void TestCatalog::checkValue()
{
    QFETCH(QString, type);
    QFETCH(QString, key);
    QFETCH(QString, valueJson);
    QFETCH(bool, fits);
    const PropertySpec* spec = Catalog::builtin().type(type)->property(key);
    QVERIFY(spec);
    const QString why = Catalog::checkValue(*spec, Json::parse(valueJson.toStdString()));
    QCOMPARE(why.isEmpty(), fits);
}

void TestCatalog::brokenCatalogsAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "categories:\n  - { key: database, label: Database }\ntypes:\n";
    QTest::newRow("syntax") << QByteArray("types: [") << "broken.yaml: line";
    QTest::newRow("no types") << QByteArray("categories: []\n") << "'types' must be a non-empty list";
    QTest::newRow("unknown kind") << head + "  - type: db\n    label: DB\n    category: database\n    parents: [subnet]\n    properties:\n      - { key: x, kind: float, default: 1 }\n"
                                  << "types[0] (db).properties[0].x: unknown kind 'float'";
    QTest::newRow("default out of range") << head + "  - type: db\n    label: DB\n    category: database\n    parents: [subnet]\n    properties:\n      - { key: x, kind: int, min: 1, max: 3, default: 9 }\n"
                                          << "the default does not fit";
    QTest::newRow("unknown category") << head + "  - type: db\n    label: DB\n    category: food\n    parents: [subnet]\n"
                                      << "unknown category 'food'";
    QTest::newRow("bad parent") << head + "  - type: db\n    label: DB\n    category: database\n    parents: [moon]\n"
                                << "'parents' may hold only";
    QTest::newRow("duplicate type") << head + "  - { type: db, label: DB, category: database, parents: [root] }\n  - { type: db, label: DB, category: database, parents: [root] }\n"
                                    << "types[1] (db): type listed twice";
    QTest::newRow("alias bomb") << QByteArray("a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                                              "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                                              "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n")
                                << "more than 500000 nodes";
}

void TestCatalog::brokenCatalogsAreClearErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    const auto catalog = Catalog::fromYaml(yaml, QStringLiteral("broken.yaml"), &error);
    QVERIFY(!catalog);
    QVERIFY2(error.startsWith(QStringLiteral("broken.yaml")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestCatalog::placement_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("db in private subnet") << "rds_postgres" << "private" << true;
    QTest::newRow("db at top level") << "rds_postgres" << "" << false;
    QTest::newRow("db in vpc") << "rds_postgres" << "vpc" << false;
    QTest::newRow("alb in public") << "alb" << "public" << true;
    QTest::newRow("alb in private") << "alb" << "private" << false;
    QTest::newRow("nat in public") << "nat_gateway" << "public" << true;
    QTest::newRow("subnet in vpc") << "subnet" << "vpc" << true;
    QTest::newRow("subnet in region") << "subnet" << "region" << false;
    QTest::newRow("vpc in region") << "vpc" << "region" << true;
    QTest::newRow("vpc top") << "vpc" << "" << true;
    QTest::newRow("s3 in region") << "s3_bucket" << "region" << true;
    QTest::newRow("s3 in subnet") << "s3_bucket" << "private" << false;
    QTest::newRow("users in region") << "users" << "region" << false;
}

void TestCatalog::placement()
{
    QFETCH(QString, type);
    QFETCH(QString, parent);
    QFETCH(bool, allowed);
    Design design;
    design.appendComponent({.id = QStringLiteral("region"), .type = QStringLiteral("region")});
    design.appendComponent({.id = QStringLiteral("vpc"), .type = QStringLiteral("vpc"), .parent = QStringLiteral("region")});
    Component pub{.id = QStringLiteral("public"), .type = QStringLiteral("subnet"), .parent = QStringLiteral("vpc")};
    pub.properties["tier"] = "public";
    design.appendComponent(pub);
    design.appendComponent({.id = QStringLiteral("private"), .type = QStringLiteral("subnet"), .parent = QStringLiteral("vpc")});
    const QString why = Placement::check(Catalog::builtin(), design, type, parent);
    QCOMPARE(why.isEmpty(), allowed);
    if (type == QLatin1String("rds_postgres") && !allowed)
        QCOMPARE(why, QStringLiteral("An RDS database must sit in a subnet (a private one)"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
