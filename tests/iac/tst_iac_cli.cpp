#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/SkyforgeProcess.h"

namespace {

using skytest::Run;
using skytest::skyforge;

QString newDesign(const QTemporaryDir& dir, const QString& templateName)
{
    const QString file = dir.filePath(templateName + QStringLiteral(".skyforge"));
    skyforge({QStringLiteral("new"), templateName, QStringLiteral("-o"), file});
    return file;
}
} // namespace

class TestIacCli : public QObject {
    Q_OBJECT
private slots:
    void exportTerraformWritesTheModule();
    void exportTerraformRefusesAndWritesNothing();
    void exportGithubActions();
    void exportGithubActionsWithoutPipelineExit2();
    void helpListsTheExports();
};

void TestIacCli::exportTerraformWritesTheModule()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("infra"));
    const Run run = skyforge({QStringLiteral("export"), QStringLiteral("terraform"), newDesign(dir, QStringLiteral("web-app-ecs")),
                              QStringLiteral("-o"), out});
    QCOMPARE(run.code, 0);
    for (const char* f : {"versions.tf", "providers.tf", "variables.tf", "network.tf", "security_groups.tf", "dns_certificates.tf", "frontend.tf",
                          "load_balancer.tf", "containers.tf", "database.tf", "iam.tf", "monitoring.tf", "cicd.tf", "outputs.tf", "README.md",
                          "tests/security.tftest.hcl"})
        QVERIFY2(QFile::exists(out + QLatin1Char('/') + QLatin1String(f)), f);
}

void TestIacCli::exportTerraformRefusesAndWritesNothing()
{
    QTemporaryDir dir;
    const QString design = newDesign(dir, QStringLiteral("web-app-ecs"));
    QFile f(design);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    bytes.replace("\"image\": \"inventory-api:latest\"", "\"image\": \"inventory-api:latest\", \"cpu\": 256, \"memory\": 8192");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const QString out = dir.filePath(QStringLiteral("infra"));
    const Run run = skyforge({QStringLiteral("export"), QStringLiteral("terraform"), design, QStringLiteral("-o"), out});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("not a Fargate task size")), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(skyforge({QStringLiteral("export"), QStringLiteral("terraform"), design}).code, 2);
    QCOMPARE(skyforge({QStringLiteral("export"), QStringLiteral("terraform"), dir.filePath(QStringLiteral("missing.skyforge")),
                       QStringLiteral("-o"), out}).code, 2);
}

void TestIacCli::exportGithubActions()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("deploy.yml"));
    const Run run = skyforge({QStringLiteral("export"), QStringLiteral("github-actions"), newDesign(dir, QStringLiteral("web-app-ecs")),
                              QStringLiteral("-o"), out});
    QCOMPARE(run.code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("aws-actions/amazon-ecs-deploy-task-definition@v2"));
}

void TestIacCli::exportGithubActionsWithoutPipelineExit2()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("deploy.yml"));
    const Run run = skyforge({QStringLiteral("export"), QStringLiteral("github-actions"), newDesign(dir, QStringLiteral("static-site")),
                              QStringLiteral("-o"), out});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(run.err.contains(QLatin1String("no github_actions component")), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

void TestIacCli::helpListsTheExports()
{
    const Run help = skyforge({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QLatin1String("skyforge export terraform FILE -o DIR")));
    QVERIFY(help.out.contains(QLatin1String("skyforge export github-actions FILE -o FILE.yml")));
}

QTEST_GUILESS_MAIN(TestIacCli)
#include "tst_iac_cli.moc"
