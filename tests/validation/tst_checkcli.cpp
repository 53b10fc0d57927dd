// `skyforge check` through the binary: exit codes, the JSON shape of CLI.md, SARIF that
// the SARIF Multitool accepts, extra rules files, and broken ones.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/SkyforgeProcess.h"
#include <nlohmann/json.hpp>

using Json = nlohmann::json;

namespace {
const QString kRules = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/rules/");
const QString kRuleFiles = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/validation/rules-files/");
const QString kTemplate = QStringLiteral(SKYFORGE_SOURCE_DIR "/resources/templates/web-app-ecs.skyforge");

using skytest::Run;
using skytest::skyforge;

QString fixture(const char* rule, const char* name = "fail")
{
    return kRules + QLatin1String(rule) + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".skyforge");
}
} // namespace

class TestCheckCli : public QObject {
    Q_OBJECT
private slots:
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void textIsGroupedAndPlainWhenPiped();
    void extraRulesFileAndRulesYamlBeside();
    void brokenRulesFileExit2OneLine_data();
    void brokenRulesFileExit2OneLine();
    void sarifAcceptedByValidator();
};

void TestCheckCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("reference design") << QStringList{"check", kTemplate} << 0;
    QTest::newRow("its low finding with --fail-on low") << QStringList{"check", kTemplate, "--fail-on", "low"} << 1;
    QTest::newRow("critical finding") << QStringList{"check", fixture("SKY-NET-001")} << 1;
    QTest::newRow("high finding, --fail-on critical") << QStringList{"check", fixture("SKY-NET-004"), "--fail-on", "critical"} << 0;
    QTest::newRow("medium finding, default high") << QStringList{"check", fixture("SKY-EDGE-002")} << 0;
    QTest::newRow("medium finding, --fail-on medium") << QStringList{"check", fixture("SKY-EDGE-002"), "--fail-on=medium"} << 1;
    QTest::newRow("json keeps the exit code") << QStringList{"check", fixture("SKY-NET-001"), "--format", "json"} << 1;
    QTest::newRow("sarif keeps the exit code") << QStringList{"check", fixture("SKY-NET-001"), "--format", "sarif"} << 1;
    QTest::newRow("unknown format") << QStringList{"check", kTemplate, "--format", "xml"} << 2;
    QTest::newRow("unknown severity") << QStringList{"check", kTemplate, "--fail-on", "severe"} << 2;
    QTest::newRow("two files") << QStringList{"check", kTemplate, kTemplate} << 2;
    QTest::newRow("no file") << QStringList{"check", "nope.skyforge"} << 2;
}

void TestCheckCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run run = skyforge(args);
    QVERIFY2(run.code == code, qPrintable(QStringLiteral("exit %1: %2%3").arg(run.code).arg(run.out.left(2000), run.err)));
    if (code == 2) {
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
    }
}

void TestCheckCli::jsonShape()
{
    // Relative path as given, run from the fixture's folder.
    const Run run = skyforge({"check", "fail.skyforge", "--format", "json"}, kRules + QStringLiteral("SKY-NET-001"));
    QCOMPARE(run.code, 1);
    const Json j = Json::parse(run.out.toStdString());
    QVERIFY(j.is_object());
    QCOMPARE(j.size(), size_t(5));
    QVERIFY(j["file"] == "fail.skyforge");
    QVERIFY(j["rules_run"].is_number_integer() && j["rules_run"].get<int>() >= 34);
    QCOMPARE(j["findings"].size(), size_t(1));
    const Json& f = j["findings"][0];
    QVERIFY(f["rule"] == "SKY-NET-001");
    QVERIFY(f["severity"] == "critical");
    QVERIFY(f["component"] == "db");
    QVERIFY(f["connection"] == "c16");
    QVERIFY(f["message"].is_string() && f["fix"].is_string());
    QVERIFY(f["references"] == Json({"CKV2_AWS_5", "CKV_AWS_277"}));
    QVERIFY(j["suppressed"].is_array());
    QVERIFY(j["summary"] == Json({{"critical", 1}, {"high", 0}, {"medium", 0}, {"low", 0}}));
    // A finding about the design itself has a null component.
    QTemporaryDir dir;
    QFile in(kTemplate);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll().replace("\"us-east-1\"", "\"moon-1\"");
    QFile out(dir.filePath(QStringLiteral("moon.skyforge")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const Json moon = Json::parse(skyforge({"check", out.fileName(), "--format", "json"}).out.toStdString());
    bool regionFinding = false;
    for (const Json& item : moon["findings"])
        regionFinding = regionFinding || (item["rule"] == "SKY-PROP-001" && item["message"].get<std::string>().find("moon-1") != std::string::npos);
    QVERIFY(regionFinding);
}

void TestCheckCli::textIsGroupedAndPlainWhenPiped()
{
    const Run run = skyforge({"check", fixture("SKY-DATA-007")});
    QCOMPARE(run.code, 1);
    QVERIFY(!run.out.contains(QLatin1Char('\x1b')));
    QVERIFY(run.out.contains(QStringLiteral("\nHIGH\n")));
    QVERIFY(run.out.contains(QStringLiteral("SKY-DATA-007")));
    QVERIFY(run.out.contains(QStringLiteral("fix: ")));
    const Run clean = skyforge({"check", fixture("SKY-DATA-007", "pass")});
    QCOMPARE(clean.code, 0);
    QVERIFY2(clean.out.contains(QStringLiteral("no findings")), qPrintable(clean.out));
}

void TestCheckCli::extraRulesFileAndRulesYamlBeside()
{
    const QString pass = fixture("SKY-NET-007", "pass");
    Run run = skyforge({"check", pass, "--rules", kRuleFiles + QStringLiteral("extra.yaml"), "--format", "json", "--fail-on", "medium"});
    QCOMPARE(run.code, 1);
    Json j = Json::parse(run.out.toStdString());
    QCOMPARE(j["findings"].size(), size_t(1));
    QVERIFY(j["findings"][0]["rule"] == "ACME-ECS-001");

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("app.skyforge"));
    QVERIFY(QFile::copy(pass, copy));
    QCOMPARE(skyforge({"check", copy, "--fail-on", "medium"}).code, 0);
    QVERIFY(QFile::copy(kRuleFiles + QStringLiteral("extra.yaml"), dir.filePath(QStringLiteral("rules.yaml"))));
    run = skyforge({"check", copy, "--fail-on", "medium", "--format", "json"});
    QCOMPARE(run.code, 1);
    j = Json::parse(run.out.toStdString());
    QVERIFY(j["findings"][0]["rule"] == "ACME-ECS-001");
}

void TestCheckCli::brokenRulesFileExit2OneLine_data()
{
    QTest::addColumn<QString>("file");
    for (const char* f : {"syntax.yaml", "unknown-primitive.yaml", "missing-fix.yaml", "alias-bomb.yaml", "bad-op.yaml",
                          "unknown-type.yaml", "duplicate-id.yaml"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestCheckCli::brokenRulesFileExit2OneLine()
{
    QFETCH(QString, file);
    const Run run = skyforge({"check", kTemplate, "--rules", kRuleFiles + file});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(kRuleFiles + file), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCheckCli::sarifAcceptedByValidator()
{
    QTemporaryDir dir;
    const QString sarif = dir.filePath(QStringLiteral("check.sarif"));
    // Findings of several kinds, one of them suppressed.
    const QString design = dir.filePath(QStringLiteral("app.skyforge"));
    QFile in(fixture("SKY-DATA-007"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    Json d = Json::parse(in.readAll().toStdString());
    for (Json& c : d["components"])
        if (c["id"] == "alb") {
            c["properties"] = {{"http_listener", "forward"}, {"deletion_protection", false}};
            c["suppressions"] = Json::array({{{"rule", "SKY-EDGE-003"}, {"reason", "dev stack"}}});
        }
    QFile out(design);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(d.dump(2)));
    out.close();
    const Run run = skyforge({"check", "app.skyforge", "--format", "sarif"}, dir.path());
    QCOMPARE(run.code, 1);
    const Json log = Json::parse(run.out.toStdString());
    QVERIFY(log["version"] == "2.1.0");
    QVERIFY(log["runs"][0]["results"].size() >= 4);
    QFile file(sarif);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out.toUtf8());
    file.close();

    // ../shared beside the checkout; SKYFORGE_SHARED_DIR points elsewhere (e.g. from a worktree).
    const QString shared = qEnvironmentVariableIsSet("SKYFORGE_SHARED_DIR") ? qEnvironmentVariable("SKYFORGE_SHARED_DIR")
                                                                             : QStringLiteral(SKYFORGE_SOURCE_DIR "/../shared");
    const QString tool = shared + QStringLiteral("/tools/sarif-validate/run");
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    if (!QFileInfo(tool).isExecutable()) {
        if (ci)
            QFAIL("the SARIF validator (../shared/tools/sarif-validate/run) is missing under CI=true");
        QSKIP("../shared/tools/sarif-validate/run is absent: SARIF checked in-process only");
    }
    QProcess validator;
    validator.start(tool, {sarif});
    QVERIFY(validator.waitForFinished(600000));
    const QString said = QString::fromUtf8(validator.readAllStandardOutput() + validator.readAllStandardError());
    if (validator.exitCode() == 2) {
        if (ci)
            QFAIL(qPrintable(QStringLiteral("the SARIF validator could not run: ") + said));
        QSKIP(qPrintable(QStringLiteral("the SARIF validator could not run: ") + said));
    }
    QVERIFY2(validator.exitCode() == 0, qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("0 errors")), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
