// The rule catalogue, tested as checkov and Trivy test theirs (RULES.md): per rule a
// failing and a passing design with the expected findings compared exactly, plus the
// semantics around the rules (environment, suppressions, extra rules files, broken files).
#include "model/Catalog.h"
#include "model/DesignReader.h"
#include "model/Templates.h"
#include "model/validation/FindingsReport.h"
#include "model/validation/RuleSet.h"
#include "model/validation/Validator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sky;

namespace {
const QString kRules = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/rules/");
const QString kRuleFiles = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/validation/rules-files/");

Design load(const QString& path)
{
    LoadResult r = DesignReader::readFile(path);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error));
    return std::move(*r.design);
}

/// "RULE component connection" lines, sorted: the exact comparison of a fixture.
QStringList keys(const std::vector<Finding>& findings)
{
    QStringList list;
    for (const Finding& f : findings)
        if (!f.suppressed)
            list << QStringLiteral("%1 %2 %3").arg(f.rule, f.componentId.isEmpty() ? QStringLiteral("-") : f.componentId,
                                                   f.connectionId.isEmpty() ? QStringLiteral("-") : f.connectionId);
    list.sort();
    return list;
}

QStringList expectedKeys(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + path};
    const Json list = Json::parse(file.readAll().toStdString());
    QStringList out;
    for (const Json& e : list) {
        const auto text = [&](const char* key) {
            return e.contains(key) && e[key].is_string() ? QString::fromStdString(e[key].get<std::string>()) : QStringLiteral("-");
        };
        out << QStringLiteral("%1 %2 %3").arg(text("rule"), text("component"), text("connection"));
    }
    out.sort();
    return out;
}

QStringList ruleFolders()
{
    return QDir(kRules).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

Design withProperty(Design d, const QString& id, const char* key, const Json& value)
{
    d.mutableComponent(id)->properties[key] = value;
    return d;
}

} // namespace

class TestRules : public QObject {
    Q_OBJECT
private slots:
    void bundledRulesLoad();
    void everyRuleIsCompleteAndHasFixtures();
    void requiredRulesExistWithTheirSeverity_data();
    void requiredRulesExistWithTheirSeverity();
    void fixtures_data();
    void fixtures();
    void templatesHaveNothingAboveLow_data();
    void templatesHaveNothingAboveLow();
    void catalogDefaultsHaveNothingAboveLow();
    void developmentDowngradesHaRules();
    void suppressionsAreKeptAndMarked();
    void reachabilityNamesThePath();
    void extraRulesFromFileAndBesideTheDesign();
    void brokenRulesFilesAreClearErrors_data();
    void brokenRulesFilesAreClearErrors();
    void sarifHasTheRequiredFields();
    void jsonHasTheCliShape();
};

void TestRules::bundledRulesLoad()
{
    for (const QString& path : RuleSet::builtinFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(RuleSet::fromYaml(file.readAll(), path, &error), qPrintable(error));
    }
    QVERIFY(RuleSet::builtin().size() >= 34);
}

void TestRules::everyRuleIsCompleteAndHasFixtures()
{
    const QStringList folders = ruleFolders();
    for (const Rule& rule : RuleSet::builtin().rules()) {
        QVERIFY2(!rule.id.isEmpty() && !rule.title.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.fix.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.references.isEmpty(), qPrintable(rule.id + QStringLiteral(": no references")));
        for (const QString& ref : rule.references) {
            static const QRegularExpression refPattern(QStringLiteral("^(CKV2?_AWS_\\d+|AVD-AWS-\\d{4}|custom)$"));
            QVERIFY2(refPattern.match(ref).hasMatch(), qPrintable(rule.id + QStringLiteral(": reference ") + ref));
        }
        QVERIFY2(folders.contains(rule.id), qPrintable(rule.id + QStringLiteral(": no tests/rules folder")));
        for (const char* name : {"fail.skyforge", "pass.skyforge", "expected.json"})
            QVERIFY2(QFile::exists(kRules + rule.id + QLatin1Char('/') + QLatin1String(name)),
                     qPrintable(rule.id + QStringLiteral(": missing ") + QLatin1String(name)));
        // The failing design must show the rule it is the fixture of.
        QVERIFY2(expectedKeys(kRules + rule.id + QStringLiteral("/expected.json")).join(QLatin1Char('\n')).contains(rule.id + QLatin1Char(' ')),
                 qPrintable(rule.id + QStringLiteral(": its failing design does not expect it")));
    }
    for (const QString& folder : folders)
        QVERIFY2(RuleSet::builtin().rule(folder), qPrintable(folder + QStringLiteral(": fixtures of no rule")));
}

void TestRules::requiredRulesExistWithTheirSeverity_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<bool>("ha");
    const QStringList table{
        "SKY-NET-001 critical", "SKY-NET-002 high", "SKY-NET-003 high", "SKY-NET-004 high", "SKY-NET-005 high",
        "SKY-NET-006 high", "SKY-NET-007 medium", "SKY-TLS-001 critical", "SKY-TLS-002 high", "SKY-TLS-003 high",
        "SKY-EDGE-001 high", "SKY-EDGE-002 medium", "SKY-EDGE-003 medium", "SKY-EDGE-004 low", "SKY-DATA-001 high ha",
        "SKY-DATA-002 medium", "SKY-DATA-003 high", "SKY-DATA-004 critical", "SKY-DATA-005 medium", "SKY-DATA-006 high",
        "SKY-DATA-007 high", "SKY-DATA-008 high", "SKY-DATA-009 low", "SKY-ECS-001 medium", "SKY-ECS-002 high ha",
        "SKY-ECS-003 high", "SKY-ECR-001 high", "SKY-OBS-001 medium", "SKY-OBS-002 medium", "SKY-OBS-003 low",
        "SKY-HA-001 high ha", "SKY-PLACE-001 high", "SKY-PROP-001 high", "SKY-CONN-001 medium"};
    for (const QString& row : table) {
        const QStringList parts = row.split(QLatin1Char(' '));
        QTest::newRow(qPrintable(parts[0])) << parts[0] << parts[1] << (parts.size() > 2);
    }
}

void TestRules::requiredRulesExistWithTheirSeverity()
{
    QFETCH(QString, id);
    QFETCH(QString, severity);
    QFETCH(bool, ha);
    const Rule* rule = RuleSet::builtin().rule(id);
    QVERIFY2(rule, qPrintable(id));
    QCOMPARE(severityName(rule->severity), severity);
    QCOMPARE(rule->ha, ha);
}

void TestRules::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    for (const QString& rule : ruleFolders()) {
        const QString dir = kRules + rule + QLatin1Char('/');
        QTest::newRow(qPrintable(rule + QStringLiteral(" fail"))) << dir + QStringLiteral("fail.skyforge")
                                                                  << expectedKeys(dir + QStringLiteral("expected.json"));
        QTest::newRow(qPrintable(rule + QStringLiteral(" pass"))) << dir + QStringLiteral("pass.skyforge") << QStringList();
    }
}

void TestRules::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QStringList got = keys(Validator::validate(load(file), RuleSet::builtin()));
    if (got != expected)
        qWarning("got:\n  %s\nexpected:\n  %s", qPrintable(got.join(QStringLiteral("\n  "))),
                 qPrintable(expected.join(QStringLiteral("\n  "))));
    QCOMPARE(got, expected);
}

void TestRules::templatesHaveNothingAboveLow_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : Templates::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestRules::templatesHaveNothingAboveLow()
{
    QFETCH(QString, name);
    const LoadResult loaded = Templates::load(name);
    QVERIFY(loaded.ok());
    for (const Finding& f : Validator::validate(*loaded.design, RuleSet::builtin()))
        QVERIFY2(f.suppressed || f.severity == Severity::Low, qPrintable(f.rule + QStringLiteral(": ") + f.message));
}

void TestRules::catalogDefaultsHaveNothingAboveLow()
{
    // Every type at its defaults, in the places and with the connections the rules ask for,
    // and no property set at all: only the catalog's defaults decide.
    Design d;
    d.name = QStringLiteral("defaults");
    d.region = QStringLiteral("us-east-1");
    const auto add = [&](const char* id, const char* type, const char* parent) {
        Component c;
        c.id = QLatin1String(id);
        c.type = QLatin1String(type);
        c.parent = QLatin1String(parent);
        d.appendComponent(c);
    };
    add("users", "users", "");
    add("gh", "github_actions", "");
    add("zone", "route53_zone", "");
    add("cert", "acm_certificate", "");
    add("cdn", "cloudfront", "");
    add("region", "region", "");
    add("site", "s3_bucket", "region");
    add("vpc", "vpc", "region");
    add("pub", "subnet", "vpc");
    add("priv", "subnet", "vpc");
    d.mutableComponent(QStringLiteral("pub"))->properties["tier"] = "public";
    add("alb", "alb", "pub");
    add("nat", "nat_gateway", "pub");
    add("api", "ecs_fargate_service", "priv");
    add("db", "rds_postgres", "priv");
    add("ecr", "ecr_repository", "region");
    add("secret", "secrets_manager_secret", "region");
    add("cw", "cloudwatch", "region");
    int n = 0;
    const auto link = [&](const char* from, const char* to, const char* protocol, std::optional<int> port = {}) {
        d.appendConnection(Connection{QStringLiteral("k%1").arg(++n), QLatin1String(from), QLatin1String(to), QLatin1String(protocol), port, {}, Json::object()});
    };
    link("users", "cdn", "https");
    link("users", "alb", "https");
    link("users", "zone", "dns");
    link("cert", "cdn", "tls");
    link("cert", "alb", "tls");
    link("cdn", "site", "https");
    link("alb", "api", "http", 8000);
    link("api", "db", "postgres");
    link("api", "ecr", "aws-api");
    link("api", "cw", "aws-api");
    link("api", "secret", "aws-api");
    link("gh", "ecr", "aws-api");
    const auto findings = Validator::validate(d, RuleSet::builtin());
    for (const Finding& f : findings)
        QVERIFY2(f.severity == Severity::Low, qPrintable(f.rule + QStringLiteral(": ") + f.message));
}

void TestRules::developmentDowngradesHaRules()
{
    Design d = load(kRules + QStringLiteral("SKY-DATA-001/fail.skyforge"));
    d.mutableComponent(QStringLiteral("api"))->properties["min_tasks"] = 1;
    auto severities = [](const std::vector<Finding>& findings) {
        QStringList list;
        for (const Finding& f : findings)
            list << f.rule + QLatin1Char(' ') + severityName(f.severity);
        list.sort();
        return list;
    };
    QCOMPARE(severities(Validator::validate(d, RuleSet::builtin())),
             QStringList({"SKY-DATA-001 high", "SKY-ECS-002 high"}));
    d.settings["environment"] = "development";
    QCOMPARE(severities(Validator::validate(d, RuleSet::builtin())),
             QStringList({"SKY-DATA-001 low", "SKY-ECS-002 low"}));
    // A rule that is not HA keeps its severity in development.
    d = withProperty(d, QStringLiteral("db"), "publicly_accessible", true);
    QVERIFY(severities(Validator::validate(d, RuleSet::builtin())).contains(QStringLiteral("SKY-DATA-004 critical")));
    d.settings["environment"] = "staging";
    QVERIFY(severities(Validator::validate(d, RuleSet::builtin())).contains(QStringLiteral("SKY-DATA-001 high")));
}

void TestRules::suppressionsAreKeptAndMarked()
{
    Design d = load(kRules + QStringLiteral("SKY-EDGE-003/fail.skyforge"));
    QVERIFY(Validator::hasUnsuppressedAtOrAbove(Validator::validate(d, RuleSet::builtin()), Severity::Medium));
    // A suppression of another rule, or on another component, changes nothing.
    d.mutableComponent(QStringLiteral("alb"))->suppressions.push_back({QStringLiteral("SKY-EDGE-002"), QStringLiteral("n/a")});
    d.mutableComponent(QStringLiteral("db"))->suppressions.push_back({QStringLiteral("SKY-EDGE-003"), QStringLiteral("n/a")});
    auto findings = Validator::validate(d, RuleSet::builtin());
    QCOMPARE(findings.size(), size_t(1));
    QVERIFY(!findings[0].suppressed);
    d.mutableComponent(QStringLiteral("alb"))->suppressions.push_back({QStringLiteral("SKY-EDGE-003"), QStringLiteral("Recreated by CI")});
    findings = Validator::validate(d, RuleSet::builtin());
    QCOMPARE(findings.size(), size_t(1)); // kept in the report...
    QVERIFY(findings[0].suppressed);      // ...marked, with its reason
    QCOMPARE(findings[0].suppressionReason, QStringLiteral("Recreated by CI"));
    QVERIFY(!Validator::hasUnsuppressedAtOrAbove(findings, Severity::Low));
    const Json report = FindingsReport::toJson(findings, RuleSet::builtin(), QStringLiteral("x.skyforge"));
    QVERIFY(report["findings"].empty());
    QCOMPARE(report["suppressed"].size(), size_t(1));
    QVERIFY(report["suppressed"][0]["reason"] == "Recreated by CI");
    QVERIFY(report["summary"]["medium"] == 0);
    QVERIFY(FindingsReport::toText(findings, RuleSet::builtin(), QStringLiteral("x"), false).contains(QStringLiteral("Recreated by CI")));
}

void TestRules::reachabilityNamesThePath()
{
    const auto findings = Validator::validate(load(kRules + QStringLiteral("SKY-NET-001/fail.skyforge")), RuleSet::builtin());
    QCOMPARE(findings.size(), size_t(1));
    QCOMPARE(findings[0].path, QStringList({"users", "alb", "db"}));
    QCOMPARE(findings[0].connectionId, QStringLiteral("c16"));
    QVERIFY2(findings[0].message.contains(QStringLiteral("users → alb → db")), qPrintable(findings[0].message));
}

void TestRules::extraRulesFromFileAndBesideTheDesign()
{
    const QString design = kRules + QStringLiteral("SKY-NET-007/pass.skyforge");
    QString error;
    auto set = RuleSet::forDesign(design, {kRuleFiles + QStringLiteral("extra.yaml")}, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->size(), RuleSet::builtin().size() + 1);
    QCOMPARE(keys(Validator::validate(load(design), *set)), QStringList{QStringLiteral("ACME-ECS-001 api -")});

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("app.skyforge"));
    QVERIFY(QFile::copy(design, copy));
    set = RuleSet::forDesign(copy, {}, &error);
    QVERIFY(set);
    QCOMPARE(set->size(), RuleSet::builtin().size()); // nothing beside it yet
    QVERIFY(QFile::copy(kRuleFiles + QStringLiteral("extra.yaml"), dir.filePath(QStringLiteral("rules.yaml"))));
    set = RuleSet::forDesign(copy, {}, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(keys(Validator::validate(load(copy), *set)), QStringList{QStringLiteral("ACME-ECS-001 api -")});
    // The same rule beside the design and on the command line: one id, defined twice.
    QVERIFY(!RuleSet::forDesign(copy, {kRuleFiles + QStringLiteral("extra.yaml")}, &error));
    QVERIFY2(error.contains(QStringLiteral("ACME-ECS-001")), qPrintable(error));
}

void TestRules::brokenRulesFilesAreClearErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("syntax") << "syntax.yaml" << "line ";
    QTest::newRow("unknown primitive") << "unknown-primitive.yaml" << "rules[1] (ACME-X-002): check 'shell_command': unknown check";
    QTest::newRow("missing fix") << "missing-fix.yaml" << "rules[0] (ACME-X-001): missing 'fix'";
    QTest::newRow("alias bomb") << "alias-bomb.yaml" << "nodes";
    QTest::newRow("bad op") << "bad-op.yaml" << "unknown op 'equal'";
    QTest::newRow("unknown type") << "unknown-type.yaml" << "'lambda_function' is not a component type";
    QTest::newRow("duplicate id") << "duplicate-id.yaml" << "SKY-NET-001 is already defined";
    QTest::newRow("missing file") << "no-such.yaml" << "no such rules file";
}

void TestRules::brokenRulesFilesAreClearErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!RuleSet::forDesign({}, {kRuleFiles + file}, &error));
    QVERIFY2(error.startsWith(kRuleFiles + file), qPrintable(error)); // names the file
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestRules::sarifHasTheRequiredFields()
{
    auto findings = Validator::validate(load(kRules + QStringLiteral("SKY-DATA-007/fail.skyforge")), RuleSet::builtin());
    findings.back().suppressed = true;
    findings.back().suppressionReason = QStringLiteral("accepted");
    const Json sarif = FindingsReport::toSarif(findings, RuleSet::builtin(), QStringLiteral("designs/app.skyforge"), QStringLiteral("0.1.0"));
    QVERIFY(sarif["version"] == "2.1.0");
    QVERIFY(sarif["$schema"].is_string());
    QCOMPARE(sarif["runs"].size(), size_t(1));
    const Json& run = sarif["runs"][0];
    const Json& driver = run["tool"]["driver"];
    QVERIFY(driver["name"] == "Skyforge");
    QCOMPARE(driver["rules"].size(), size_t(RuleSet::builtin().size()));
    for (const Json& rule : driver["rules"]) {
        QVERIFY(rule["id"].is_string());
        QVERIFY(rule["shortDescription"]["text"].is_string());
        QVERIFY(rule["fullDescription"]["text"].is_string());
        QVERIFY(rule["help"]["text"].is_string());
        const std::string sev = rule["properties"]["security-severity"].get<std::string>();
        bool ok = false;
        const double v = QString::fromStdString(sev).toDouble(&ok);
        QVERIFY(ok && v > 0 && v <= 10);
        QVERIFY(rule["properties"]["tags"].is_array());
    }
    QCOMPARE(run["results"].size(), findings.size());
    for (const Json& result : run["results"]) {
        QVERIFY(result["ruleId"].is_string());
        QVERIFY(driver["rules"][result["ruleIndex"].get<size_t>()]["id"] == result["ruleId"]);
        QVERIFY(result["level"] == "error" || result["level"] == "warning" || result["level"] == "note");
        QVERIFY(result["message"]["text"].is_string());
        const Json& loc = result["locations"][0];
        QVERIFY(loc["physicalLocation"]["artifactLocation"]["uri"] == "designs/app.skyforge");
        QVERIFY(loc["physicalLocation"]["region"]["startLine"] == 1);
        QVERIFY(loc["logicalLocations"][0]["name"] == "frontend" || loc["logicalLocations"][0]["name"] == "users");
    }
    QVERIFY(run["results"].back()["suppressions"][0]["justification"] == "accepted");
}

void TestRules::jsonHasTheCliShape()
{
    const auto findings = Validator::validate(load(kRules + QStringLiteral("SKY-NET-002/fail.skyforge")), RuleSet::builtin());
    const Json j = FindingsReport::toJson(findings, RuleSet::builtin(), QStringLiteral("app.skyforge"));
    QVERIFY(j["file"] == "app.skyforge");
    QVERIFY(j["rules_run"] == RuleSet::builtin().size());
    QCOMPARE(j["findings"].size(), size_t(2));
    for (const Json& f : j["findings"]) {
        for (const char* key : {"rule", "severity", "component", "connection", "message", "fix", "references"})
            QVERIFY2(f.contains(key), key);
        QCOMPARE(f.size(), size_t(7));
        QVERIFY(f["connection"] == "c9");
    }
    QVERIFY(j["summary"] == Json({{"critical", 0}, {"high", 1}, {"medium", 1}, {"low", 0}}));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
