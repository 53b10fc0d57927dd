#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/SkyforgeProcess.h"
#include <nlohmann/json.hpp>

namespace {
const QString kWebApp = QStringLiteral(SKYFORGE_SOURCE_DIR "/resources/templates/web-app-ecs.skyforge");

using skytest::Run;
using skytest::skyforge;

nlohmann::json costJson(const QStringList& extra = {})
{
    const Run run = skyforge(QStringList{QStringLiteral("cost"), kWebApp, QStringLiteral("--format"), QStringLiteral("json")} + extra);
    if (run.code != 0)
        return {};
    return nlohmann::json::parse(run.out.toStdString(), nullptr, false);
}
} // namespace

class TestCostCli : public QObject {
    Q_OBJECT
private slots:
    void jsonShape();
    void usersReestimates();
    void textReport();
    void badInputExit2_data();
    void badInputExit2();
};

void TestCostCli::jsonShape()
{
    const nlohmann::json j = costJson();
    QVERIFY(j.is_object());
    QVERIFY(j["currency"] == "USD");
    QVERIFY(j["region"] == "us-east-1");
    QVERIFY(j["monthly_total"].is_number());
    QVERIFY(j["items"].is_array() && !j["items"].empty());
    double sum = 0;
    for (const auto& item : j["items"]) {
        QVERIFY(item["component"].is_string());
        QVERIFY(item["monthly"].is_number());
        QVERIFY(item["basis"].is_string() && !item["basis"].get<std::string>().empty());
        sum += item["monthly"].get<double>();
    }
    QVERIFY(std::abs(sum - j["monthly_total"].get<double>()) < 0.005);
    QVERIFY(j["assumptions"].is_array() && !j["assumptions"].empty());
    for (const auto& a : j["assumptions"])
        QVERIFY(a["key"].is_string() && a["value"].is_number());
    QVERIFY(j["growth"].is_array() && j["growth"].size() == 7);
    QVERIFY(j["optimisations"].is_array() && !j["optimisations"].empty());
    for (const auto& o : j["optimisations"])
        QVERIFY(o["monthly_saving"].get<double>() > 0 && o["tradeoff"].is_string() && o["edits"].is_array());
    QVERIFY(j["daily_users"] == 100);
}

void TestCostCli::usersReestimates()
{
    const nlohmann::json base = costJson();
    const nlohmann::json big = costJson({QStringLiteral("--users"), QStringLiteral("1000")});
    QVERIFY(big["daily_users"] == 1000);
    QVERIFY(big["monthly_total"].get<double>() > base["monthly_total"].get<double>());
    // The estimate at 1,000 users is the growth table's row for 1,000.
    for (const auto& row : base["growth"])
        if (row["daily_users"] == 1000)
            QVERIFY(std::abs(row["monthly_total"].get<double>() - big["monthly_total"].get<double>()) < 0.011);
    bool fromUsers = false;
    for (const auto& a : big["assumptions"])
        if (a["key"] == "daily_users")
            fromUsers = a["source"] == "--users" && a["value"] == 1000;
    QVERIFY(fromUsers);
}

void TestCostCli::textReport()
{
    const Run run = skyforge({QStringLiteral("cost"), kWebApp});
    QCOMPARE(run.code, 0);
    const QString out = run.out;
    for (const char* part : {"Total", "Assumptions", "Growth", "Optimisations for the initial stage",
                             "2 tasks × 0.5 vCPU × 730 h × $0.04048", "trade-off:"})
        QVERIFY2(out.contains(QString::fromUtf8(part)), part);
}

void TestCostCli::badInputExit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList{QStringLiteral("cost"), kWebApp, QStringLiteral("--format"), QStringLiteral("xml")}
                            << QStringLiteral("unknown format 'xml'");
    QTest::newRow("users") << QStringList{QStringLiteral("cost"), kWebApp, QStringLiteral("--users"), QStringLiteral("many")}
                           << QStringLiteral("--users needs a whole number");
    QTest::newRow("no file") << QStringList{QStringLiteral("cost"), QStringLiteral("/nonexistent/x.skyforge")}
                             << QStringLiteral("x.skyforge");
    QTest::newRow("no args") << QStringList{QStringLiteral("cost")} << QStringLiteral("usage: skyforge cost FILE");
}

void TestCostCli::badInputExit2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run run = skyforge(args);
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
}

QTEST_GUILESS_MAIN(TestCostCli)
#include "tst_costcli.moc"
