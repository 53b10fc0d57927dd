#include "DocsTestSupport.h"

#include "exporters/docs/ArchitectureDocument.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/SkyforgeProcess.h"

using namespace sky;

namespace {


using skytest::Run;
using skytest::skyforge;

QString section(const QString& doc, const QString& heading)
{
    const qsizetype start = doc.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = doc.indexOf(QRegularExpression(QStringLiteral("\n##? ")), start + heading.size());
    return doc.mid(start, end < 0 ? -1 : end - start);
}

/// Cells separators of a Markdown table row: unescaped '|'.
int unescapedPipes(const QString& row)
{
    int count = 0;
    for (qsizetype i = 0; i < row.size(); ++i)
        if (row.at(i) == QLatin1Char('|') && (i == 0 || row.at(i - 1) != QLatin1Char('\\')))
            ++count;
    return count;
}

const QStringList kEnglishHeadings{QStringLiteral("## Overview"), QStringLiteral("## Architecture diagram"),
                                   QStringLiteral("## Request flows"), QStringLiteral("### Deploy flow"),
                                   QStringLiteral("## Design decisions"), QStringLiteral("## Security posture"),
                                   QStringLiteral("## Cost"), QStringLiteral("## Components")};
const QStringList kSpanishHeadings{QStringLiteral("## Visión general"), QStringLiteral("## Diagrama de arquitectura"),
                                   QStringLiteral("## Flujo de las peticiones"), QStringLiteral("### Flujo de despliegue"),
                                   QStringLiteral("## Decisiones de diseño"), QStringLiteral("## Postura de seguridad"),
                                   QStringLiteral("## Coste"), QStringLiteral("## Inventario de componentes")};

} // namespace

class TestDocs : public QObject {
    Q_OBJECT
private slots:
    void everySectionInOrder();
    void apiFlowListsHopsInOrder();
    void frontEndFlowAndDeployFlow();
    void singleAzChangesTheDecisionRecord();
    void securityAndCostComeFromTheEngines();
    void decisionsFollowTheDesign();
    void spanishDiffersAndIsComplete();
    void spanishCostSectionIsSpanish_data();
    void spanishCostSectionIsSpanish();
    void hostileNamesAreInert_data();
    void hostileNamesAreInert();
    void mermaidRenders();
    void cliWritesTheFolder();
    void cliBadInputWritesNothing_data();
    void cliBadInputWritesNothing();
};

void TestDocs::everySectionInOrder()
{
    const QString doc = ArchitectureDocument::markdown(docstest::load(docstest::templateJson()), DocLanguage::English);
    QVERIFY(doc.startsWith(QStringLiteral("# Inventory web app: architecture\n")));
    qsizetype at = 0;
    for (const QString& heading : kEnglishHeadings) {
        const qsizetype found = doc.indexOf(QLatin1Char('\n') + heading, at);
        QVERIFY2(found > at, qPrintable(heading));
        at = found;
    }
    QVERIFY(doc.contains(QStringLiteral("![Architecture diagram](diagram.png)")));
    QVERIFY(doc.contains(QStringLiteral("```mermaid\nflowchart LR\n")));
    QVERIFY(!doc.contains(QStringLiteral("****")));
}

void TestDocs::apiFlowListsHopsInOrder()
{
    const QString doc = ArchitectureDocument::markdown(docstest::load(docstest::templateJson()), DocLanguage::English);
    const QString flow = section(doc, QStringLiteral("### 2. Users → API load balancer"));
    QVERIFY2(!flow.isEmpty(), qPrintable(doc));
    // The hops in order, by the design's own (escaped) names, with what happens at each.
    const QStringList expected{QStringLiteral("resolves api\\.example\\.com"), QStringLiteral("**example\\.com zone**"),
                               QStringLiteral("**Users** → **API load balancer** (HTTPS on port 443)"),
                               QStringLiteral("terminates TLS with the ACM certificate **API certificate**"),
                               QStringLiteral("**API load balancer** → **Django API \\(Gunicorn\\)** (HTTP on port 8000)"),
                               QStringLiteral("healthy task"), QStringLiteral("private subnets **App subnets \\(private\\)**"),
                               QStringLiteral("Gunicorn"),
                               QStringLiteral("**Django API \\(Gunicorn\\)** → **Inventory DB** (PostgreSQL on port 5432)"),
                               QStringLiteral("inside the VPC"), QStringLiteral("Multi-AZ"),
                               QStringLiteral("**Inventory DB** → **Django API \\(Gunicorn\\)** → **API load balancer** → **Users**")};
    qsizetype at = 0;
    for (const QString& hop : expected) {
        const qsizetype found = flow.indexOf(hop, at);
        QVERIFY2(found >= at, qPrintable(QStringLiteral("'%1' missing or out of order in:\n%2").arg(hop, flow)));
        at = found + 1;
    }
}

void TestDocs::frontEndFlowAndDeployFlow()
{
    const QString doc = ArchitectureDocument::markdown(docstest::load(docstest::templateJson()), DocLanguage::English);
    const QString front = section(doc, QStringLiteral("### 1. Users → CloudFront → React build"));
    QVERIFY2(!front.isEmpty(), qPrintable(doc));
    QVERIFY(front.indexOf(QStringLiteral("resolves app\\.example\\.com")) < front.indexOf(QStringLiteral("**App certificate**")));
    QVERIFY(front.indexOf(QStringLiteral("**App certificate**")) < front.indexOf(QStringLiteral("origin access control")));
    const QString deploy = section(doc, QStringLiteral("### Deploy flow"));
    const QStringList expected{QStringLiteral("branch main"), QStringLiteral("OpenID Connect"),
                               QStringLiteral("**ECR repository**"), QStringLiteral("rolling deployment"),
                               QStringLiteral("health check on /health/")};
    qsizetype at = 0;
    for (const QString& step : expected) {
        const qsizetype found = deploy.indexOf(step, at);
        QVERIFY2(found >= at, qPrintable(step));
        at = found;
    }
}

void TestDocs::securityAndCostComeFromTheEngines()
{
    Json json = docstest::templateJson();
    const QString doc = ArchitectureDocument::markdown(docstest::load(json), DocLanguage::English);
    const QString security = section(doc, QStringLiteral("## Security posture"));
    QVERIFY2(security.contains(QStringLiteral("| low | SKY-EDGE-004 | CloudFront |")), qPrintable(security));
    QVERIFY(security.contains(QStringLiteral("- SKY-NET-001")));
    const QString cost = section(doc, QStringLiteral("## Cost"));
    QVERIFY2(cost.contains(QStringLiteral("| **Total** | **126.31** | |")), qPrintable(cost.left(400)));
    QVERIFY(cost.contains(QStringLiteral("| 1000 |")));
    QVERIFY(cost.contains(QStringLiteral("Fargate Spot")));
    // Opening the database to the load balancer shows up as a critical finding with its fix.
    json["connections"].push_back({{"id", "bad"}, {"from", "alb"}, {"to", "db"}, {"protocol", "postgres"}});
    const QString open = section(ArchitectureDocument::markdown(docstest::load(json), DocLanguage::English),
                                 QStringLiteral("## Security posture"));
    QVERIFY2(open.contains(QStringLiteral("| critical | SKY-NET-001 |")), qPrintable(open.left(800)));
    QVERIFY(!open.contains(QStringLiteral("- SKY-NET-001")));
}

void TestDocs::singleAzChangesTheDecisionRecord()
{
    nlohmann::json json = docstest::templateJson();
    const QString multi = section(ArchitectureDocument::markdown(docstest::load(json), DocLanguage::English),
                                  QStringLiteral("## Design decisions"));
    json["components"][15]["properties"]["multi_az"] = false;
    json["components"][15]["properties"]["backup_retention_days"] = 0;
    const QString single = section(ArchitectureDocument::markdown(docstest::load(json), DocLanguage::English),
                                   QStringLiteral("## Design decisions"));
    QVERIFY(multi.contains(QStringLiteral("RDS PostgreSQL in Multi-AZ with automated backups")));
    QVERIFY(!single.contains(QStringLiteral("RDS PostgreSQL in Multi-AZ with automated backups")));
    QVERIFY(single.contains(QStringLiteral("RDS PostgreSQL in a single availability zone: a deliberate trade-off")));
    QVERIFY(single.contains(QStringLiteral("automated backups OFF")));
    QVERIFY(single.contains(QStringLiteral("The environment is marked production")));
    const QString es = ArchitectureDocument::markdown(docstest::load(json), DocLanguage::Spanish);
    QVERIFY(es.contains(QStringLiteral("una sola zona de disponibilidad: una concesión consciente")));
}

void TestDocs::decisionsFollowTheDesign()
{
    nlohmann::json json = docstest::templateJson();
    json["components"][14]["properties"]["min_tasks"] = 1;
    json["components"][14]["properties"]["spot_percent"] = 50;
    json["components"][12]["properties"]["http_listener"] = "forward";
    json["components"][12]["properties"]["access_logs"] = false;
    json["components"][13]["properties"]["per_az"] = true;
    const QString doc = section(ArchitectureDocument::markdown(docstest::load(json), DocLanguage::English),
                                QStringLiteral("## Design decisions"));
    QVERIFY(doc.contains(QStringLiteral("1 to 6 tasks, 50 % of them on Fargate Spot")));
    QVERIFY(doc.contains(QStringLiteral("With a minimum of 1")));
    QVERIFY(doc.contains(QStringLiteral("port 80 still forwards plain HTTP")));
    QVERIFY(doc.contains(QStringLiteral("Access logs are off on **API load balancer**")));
    QVERIFY(doc.contains(QStringLiteral("one NAT gateway per availability zone")));
    QVERIFY(doc.contains(QStringLiteral("cannot send its access logs to CloudWatch Logs")));
    // A design without those services has no record of them.
    nlohmann::json bare = {{"format", "skyforge/1"}, {"name", "Empty"}, {"region", "eu-west-1"},
                           {"components", nlohmann::json::array()}, {"connections", nlohmann::json::array()}};
    const QString empty = ArchitectureDocument::markdown(docstest::load(bare), DocLanguage::English);
    QVERIFY(!empty.contains(QStringLiteral("### D1.")));
    QVERIFY(empty.contains(QStringLiteral("no request flow to describe")));
}

void TestDocs::spanishDiffersAndIsComplete()
{
    const Design design = docstest::load(docstest::templateJson());
    const QString en = ArchitectureDocument::markdown(design, DocLanguage::English);
    const QString es = ArchitectureDocument::markdown(design, DocLanguage::Spanish);
    QVERIFY(en != es);
    for (const QString& heading : kSpanishHeadings)
        QVERIFY2(es.contains(QLatin1Char('\n') + heading), qPrintable(heading));
    for (const QString& heading : kEnglishHeadings)
        QVERIFY2(!es.contains(QLatin1Char('\n') + heading + QLatin1Char('\n')), qPrintable(heading));
    // The same structure: as many decision records, flow steps and table rows.
    const QRegularExpression record(QStringLiteral("\n### D\\d+\\. "));
    QCOMPARE(es.count(record), 10);
    QCOMPARE(en.count(record), 10);
    QCOMPARE(es.count(QRegularExpression(QStringLiteral("\n\\d+\\. "))), en.count(QRegularExpression(QStringLiteral("\n\\d+\\. "))));
    QCOMPARE(es.count(QStringLiteral("\n| ")), en.count(QStringLiteral("\n| ")));
    for (const QString& phrase : {QStringLiteral("**Contexto.**"), QStringLiteral("**Decisión.**"), QStringLiteral("**Alternativas.**"),
                                  QStringLiteral("**Consecuencias.**"), QStringLiteral("El navegador resuelve"),
                                  QStringLiteral("La respuesta vuelve por el mismo camino"), QStringLiteral("Nube de AWS")})
        QVERIFY2(es.contains(phrase), qPrintable(phrase));
    for (const QString& english : {QStringLiteral("The browser"), QStringLiteral("**Context.**"), QStringLiteral("**Response.**"),
                                  QStringLiteral("The load balancer forwards"), QStringLiteral("What teams do instead")})
        QVERIFY2(!es.contains(english), qPrintable(english));
}

void TestDocs::spanishCostSectionIsSpanish_data()
{
    // Variants that reach the cost engine's other sentences: development advice, Spot, WAF, wider
    // price classes, a NAT gateway per AZ, logs kept forever, no backups, a class without a price.
    QTest::addColumn<QString>("variant");
    for (const char* v : {"production", "development", "everything on", "unknown class"})
        QTest::newRow(v) << QString::fromLatin1(v);
}

void TestDocs::spanishCostSectionIsSpanish()
{
    QFETCH(QString, variant);
    nlohmann::json json = docstest::templateJson();
    auto& components = json["components"];
    const auto props = [&](const char* id) -> nlohmann::json& {
        for (auto& c : components)
            if (c["id"] == id) {
                if (!c.contains("properties"))
                    c["properties"] = nlohmann::json::object();
                return c["properties"];
            }
        qFatal("no component %s", id);
    };
    if (variant == QLatin1String("development")) {
        json["settings"]["environment"] = "development";
        props("db")["instance_class"] = "db.t4g.small";
    } else if (variant == QLatin1String("everything on")) {
        props("cdn")["waf"] = true;
        props("cdn")["price_class"] = "PriceClass_All";
        props("nat")["per_az"] = true;
        props("monitoring")["log_retention_days"] = 0;
        props("db")["backup_retention_days"] = 0;
        props("api")["spot_percent"] = 20;
        json["settings"]["expected_daily_users"] = 3000;
        json["settings"]["cost_assumptions"] = {{"not_an_assumption", 1}};
    } else if (variant == QLatin1String("unknown class")) {
        props("db")["instance_class"] = "db.r7z.large";
    }
    const Design design = docstest::load(json);
    const QString en = section(ArchitectureDocument::markdown(design, DocLanguage::English), QStringLiteral("\n## Cost"));
    const QString es = section(ArchitectureDocument::markdown(design, DocLanguage::Spanish), QStringLiteral("\n## Coste"));
    QVERIFY(en.contains(QStringLiteral("| Basis |")));
    QVERIFY(es.contains(QStringLiteral("| Cálculo |")));
    // The same table, line for line, with other words.
    QCOMPARE(es.count(QStringLiteral("\n| ")), en.count(QStringLiteral("\n| ")));
    // English words of the engine's sentences; names of AWS services, settings keys (with
    // underscores) and product terms such as Multi-AZ or Spot are the same in both languages.
    static const QRegularExpression english(QStringLiteral(
        "\\b(the|of|per|within|free|and|with|for|instead|tasks?|requests?|queries|kept|processed|backups?|alarms?|calls|"
        "hours|months|days|users|outside|needs|raise|keep|run|older|gone|expected|ignored|price|no upfront)\\b"));
    for (const QString& line : es.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = english.match(line);
        QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("'%1' in: %2").arg(m.captured(), line)));
    }
    // And the English document still words it in English.
    QVERIFY(english.match(en).hasMatch());
}

void TestDocs::hostileNamesAreInert_data()
{
    QTest::addColumn<QString>("hostile");
    for (const QString& name : docstest::hostileNames())
        QTest::newRow(qPrintable(name.left(20))) << name;
}

void TestDocs::hostileNamesAreInert()
{
    QFETCH(QString, hostile);
    const Design design = docstest::load(docstest::hostileJson(hostile));
    for (const DocLanguage language : {DocLanguage::English, DocLanguage::Spanish}) {
        const QString doc = ArchitectureDocument::markdown(design, language);
        QVERIFY(!doc.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!doc.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        // Outside the Mermaid block (whose quoted labels are plain text), no Markdown link survives.
        QString prose = doc;
        prose.remove(QRegularExpression(QStringLiteral("```mermaid\n.*?```"), QRegularExpression::DotMatchesEverythingOption));
        QVERIFY(!prose.contains(QStringLiteral("](javascript")));
        QVERIFY(!prose.contains(QStringLiteral("**bold**")));
        // "%1" in a name is kept as written, never replaced by another value.
        if (hostile.contains(QStringLiteral("%1")))
            QVERIFY(doc.contains(QStringLiteral("%1 %2")));
        // Every row of the components table has exactly its six cell separators.
        const QString table = section(doc, language == DocLanguage::English ? QStringLiteral("## Components")
                                                                            : QStringLiteral("## Inventario de componentes"));
        const QStringList rows = table.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^\\|")));
        QCOMPARE(rows.size(), 2 + int(design.components().size()));
        for (const QString& row : rows)
            QVERIFY2(unescapedPipes(row) == 6, qPrintable(row));
        // The Mermaid block: every label is one quoted string on one line.
        const qsizetype start = doc.indexOf(QStringLiteral("```mermaid\n"));
        const qsizetype end = doc.indexOf(QStringLiteral("\n```"), start + 10);
        const QStringList lines = doc.mid(start + 11, end - start - 11).split(QLatin1Char('\n'));
        // flowchart line, the AWS Cloud subgraph's two lines, 14 nodes, 5 containers (2 lines each), 15 arrows.
        QCOMPARE(lines.size(), 1 + 2 + 14 + 5 * 2 + 15);
        for (const QString& line : lines)
            QVERIFY2(line.count(QLatin1Char('"')) % 2 == 0 && !line.contains(QLatin1Char('<')), qPrintable(line));
    }
}

void TestDocs::mermaidRenders()
{
    const QString tool = QStringLiteral(SKYFORGE_SOURCE_DIR "/../shared/tools/mermaid-check/run");
    if (!QFile::exists(tool)) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("mermaid-check is missing (CI=true)");
        QSKIP("mermaid-check not found beside the project (../shared/tools/mermaid-check/run)");
    }
    QTemporaryDir dir;
    QStringList files;
    for (const QString& hostile : {QString(), docstest::hostileNames().at(0), docstest::hostileNames().at(4)}) {
        const Design design = docstest::load(hostile.isEmpty() ? docstest::templateJson() : docstest::hostileJson(hostile));
        const QString path = dir.filePath(QStringLiteral("doc%1.md").arg(files.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ArchitectureDocument::markdown(design, DocLanguage::English).toUtf8());
        files << path;
    }
    QProcess process;
    process.start(tool, files);
    QVERIFY(process.waitForFinished(600000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (process.exitCode() == 2 && qEnvironmentVariable("CI") != QLatin1String("true"))
        QSKIP(qPrintable(QStringLiteral("mermaid-check could not run: ") + output));
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
}

void TestDocs::cliWritesTheFolder()
{
    QTemporaryDir dir;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("es")}) {
        const QString out = dir.filePath(lang);
        const Run run = skyforge({QStringLiteral("export"), QStringLiteral("docs"), docstest::kTemplate, QStringLiteral("-o"),
                                  out, QStringLiteral("--lang"), lang});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile md(out + QStringLiteral("/architecture.md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains(lang == QLatin1String("es") ? "## Decisiones de dise" : "## Design decisions"));
        QImage image(out + QStringLiteral("/diagram.png"));
        QVERIFY(!image.isNull() && image.width() > 2000);
    }
    const QString png = dir.filePath(QStringLiteral("d.png"));
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    QCOMPARE(skyforge({QStringLiteral("export"), QStringLiteral("png"), docstest::kTemplate, QStringLiteral("-o"), png,
                       QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("--highlight-issues")}).code, 0);
    QVERIFY(QImage(png).width() > 1000);
    QCOMPARE(skyforge({QStringLiteral("export"), QStringLiteral("svg"), docstest::kTemplate, QStringLiteral("-o"), svg}).code, 0);
    QVERIFY(QFileInfo(svg).size() > 10000);
}

void TestDocs::cliBadInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    const QString bad = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/fixtures/load-errors/");
    const QString anyBad = bad + QDir(bad).entryList({QStringLiteral("*.skyforge")}).value(0);
    const QString good = docstest::kTemplate;
    QTest::newRow("docs missing file") << QStringList{QStringLiteral("docs"), QStringLiteral("/nonexistent.skyforge"), QStringLiteral("-o")};
    QTest::newRow("docs invalid design") << QStringList{QStringLiteral("docs"), anyBad, QStringLiteral("-o")};
    QTest::newRow("docs bad lang") << QStringList{QStringLiteral("docs"), good, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("-o")};
    QTest::newRow("docs unknown option") << QStringList{QStringLiteral("docs"), good, QStringLiteral("--colour"), QStringLiteral("-o")};
    QTest::newRow("png bad scale") << QStringList{QStringLiteral("png"), good, QStringLiteral("--scale"), QStringLiteral("0"), QStringLiteral("-o")};
    QTest::newRow("png scale not a number") << QStringList{QStringLiteral("png"), good, QStringLiteral("--scale"), QStringLiteral("big"), QStringLiteral("-o")};
    QTest::newRow("png invalid design") << QStringList{QStringLiteral("png"), anyBad, QStringLiteral("-o")};
    QTest::newRow("svg missing file") << QStringList{QStringLiteral("svg"), QStringLiteral("/nonexistent.skyforge"), QStringLiteral("-o")};
    QTest::newRow("svg scale is png-only") << QStringList{QStringLiteral("svg"), good, QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("-o")};
}

void TestDocs::cliBadInputWritesNothing()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run run = skyforge(QStringList{QStringLiteral("export")} + args + QStringList{out});
    QCOMPARE(run.code, 2);
    // One clear line (Qt's own note about XDG_RUNTIME_DIR on a bare CI machine is not ours).
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^(?!QStandardPaths)")));
    QVERIFY2(lines.size() == 1 && lines.first().startsWith(QStringLiteral("skyforge")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 0);
}

QTEST_MAIN(TestDocs)
#include "tst_docs.moc"
