// bench_export: how long exporting Terraform takes for 100, 1k and 10k-component designs,
// against a plain JSON parse of the same file (target: within 8x at 10k). The export writes
// its concerns on one thread per core; the ratio is for that, and "1 thread" shows the same
// export on one. Not a test: run
// it by hand (build/tests/bench/bench_export) on a Release build for meaningful numbers.
// `bench_export SIZE [RUNS]` measures one size (e.g. under valgrind --tool=callgrind);
// `bench_export --design SIZE` prints the generated design (to compare exports by hand).

#include "exporters/GithubActionsExporter.h"
#include "exporters/terraform/TerraformExporter.h"
#include "model/Catalog.h"
#include "model/DesignReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <nlohmann/json.hpp>
#include <vector>
#include <sys/resource.h>

using Json = nlohmann::json;

namespace {

Json component(const std::string& id, const std::string& type, const std::string& parent = {}, Json properties = Json::object())
{
    Json c{{"id", id}, {"type", type}};
    if (!parent.empty())
        c["parent"] = parent;
    if (!properties.empty())
        c["properties"] = properties;
    return c;
}

/// A web-app-ecs-like design of about `size` components: the shared network and edge, then
/// groups of load balancer, service, database, repository and secret.
QByteArray design(int size)
{
    Json components = Json::array();
    Json connections = Json::array();
    int k = 0;
    auto connect = [&](const std::string& from, const std::string& to, const std::string& protocol, int port = 0) {
        Json c{{"id", "k" + std::to_string(++k)}, {"from", from}, {"to", to}, {"protocol", protocol}};
        if (port)
            c["port"] = port;
        connections.push_back(c);
    };
    components.push_back(component("users", "users"));
    components.push_back(component("github", "github_actions"));
    components.push_back(component("dns", "route53_zone"));
    components.push_back(component("region", "region"));
    components.push_back(component("vpc", "vpc", "region"));
    components.push_back(component("public", "subnet", "vpc", {{"tier", "public"}}));
    components.push_back(component("app", "subnet", "vpc"));
    components.push_back(component("data", "subnet", "vpc"));
    components.push_back(component("nat", "nat_gateway", "public"));
    components.push_back(component("monitoring", "cloudwatch", "region"));
    for (int g = 0; int(components.size()) + 5 <= size; ++g) {
        const std::string n = std::to_string(g);
        components.push_back(component("alb" + n, "alb", "public"));
        components.push_back(component("api" + n, "ecs_fargate_service", "app"));
        components.push_back(component("db" + n, "rds_postgres", "data"));
        components.push_back(component("ecr" + n, "ecr_repository", "region"));
        components.push_back(component("secret" + n, "secrets_manager_secret", "region"));
        connect("users", "alb" + n, "https", 443);
        connect("alb" + n, "api" + n, "http", 8000);
        connect("api" + n, "db" + n, "postgres", 5432);
        connect("api" + n, "ecr" + n, "aws-api");
        connect("api" + n, "secret" + n, "aws-api");
        connect("api" + n, "monitoring", "aws-api");
        if (g == 0) {
            // One name for the API: the other load balancers have no record (two cannot share it).
            connect("dns", "alb0", "dns");
            connect("github", "api0", "aws-api");
            connect("github", "ecr0", "aws-api");
        }
    }
    const Json doc{{"format", "skyforge/1"}, {"name", "Benchmark"}, {"region", "us-east-1"}, {"components", components}, {"connections", connections}};
    return QByteArray::fromStdString(doc.dump(2));
}

long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

double milliseconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc == 3 && qstrcmp(argv[1], "--design") == 0) {
        out << design(QString::fromLocal8Bit(argv[2]).toInt());
        return 0;
    }
    out << "components  file KiB  json parse ms  load ms  terraform ms  workflow ms  (load+terraform)/parse  files KiB  terraform page faults"
           "  1 thread ms  (load+1 thread)/parse\n";
    std::vector<int> sizes{100, 1000, 10000};
    int runs = 3;
    if (argc > 1)
        sizes = {QString::fromLocal8Bit(argv[1]).toInt()};
    if (argc > 2)
        runs = std::max(1, QString::fromLocal8Bit(argv[2]).toInt());
    for (const int size : sizes) {
        const QByteArray bytes = design(size);
        // Best of three runs of each, to keep the machine's noise out.
        double parse = 1e18, load = 1e18, terraform = 1e18, workflow = 1e18, oneThread = 1e18;
        qint64 outputBytes = 0;
        long faults = 0;
        int components = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            const Json parsed = Json::parse(bytes.constBegin(), bytes.constEnd());
            parse = std::min(parse, milliseconds(t));
            components = int(parsed["components"].size());

            t.restart();
            const sky::LoadResult loaded = sky::DesignReader::readBytes(bytes, QStringLiteral("bench.skyforge"));
            load = std::min(load, milliseconds(t));
            if (!loaded.ok()) {
                out << "cannot load the generated design: " << loaded.error << Qt::endl;
                return 1;
            }
            const long faultsBefore = minorFaults();
            t.restart();
            const sky::TerraformExport module = sky::TerraformExporter::exportDesign(*loaded.design);
            terraform = std::min(terraform, milliseconds(t));
            faults = minorFaults() - faultsBefore;
            if (!module.ok()) {
                out << "export failed: " << module.error << Qt::endl;
                return 1;
            }
            outputBytes = 0;
            for (const QByteArray& f : module.files)
                outputBytes += f.size();
            t.restart();
            const sky::TerraformExport sameModule = sky::TerraformExporter::exportDesign(*loaded.design, sky::Catalog::builtin(), 1);
            oneThread = std::min(oneThread, milliseconds(t));
            t.restart();
            const sky::WorkflowExport w = sky::GithubActionsExporter::exportDesign(*loaded.design);
            workflow = std::min(workflow, milliseconds(t));
        }
        out << qSetFieldWidth(10) << components << qSetFieldWidth(10) << bytes.size() / 1024 << qSetFieldWidth(15) << QString::number(parse, 'f', 1)
            << qSetFieldWidth(9) << QString::number(load, 'f', 1) << qSetFieldWidth(14) << QString::number(terraform, 'f', 1)
            << qSetFieldWidth(13) << QString::number(workflow, 'f', 2) << qSetFieldWidth(24)
            << QString::number((load + terraform) / parse, 'f', 1) + QLatin1Char('x') << qSetFieldWidth(11) << outputBytes / 1024
            << qSetFieldWidth(23) << faults << qSetFieldWidth(13) << QString::number(oneThread, 'f', 1) << qSetFieldWidth(23)
            << QString::number((load + oneThread) / parse, 'f', 1) + QLatin1Char('x') << qSetFieldWidth(0) << Qt::endl;
    }
    return 0;
}
