// Known-answer tests of the cost estimate: every figure below is worked out by hand from
// resources/pricing/us-east-1.yaml and the default assumptions (CostAssumptions.cpp), and
// written as that arithmetic, never copied from the program's output.
#include "model/Catalog.h"
#include "model/Document.h"
#include "model/Templates.h"
#include "model/cost/CostGrowth.h"
#include "model/cost/CostOptimiser.h"
#include "model/cost/PriceTable.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace sky;

namespace {

constexpr double kH = 730.0;            // hours a month
constexpr double kDays = 730.0 / 24.0;  // days a month

Design webApp()
{
    LoadResult r = Templates::load(QStringLiteral("web-app-ecs"));
    Q_ASSERT(r.ok());
    return std::move(*r.design);
}

Design withUsage(int users, double peak)
{
    Design d;
    d.name = QStringLiteral("t");
    d.region = QStringLiteral("us-east-1");
    d.settings = {{"expected_daily_users", users}, {"peak_requests_per_second", peak}};
    return d;
}

Component comp(const QString& id, const QString& type, Json properties = Json::object(), const QString& parent = {})
{
    Component c;
    c.id = id;
    c.type = type;
    c.parent = parent;
    c.properties = std::move(properties);
    return c;
}

CostEstimate estimate(const Design& d, std::optional<int> users = std::nullopt)
{
    CostOptions o;
    o.dailyUsers = users;
    return CostEstimator::estimate(d, Catalog::builtin(), o);
}

QByteArray bundledBytes(const QString& region)
{
    QFile f(QStringLiteral(":/pricing/%1.yaml").arg(region));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

#define QFUZZY(actual, expected)                                                                                     \
    QVERIFY2(std::abs((actual) - (expected)) < 1e-6,                                                                 \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual)).arg((actual), 0, 'f', 6) \
                            .arg((expected), 0, 'f', 6)))

} // namespace

class TestCost : public QObject {
    Q_OBJECT
private slots:
    void bundledPriceFilesValidate_data();
    void bundledPriceFilesValidate();
    void malformedPriceFiles_data();
    void malformedPriceFiles();
    void webAppEcsItemByItem();
    void fargateSpotAndArm();
    void fargateScalesWithinBounds();
    void rdsSingleAzBackupsAndUnknownClass();
    void natPerAz();
    void cloudfrontBeyondFreeTierAndWaf();
    void cloudwatchBeyondFreeTier();
    void unknownRegionFallsBack();
    void assumptionOverrides();
    void growthIsMonotonicWithAdvice();
    void optimisationsSaveWhatTheyClaim_data();
    void optimisationsSaveWhatTheyClaim();
    void optimisationsOnlyWhereTheyApply();
};

void TestCost::bundledPriceFilesValidate_data()
{
    QTest::addColumn<QString>("region");
    for (const char* r : {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "sa-east-1"})
        QTest::newRow(r) << QString::fromLatin1(r);
}

void TestCost::bundledPriceFilesValidate()
{
    QFETCH(QString, region);
    QString error;
    const PriceTable* t = PriceTable::bundled(region, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->region(), region);
    QCOMPARE(t->currency(), QStringLiteral("USD"));
    QVERIFY(!t->sources().isEmpty());
    QVERIFY(t->rdsInstance(QStringLiteral("db.t4g.micro")));
    QVERIFY(PriceTable::bundledRegions().contains(region));
}

void TestCost::malformedPriceFiles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");
    const QByteArray good = bundledBytes(QStringLiteral("us-east-1"));
    QVERIFY(!good.isEmpty());
    const auto replaced = [&](const char* from, const char* to) {
        QByteArray b = good;
        const qsizetype at = b.indexOf(from);
        Q_ASSERT(at >= 0);
        return b.replace(at, qsizetype(qstrlen(from)), to);
    };
    QTest::newRow("missing key") << replaced("  hour: 0.0225", "  hours: 0.0225")
                                 << QStringLiteral("bad.yaml: alb.hour: missing");
    QTest::newRow("null price") << replaced("vcpu_hour_arm: 0.03238", "vcpu_hour_arm: null")
                                << QStringLiteral("bad.yaml: fargate.vcpu_hour_arm: no value (null): every price needs a number");
    QTest::newRow("negative") << replaced("storage_gb_month: 0.10", "storage_gb_month: -0.10")
                              << QStringLiteral("bad.yaml: ecr.storage_gb_month: must not be negative (-0.1)");
    QTest::newRow("text") << replaced("secret_month: 0.40", "secret_month: \"0.40\"")
                          << QStringLiteral("bad.yaml: secrets_manager.secret_month: expected a number, found \"0.40\"");
    QTest::newRow("instance class missing") << replaced("db.m7g.large:", "db.m7x.large:")
                                            << QStringLiteral("bad.yaml: rds_postgres.instances.db.m7g.large: missing");
    QTest::newRow("instance field") << replaced("db.t4g.micro: { single_az_hour: 0.016,", "db.t4g.micro: { single: 0.016,")
                                    << QStringLiteral("bad.yaml: rds_postgres.instances.db.t4g.micro.single_az_hour: missing");
    QTest::newRow("currency") << replaced("currency: USD", "currency: EUR")
                              << QStringLiteral("bad.yaml: currency: only USD prices are supported, found 'EUR'");
    QTest::newRow("no sources") << replaced("sources:\n", "old_sources:\n")
                                << QStringLiteral("bad.yaml: sources: missing");
    QTest::newRow("not a mapping") << QByteArray("- 1\n- 2\n")
                                   << QStringLiteral("bad.yaml: expected a mapping of price sections at the top");
    QTest::newRow("syntax") << QByteArray("region: [unclosed\n")
                            << QStringLiteral("bad.yaml: line");
}

void TestCost::malformedPriceFiles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!PriceTable::fromYaml(yaml, QStringLiteral("bad.yaml"), &why));
    QVERIFY2(why.startsWith(error), qPrintable(why));
    QVERIFY(!why.contains(QLatin1Char('\n')));
}

void TestCost::webAppEcsItemByItem()
{
    // web-app-ecs in us-east-1: 100 daily users, peak 20 requests/s.
    const CostEstimate e = estimate(webApp());
    QVERIFY2(e.ok(), qPrintable(e.error));
    QVERIFY2(e.warnings.isEmpty(), qPrintable(e.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(e.priceRegion, QStringLiteral("us-east-1"));
    QCOMPARE(e.dailyUsers, 100);
    // Load: 100 users × 20 page views × 5 API calls × 30.42 days = 304,166.7 API requests/month.
    const double requests = 100 * 20 * 5 * kDays;
    const double avgRps = requests / (kH * 3600); // 0.1157/s

    // api: 0.5 vCPU tasks serve 25 × 0.5 = 12.5 requests/s; peak 20 → 2 tasks = min_tasks.
    // 2 × 0.5 × 730 × 0.04048 = 29.5504; 2 × 1 × 730 × 0.004445 = 6.4897.
    QCOMPARE(e.services.size(), std::size_t(1));
    QCOMPARE(e.services[0].tasksNeededAtPeak, 2);
    QCOMPARE(e.services[0].averageTasks, 2.0);
    QFUZZY(e.monthly(QStringLiteral("api")), 2 * 0.5 * kH * 0.04048 + 2 * 1 * kH * 0.004445);
    QCOMPARE(e.item(QStringLiteral("api"))->basis(),
             QStringLiteral("2 tasks × 0.5 vCPU × 730 h × $0.04048 + 2 × 1 GB × 730 h × $0.004445"));

    // db: db.t4g.micro Multi-AZ 730 × 0.032 = 23.36; 20 GB × 0.23 = 4.60;
    // backups 5 GB × (1 + 7 × 5%) = 6.75 GB, inside the free 20 GB.
    QFUZZY(e.monthly(QStringLiteral("db")), kH * 0.032 + 20 * 0.23);

    // nat: one shared gateway 730 × 0.045 = 32.85; public IPv4 730 × 0.005 = 3.65;
    // data: 20 deploys × 2 tasks × 0.4 GB image = 16 GB + logs (304,167 × 1 KB + 2 tasks × 0.3 GB
    // = 0.904 GB) + 1 GB other = 17.904 GB × 0.045.
    const double logsGb = requests * 1 / 1e6 + 2 * 0.3;
    QFUZZY(e.monthly(QStringLiteral("nat")), kH * 0.045 + kH * 0.005 + (20 * 2 * 0.4 + logsGb + 1) * 0.045);

    // alb: 730 × 0.0225 = 16.425; LCU = 0.1157/s ÷ 25 = 0.00463 → × 730 × 0.008;
    // 2 public IPv4 × 730 × 0.005 = 7.30; 2.4 GB out within the free 100 GB;
    // access logs 304,167 × 300 B = 0.0913 GB/month × 12 months × 0.023; 2 nodes × 12 files/h × 730 PUTs × 0.005/1000.
    QFUZZY(e.monthly(QStringLiteral("alb")), kH * 0.0225 + kH * avgRps / 25 * 0.008 + 2 * kH * 0.005
                                                 + requests * 300 / 1e9 * 12 * 0.023 + 2 * 12 * kH * 0.005 / 1000);

    // cdn: 24.3 GB and 243,333 requests, inside the always-free 1 TB and 10 M requests.
    QFUZZY(e.monthly(QStringLiteral("cdn")), 0.0);
    // frontend: 0.02 GB × 0.023 + 24,333 cache-miss GETs × 0.0004/1000 + 2,000 PUTs × 0.005/1000.
    QFUZZY(e.monthly(QStringLiteral("frontend")), 0.02 * 0.023 + 100 * 20 * 4 * kDays * 0.1 * 0.0004 / 1000 + 2000 * 0.005 / 1000);
    // dns: one zone 0.50; its records are aliases (queries free).
    QFUZZY(e.monthly(QStringLiteral("dns")), 0.50);
    QFUZZY(e.monthly(QStringLiteral("cert_app")), 0.0);
    QFUZZY(e.monthly(QStringLiteral("cert_api")), 0.0);
    // db_secret: 0.40 + 20 deploys × 2 task starts = 40 calls × 0.05/10,000.
    QFUZZY(e.monthly(QStringLiteral("db_secret")), 0.40 + 40 * 0.05 / 10000);
    // monitoring: 0.904 GB ingested (free 5 GB); kept 30 days = 0.986 months × 0.03; 5 alarms (free 10).
    QFUZZY(e.monthly(QStringLiteral("monitoring")), logsGb * (30 / kDays) * 0.03);
    // vpc: flow logs 0.5 GB × 2 AZs + 304,167 × 200 B = 1.061 GB, inside the 4.1 GB free tier left;
    // stored 30 days × 0.03.
    QFUZZY(e.monthly(QStringLiteral("vpc")), (0.5 * 2 + requests * 200 / 1e9) * (30 / kDays) * 0.03);
    // ecr: 0.4 GB × (1 + 29 × 10%) = 1.56 GB × 0.10.
    QFUZZY(e.monthly(QStringLiteral("ecr")), 1.56 * 0.10);

    QCOMPARE(e.items.size(), std::size_t(13)); // users, github, region, subnets: no AWS charge
    double sum = 0;
    for (const CostItem& i : e.items)
        sum += i.monthly;
    QFUZZY(e.total, sum);
    // The headline: about $126 a month (README "Cost estimates").
    QVERIFY2(e.total > 125.5 && e.total < 127.0, qPrintable(QString::number(e.total)));
}

void TestCost::fargateSpotAndArm()
{
    Design d = withUsage(100, 5);
    d.appendComponent(comp(QStringLiteral("api"), QStringLiteral("ecs_fargate_service"),
                           {{"cpu", 1024}, {"memory", 2048}, {"min_tasks", 2}, {"spot_percent", 50}, {"cpu_architecture", "ARM64"}}));
    const CostEstimate e = estimate(d);
    // 2 tasks × (1 vCPU × 0.03238 + 2 GB × 0.00356) × 730 h × (1 − 50% × 70%).
    QFUZZY(e.monthly(QStringLiteral("api")), 2 * (1 * 0.03238 + 2 * 0.00356) * kH * (1 - 0.5 * 0.7));
    QVERIFY(e.item(QStringLiteral("api"))->basis().contains(QStringLiteral("× 0.65 (50% on Spot at 70% off)")));
}

void TestCost::fargateScalesWithinBounds()
{
    Design d = withUsage(1000, 60);
    d.appendComponent(comp(QStringLiteral("api"), QStringLiteral("ecs_fargate_service"), {{"min_tasks", 1}, {"max_tasks", 4}}));
    const CostEstimate e = estimate(d);
    // Peak 60/s ÷ 12.5 per 0.5-vCPU task → 5 needed, capped at 4; average load 1.16/s → 1 task.
    // 1 task 22 h/day + 4 tasks 2 h/day = 1.25 tasks on average.
    const ServiceLoad& s = e.services.at(0);
    QCOMPARE(s.tasksNeededAtPeak, 5);
    QCOMPARE(s.peakTasks, 4);
    QCOMPARE(s.baseTasks, 1);
    QVERIFY(s.cappedByMax());
    QFUZZY(s.averageTasks, 1.25);
    QFUZZY(e.monthly(QStringLiteral("api")), 1.25 * kH * (0.5 * 0.04048 + 1 * 0.004445));
}

void TestCost::rdsSingleAzBackupsAndUnknownClass()
{
    Design d = withUsage(100, 20);
    d.settings["cost_assumptions"] = {{"db_used_gb", 40}};
    d.appendComponent(comp(QStringLiteral("db"), QStringLiteral("rds_postgres"),
                           {{"instance_class", "db.t4g.small"}, {"multi_az", false}, {"allocated_storage_gb", 50}, {"backup_retention_days", 14}}));
    d.appendComponent(comp(QStringLiteral("big"), QStringLiteral("rds_postgres"), {{"instance_class", "db.r6g.2xlarge"}, {"multi_az", false}}));
    const CostEstimate e = estimate(d);
    // 730 × 0.032 + 50 × 0.115 + (40 × (1 + 14 × 5%) − 50 free) = 18 GB × 0.095.
    QFUZZY(e.monthly(QStringLiteral("db")), kH * 0.032 + 50 * 0.115 + (40 * 1.7 - 50) * 0.095);
    // db.r6g.2xlarge is not in the table: r6g.large × 4 (large → xlarge → 2xlarge), with a warning.
    QFUZZY(e.item(QStringLiteral("big"))->part(QStringLiteral("instance"))->monthly, kH * 0.225 * 4);
    QCOMPARE(e.warnings.size(), 1);
    QVERIFY2(e.warnings[0].contains(QStringLiteral("db.r6g.2xlarge")) && e.warnings[0].contains(QStringLiteral("db.r6g.large × 4")),
             qPrintable(e.warnings[0]));
}

void TestCost::natPerAz()
{
    Design d = withUsage(100, 20);
    d.appendComponent(comp(QStringLiteral("vpc"), QStringLiteral("vpc"), {{"az_count", 3}, {"flow_logs", false}}));
    d.appendComponent(comp(QStringLiteral("pub"), QStringLiteral("subnet"), {{"tier", "public"}}, QStringLiteral("vpc")));
    d.appendComponent(comp(QStringLiteral("nat"), QStringLiteral("nat_gateway"), {{"per_az", true}}, QStringLiteral("pub")));
    const CostEstimate e = estimate(d);
    // 3 gateways × 730 × (0.045 + 0.005 IPv4) + 1 GB of other outbound × 0.045 (no tasks, no logs).
    QFUZZY(e.monthly(QStringLiteral("nat")), 3 * kH * (0.045 + 0.005) + 1 * 0.045);
    QVERIFY(!e.item(QStringLiteral("vpc"))); // flow logs off: no charge
}

void TestCost::cloudfrontBeyondFreeTierAndWaf()
{
    Design d = withUsage(100, 20);
    d.appendComponent(comp(QStringLiteral("cdn"), QStringLiteral("cloudfront"), {{"price_class", "PriceClass_All"}, {"waf", true}}));
    const CostEstimate e = estimate(d, 10000);
    // 10,000 users × 20 × 400 KB × 30.42 d = 2,433.3 GB; 1,024 free; rate 0.085 × (1 + 5% × 40%).
    const double gb = 10000 * 20 * 400 * kDays / 1e6;
    const double requests = 10000 * 20 * 4 * kDays; // 24.3 M
    const CostItem* i = e.item(QStringLiteral("cdn"));
    QFUZZY(i->part(QStringLiteral("data out"))->monthly, (gb - 1024) * 0.085 * 1.02);
    QFUZZY(i->part(QStringLiteral("requests"))->monthly, (requests - 10e6) / 10000 * 0.01);
    QFUZZY(i->part(QStringLiteral("WAF"))->monthly, 5 + 5 * 1 + requests / 1e6 * 0.6);
}

void TestCost::cloudwatchBeyondFreeTier()
{
    Design d = withUsage(100, 20);
    d.settings["cost_assumptions"] = {{"log_kb_per_request", 30}};
    d.appendComponent(comp(QStringLiteral("api"), QStringLiteral("ecs_fargate_service")));
    d.appendComponent(comp(QStringLiteral("cw"), QStringLiteral("cloudwatch"), {{"log_retention_days", 0}}));
    const CostEstimate e = estimate(d);
    // 304,167 requests × 30 KB + 2 tasks × 0.3 GB = 9.725 GB; (9.725 − 5) × 0.50;
    // never expire → 12 months × 9.725 GB × 0.03; 2 alarms (free).
    const double gb = 100 * 20 * 5 * kDays * 30 / 1e6 + 0.6;
    QFUZZY(e.monthly(QStringLiteral("cw")), (gb - 5) * 0.5 + gb * 12 * 0.03);
}

void TestCost::unknownRegionFallsBack()
{
    Design d = webApp();
    d.region = QStringLiteral("ap-southeast-2");
    const CostEstimate e = estimate(d);
    QVERIFY(e.ok());
    QCOMPARE(e.priceRegion, QStringLiteral("us-east-1"));
    QCOMPARE(e.region, QStringLiteral("ap-southeast-2"));
    QVERIFY(e.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("no usable price file for region 'ap-southeast-2'")));
    QFUZZY(e.total, estimate(webApp()).total);
}

void TestCost::assumptionOverrides()
{
    Design d = webApp();
    d.settings["cost_assumptions"] = {{"image_size_mb", 1000}, {"rps_per_vcpu", "fast"}, {"no_such_key", 1}};
    const CostEstimate e = estimate(d);
    const auto find = [&](const char* key) {
        for (const CostAssumption& a : e.assumptions)
            if (a.key == QLatin1String(key))
                return a;
        return CostAssumption{};
    };
    QCOMPARE(find("image_size_mb").value, 1000.0);
    QCOMPARE(find("image_size_mb").source, QStringLiteral("settings.cost_assumptions"));
    QCOMPARE(find("rps_per_vcpu").value, 25.0);
    QCOMPARE(e.warnings.size(), 2);
    // ECR: 1 GB × (1 + 29 × 10%) × 0.10.
    QFUZZY(e.monthly(QStringLiteral("ecr")), 3.9 * 0.10);
    // --users wins over an override of daily_users.
    d.settings["cost_assumptions"] = {{"daily_users", 7}};
    QCOMPARE(estimate(d).dailyUsers, 7);
    QCOMPARE(estimate(d, 500).dailyUsers, 500);
}

void TestCost::growthIsMonotonicWithAdvice()
{
    for (const QString& name : {QStringLiteral("web-app-ecs"), QStringLiteral("web-app-ecs-dev"), QStringLiteral("static-site")}) {
        LoadResult r = Templates::load(name);
        QVERIFY(r.ok());
        const auto points = CostGrowth::project(*r.design, Catalog::builtin());
        QCOMPARE(points.size(), std::size_t(7));
        QCOMPARE(points.front().dailyUsers, 50);
        QCOMPARE(points.back().dailyUsers, 10000);
        for (std::size_t i = 1; i < points.size(); ++i)
            QVERIFY2(points[i].monthly >= points[i - 1].monthly - 1e-9,
                     qPrintable(QStringLiteral("%1: %2 users %3 < %4").arg(name).arg(points[i].dailyUsers).arg(points[i].monthly).arg(points[i - 1].monthly)));
        QVERIFY(points.back().monthly > points.front().monthly);
    }
    const auto points = CostGrowth::project(webApp(), Catalog::builtin());
    // At 1,000 users the peak is 200/s: 16 tasks of 0.5 vCPU, above max_tasks 6.
    QCOMPARE(points[4].dailyUsers, 1000);
    QCOMPARE(points[4].services.at(0).tasksNeededAtPeak, 16);
    QVERIFY(points[4].advice.join(QLatin1Char(' ')).contains(QStringLiteral("raise max_tasks to 16")));
    QVERIFY(points[1].advice.isEmpty());
}

void TestCost::optimisationsSaveWhatTheyClaim_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* k : {"shared_nat", "fargate_spot", "arm64", "db_single_az", "db_smaller_class", "log_retention",
                          "cloudfront_price_class"})
        QTest::newRow(k) << QString::fromLatin1(k);
}

void TestCost::optimisationsSaveWhatTheyClaim()
{
    QFETCH(QString, kind);
    // A wasteful development stack where every design-edit optimisation applies.
    Design d = webApp();
    d.settings["environment"] = "development";
    d.settings["expected_daily_users"] = 5000;
    d.settings["peak_requests_per_second"] = 1000;
    d.mutableComponent(QStringLiteral("nat"))->properties["per_az"] = true;
    d.mutableComponent(QStringLiteral("db"))->properties["instance_class"] = "db.m6g.large";
    d.mutableComponent(QStringLiteral("monitoring"))->properties["log_retention_days"] = 0;
    d.mutableComponent(QStringLiteral("cdn"))->properties["price_class"] = "PriceClass_All";
    const double before = estimate(d).total;

    const auto all = CostOptimiser::suggest(d, Catalog::builtin());
    const auto it = std::find_if(all.begin(), all.end(), [&](const CostOptimisation& o) { return o.kind == kind; });
    QVERIFY2(it != all.end(), qPrintable(kind + QStringLiteral(" not suggested")));
    QVERIFY(!it->adviceOnly());
    QVERIFY(it->monthlySaving > 0);
    QVERIFY(!it->tradeoff.isEmpty());

    // Applied through the document as one undoable macro, as the Cost dock does.
    Document doc;
    doc.reset(d);
    doc.beginMacro(it->title);
    for (const DesignEdit& edit : it->edits) {
        QString error;
        QVERIFY2(doc.setValue(edit.target, edit.id, edit.key, edit.value, &error), qPrintable(error));
    }
    doc.endMacro();
    QCOMPARE(doc.undoStack()->count(), 1);
    QFUZZY(estimate(doc.design()).total, before - it->monthlySaving);
    doc.undoStack()->undo();
    QVERIFY(doc.design() == d);
}

void TestCost::optimisationsOnlyWhereTheyApply()
{
    // web-app-ecs is production with one shared NAT, PriceClass_100 and 30-day logs.
    const Design d = webApp();
    const auto all = CostOptimiser::suggest(d, Catalog::builtin());
    QSet<QString> kinds;
    for (const CostOptimisation& o : all)
        kinds.insert(o.kind);
    for (const char* absent : {"shared_nat", "db_single_az", "db_smaller_class", "log_retention", "cloudfront_price_class"})
        QVERIFY2(!kinds.contains(QString::fromLatin1(absent)), absent);
    for (const char* present : {"fargate_spot", "arm64", "scheduled_scaling", "savings_plan", "reserved_db"})
        QVERIFY2(kinds.contains(QString::fromLatin1(present)), present);
    for (std::size_t i = 1; i < all.size(); ++i)
        QVERIFY(all[i].monthlySaving <= all[i - 1].monthlySaving);
    const CostEstimate e = estimate(d);
    for (const CostOptimisation& o : all) {
        // Advice: Savings Plan = 20% of the on-demand Fargate bill; reserved DB = 30% of the instance hours;
        // scheduled scaling = 1 task less for (168 − 60) / 168 of the month.
        if (o.kind == QLatin1String("savings_plan"))
            QFUZZY(o.monthlySaving, e.monthly(QStringLiteral("api")) * 0.20);
        if (o.kind == QLatin1String("reserved_db"))
            QFUZZY(o.monthlySaving, kH * 0.032 * 0.30);
        if (o.kind == QLatin1String("scheduled_scaling"))
            QFUZZY(o.monthlySaving, e.monthly(QStringLiteral("api")) / 2 * 108.0 / 168.0);
        if (o.kind == QLatin1String("fargate_spot"))
            QFUZZY(o.monthlySaving, e.monthly(QStringLiteral("api")) * 0.5 * 0.7);
    }
    // Choosing Spot and ARM together: both edits, applied at once.
    QStringList ids;
    for (const CostOptimisation& o : all)
        if (o.kind == QLatin1String("fargate_spot") || o.kind == QLatin1String("arm64"))
            ids << o.id;
    QFUZZY(CostOptimiser::totalWith(d, Catalog::builtin(), {}, ids),
           e.total - e.monthly(QStringLiteral("api")) + 2 * kH * (0.5 * 0.03238 + 1 * 0.00356) * 0.65);
}

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"
