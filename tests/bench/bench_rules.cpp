// bench_rules: how long a full validation takes on generated designs of 1k, 10k and 100k
// components (1.5 connections each), and how a whole `skyforge check` process of a 10k
// file compares with a plain JSON parse of the same file. Not a test: it prints timings.
// Measure a Release build: cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release.
#include "model/Design.h"
#include "model/DesignReader.h"
#include "model/DesignWriter.h"
#include "model/validation/FindingsReport.h"
#include "model/validation/RuleSet.h"
#include "model/validation/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace sky;

namespace {

Component make(const QString& id, const char* type, const QString& parent)
{
    Component c;
    c.id = id;
    c.type = QLatin1String(type);
    c.parent = parent;
    return c;
}

/// The reference stack repeated: per cell a VPC with a public and a private subnet, a load
/// balancer, a NAT gateway, two services, a database, a CloudFront distribution and its
/// bucket (10 components, 15 connections); users, certificate, registry, CloudWatch and
/// secret shared. Every 40th cell has a few faults, so that findings are produced too.
Design generate(int components)
{
    Design d;
    d.name = QStringLiteral("bench");
    d.region = QStringLiteral("us-east-1");
    d.settings = {{"environment", "production"}};
    for (const auto& [id, type] : std::initializer_list<std::pair<const char*, const char*>>{
             {"users", "users"}, {"region", "region"}, {"cert", "acm_certificate"}})
        d.appendComponent(make(QLatin1String(id), type, QString()));
    for (const auto& [id, type] : std::initializer_list<std::pair<const char*, const char*>>{
             {"ecr", "ecr_repository"}, {"cw", "cloudwatch"}, {"secret", "secrets_manager_secret"}})
        d.appendComponent(make(QLatin1String(id), type, QStringLiteral("region")));
    int k = 0;
    const auto link = [&](const QString& from, const QString& to, const char* protocol, std::optional<int> port = {}) {
        d.appendConnection(Connection{QStringLiteral("k%1").arg(++k), from, to, QLatin1String(protocol), port, {}, Json::object()});
    };
    for (int cell = 0; int(d.components().size()) + 10 <= components; ++cell) {
        const QString p = QStringLiteral("c%1-").arg(cell);
        d.appendComponent(make(p + "vpc", "vpc", QStringLiteral("region")));
        Component pub = make(p + "pub", "subnet", p + "vpc");
        pub.properties["tier"] = "public";
        d.appendComponent(pub);
        d.appendComponent(make(p + "priv", "subnet", p + "vpc"));
        d.appendComponent(make(p + "alb", "alb", p + "pub"));
        d.appendComponent(make(p + "nat", "nat_gateway", p + "pub"));
        d.appendComponent(make(p + "api1", "ecs_fargate_service", p + "priv"));
        d.appendComponent(make(p + "api2", "ecs_fargate_service", p + "priv"));
        Component db = make(p + "db", "rds_postgres", p + "priv");
        Component cdn = make(p + "cdn", "cloudfront", QStringLiteral("region"));
        cdn.properties["waf"] = true;
        if (cell % 40 == 7) {
            db.properties["multi_az"] = false;
            cdn.properties["viewer_protocol_policy"] = "allow-all";
        }
        d.appendComponent(db);
        d.appendComponent(cdn);
        d.appendComponent(make(p + "site", "s3_bucket", QStringLiteral("region")));
        link(QStringLiteral("users"), p + "cdn", "https");
        link(QStringLiteral("users"), p + "alb", "https");
        link(QStringLiteral("cert"), p + "alb", "tls");
        link(QStringLiteral("cert"), p + "cdn", "tls");
        link(p + "cdn", p + "site", "https");
        link(p + "alb", p + "api1", "http", 8000);
        link(p + "alb", p + "api2", "http", cell % 40 == 7 ? 8080 : 8000);
        for (const char* api : {"api1", "api2"}) {
            link(p + api, p + "db", "postgres");
            link(p + api, QStringLiteral("ecr"), "aws-api");
            link(p + api, QStringLiteral("cw"), "aws-api");
            link(p + api, QStringLiteral("secret"), "aws-api");
        }
    }
    return d;
}

double medianMs(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeValidation(const Design& d, const RuleSet& rules, int runs, size_t* findings)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto result = Validator::validate(d, rules);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        *findings = result.size();
    }
    return medianMs(times);
}

/// Reads `file` and parses it with plain nlohmann: the milliseconds that took, or a negative
/// number when the file cannot be read or holds nothing. The yardstick of the loader.
double plainParseMs(const QString& file)
{
    QElapsedTimer t;
    t.start();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray read = in.readAll();
    const Json parsed = Json::parse(read.constBegin(), read.constEnd());
    const double ms = double(t.nsecsElapsed()) / 1e6;
    return parsed.empty() ? -1 : ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // `bench_rules --write-10k FILE` only writes the 10k design, for profiling the process by hand.
    if (argc == 3 && QByteArray(argv[1]) == "--write-10k") {
        QFile file(QString::fromLocal8Bit(argv[2]));
        const QByteArray bytes = DesignWriter::toBytes(generate(10000));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? 0 : 2;
    }
    // `bench_rules --load FILE`: only the loader against a plain parse of FILE (fastest of 30 each).
    if (argc == 3 && QByteArray(argv[1]) == "--load") {
        const QString file = QString::fromLocal8Bit(argv[2]);
        std::vector<double> parse, load;
        for (int i = 0; i < 30; ++i) {
            const double ms = plainParseMs(file);
            if (ms < 0)
                return 2;
            parse.push_back(ms);
            QElapsedTimer t;
            t.start();
            const LoadResult loaded = DesignReader::readFile(file);
            load.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!loaded.ok())
                return 2;
        }
        std::printf("plain parse %.2f ms, DesignReader::readFile %.2f ms (fastest of 30)\n", *std::min_element(parse.begin(), parse.end()),
                    *std::min_element(load.begin(), load.end()));
        return 0;
    }
    const RuleSet& rules = RuleSet::builtin();
    std::printf("bench_rules: %d rules; median of several runs (build type: %s)\n", rules.size(), SKYFORGE_BUILD_TYPE);
    for (int n : {1000, 10000, 100000}) {
        Design d = generate(n);
        size_t findings = 0;
        const double full = timeValidation(d, rules, n >= 100000 ? 5 : 15, &findings);
        std::printf("  %6zu components, %6zu connections: full validation %8.2f ms (%zu findings)\n", d.components().size(),
                    d.connections().size(), full, findings);
        if (n == 10000) {
            // The window re-checks after each edit: one property changed, then a full run.
            std::vector<double> times;
            for (int i = 0; i < 15; ++i) {
                d.mutableComponent(QStringLiteral("c3-db"))->properties["multi_az"] = (i % 2 == 0);
                QElapsedTimer t;
                t.start();
                const auto result = Validator::validate(d, rules);
                times.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::printf("         re-check after one edit at 10k: %8.2f ms (target < 16 ms)\n", medianMs(times));
        }
    }

    // Whole process: `skyforge check FILE --format json` on a 10k file, against parsing it.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench-10k.skyforge"));
    const QByteArray bytes = DesignWriter::toBytes(generate(10000));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return 2;
    out.close();
    std::vector<double> parse, process;
    for (int i = 0; i < 7; ++i) {
        const double ms = plainParseMs(file);
        if (ms < 0)
            return 2;
        parse.push_back(ms);
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(SKYFORGE_BINARY), {QStringLiteral("check"), file, QStringLiteral("--format"), QStringLiteral("json")});
        p.waitForFinished(120000);
        process.push_back(double(t.nsecsElapsed()) / 1e6);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() == 2) {
            std::printf("skyforge check failed: %s\n", p.readAllStandardError().constData());
            return 2;
        }
    }
    // Where the process's time goes, in process: loading the file, validating, writing JSON.
    std::vector<double> loadTimes, reportTimes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        LoadResult loaded = DesignReader::readFile(file);
        loadTimes.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!loaded.ok())
            return 2;
        const auto findings = Validator::validate(*loaded.design, rules);
        t.restart();
        const std::string json = FindingsReport::toJson(findings, rules, file).dump(2);
        reportTimes.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("  10k file in process: DesignReader::readFile %.2f ms, JSON report %.2f ms\n", medianMs(loadTimes),
                medianMs(reportTimes));
    const double parseMs = medianMs(parse), processMs = medianMs(process);
    std::printf("  10k file (%.1f MB): plain nlohmann parse %.2f ms; whole `skyforge check --format json` process %.2f ms "
                "(%.1fx; target within 3x)\n",
                double(bytes.size()) / 1e6, parseMs, processMs, processMs / parseMs);
    return 0;
}
