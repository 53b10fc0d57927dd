#include "IacDesigns.h"
#include "exporters/GithubActionsExporter.h"
#include "exporters/terraform/TerraformExporter.h"

#include <QRegularExpression>

#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace sky;

namespace {

YAML::Node parse(const WorkflowExport& w)
{
    return YAML::Load(w.yaml.toStdString());
}

/// The step of a job that uses an action (by its name before '@'), or an undefined node.
YAML::Node stepUsing(const YAML::Node& job, const std::string& action)
{
    for (const YAML::Node& step : job["steps"])
        if (step["uses"] && step["uses"].as<std::string>().rfind(action + "@", 0) == 0)
            return step;
    return YAML::Node(YAML::NodeType::Undefined);
}

QString str(const YAML::Node& n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.as<std::string>()) : QString();
}

} // namespace

class TestGithubActions : public QObject {
    Q_OBJECT
private slots:
    void workflowOfTheReferenceDesign();
    void noStaticKeys();
    void hostileTextStaysData();
    void designWithoutPipelineIsRefused();
    void namesMatchTheModule();
};

void TestGithubActions::workflowOfTheReferenceDesign()
{
    const WorkflowExport w = GithubActionsExporter::exportDesign(IacDesigns::load(QStringLiteral("web-app-ecs")));
    QVERIFY2(w.ok(), qPrintable(w.error));
    const YAML::Node y = parse(w);
    QCOMPARE(str(y["on"]["push"]["branches"][0]), QStringLiteral("main"));
    QCOMPARE(str(y["permissions"]["id-token"]), QStringLiteral("write"));
    QCOMPARE(str(y["permissions"]["contents"]), QStringLiteral("read"));
    QCOMPARE(y["permissions"].size(), std::size_t(2));
    QVERIFY(!str(y["concurrency"]["group"]).isEmpty());
    QCOMPARE(str(y["env"]["AWS_REGION"]), QStringLiteral("us-east-1"));
    QCOMPARE(str(y["env"]["ECR_REPOSITORY"]), QStringLiteral("inventory-web-app-ecr"));
    QCOMPARE(str(y["env"]["ECS_CLUSTER"]), QStringLiteral("inventory-web-app"));
    QCOMPARE(str(y["env"]["ECS_SERVICE"]), QStringLiteral("inventory-web-app-api"));
    QCOMPARE(str(y["env"]["CONTAINER_NAME"]), QStringLiteral("api"));

    const YAML::Node jobs = y["jobs"];
    QCOMPARE(jobs.size(), std::size_t(3));
    const YAML::Node test = jobs["test"];
    QVERIFY(stepUsing(test, "actions/checkout"));
    QCOMPARE(str(stepUsing(test, "actions/checkout")["uses"]), QStringLiteral("actions/checkout@v4"));
    QCOMPARE(str(stepUsing(test, "actions/setup-python")["uses"]), QStringLiteral("actions/setup-python@v5"));
    bool runsTests = false;
    for (const YAML::Node& step : test["steps"])
        runsTests = runsTests || str(step["run"]) == QLatin1String("python manage.py test");
    QVERIFY(runsTests);

    const YAML::Node build = jobs["build-and-push"];
    QCOMPARE(str(build["needs"]), QStringLiteral("test"));
    const YAML::Node creds = stepUsing(build, "aws-actions/configure-aws-credentials");
    QCOMPARE(str(creds["uses"]), QStringLiteral("aws-actions/configure-aws-credentials@v4"));
    QCOMPARE(str(creds["with"]["role-to-assume"]), QStringLiteral("${{ vars.AWS_DEPLOY_ROLE_ARN }}"));
    QCOMPARE(str(stepUsing(build, "aws-actions/amazon-ecr-login")["uses"]), QStringLiteral("aws-actions/amazon-ecr-login@v2"));
    bool pushesSha = false;
    for (const YAML::Node& step : build["steps"])
        pushesSha = pushesSha || (str(step["run"]).contains(QLatin1String("docker push")) && str(step["run"]).contains(QLatin1String(":$GITHUB_SHA")));
    QVERIFY(pushesSha);

    const YAML::Node deploy = jobs["deploy"];
    QCOMPARE(str(deploy["needs"]), QStringLiteral("build-and-push"));
    QVERIFY(stepUsing(deploy, "aws-actions/configure-aws-credentials"));
    const YAML::Node render = stepUsing(deploy, "aws-actions/amazon-ecs-render-task-definition");
    QCOMPARE(str(render["uses"]), QStringLiteral("aws-actions/amazon-ecs-render-task-definition@v1"));
    QVERIFY(str(render["with"]["image"]).endsWith(QLatin1String(":${{ github.sha }}")));
    QCOMPARE(str(render["with"]["container-name"]), QStringLiteral("${{ env.CONTAINER_NAME }}"));
    const YAML::Node ship = stepUsing(deploy, "aws-actions/amazon-ecs-deploy-task-definition");
    QCOMPARE(str(ship["uses"]), QStringLiteral("aws-actions/amazon-ecs-deploy-task-definition@v2"));
    QVERIFY(ship["with"]["wait-for-service-stability"].as<bool>());
    QCOMPARE(str(ship["with"]["task-definition"]), QStringLiteral("${{ steps.render.outputs.task-definition }}"));
}

void TestGithubActions::noStaticKeys()
{
    const WorkflowExport w = GithubActionsExporter::exportDesign(IacDesigns::load(QStringLiteral("web-app-ecs")));
    const QString text = QString::fromUtf8(w.yaml);
    for (const char* forbidden : {"aws-access-key-id", "aws-secret-access-key", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "secrets."})
        QVERIFY2(!text.contains(QLatin1String(forbidden)), forbidden);
}

void TestGithubActions::hostileTextStaysData()
{
    const Design d = IacDesigns::hostile();
    const WorkflowExport w = GithubActionsExporter::exportDesign(d);
    QVERIFY2(w.ok(), qPrintable(w.error));
    const YAML::Node y = parse(w);
    // Parsed back, the hostile text is exactly the values it was; it added no key or job.
    QCOMPARE(str(y["name"]), QStringLiteral("Deploy ") + d.name);
    QCOMPARE(str(y["on"]["push"]["branches"][0]), IacDesigns::hostileText());
    QCOMPARE(y["jobs"].size(), std::size_t(3));
    QCOMPARE(y.size(), std::size_t(6)); // name, on, permissions, concurrency, env, jobs
}

void TestGithubActions::designWithoutPipelineIsRefused()
{
    const WorkflowExport none = GithubActionsExporter::exportDesign(IacDesigns::load(QStringLiteral("static-site")));
    QVERIFY(!none.ok());
    QVERIFY(none.yaml.isEmpty());
    QVERIFY(none.error.contains(QLatin1String("github_actions")));
    const WorkflowExport noService = GithubActionsExporter::exportDesign(
        IacDesigns::variant([](Design& d) { IacDesigns::removeComponent(d, QStringLiteral("api")); }));
    QVERIFY(!noService.ok());
    QVERIFY(noService.error.contains(QLatin1String("ECS service")));
}

void TestGithubActions::namesMatchTheModule()
{
    // "ecr-" and "api_" have the same AWS slugs as the deployed "ecr" and "api": the module
    // tells them apart, and the workflow must deploy to the names the module gives.
    const Design d = IacDesigns::variant([](Design& design) {
        IacDesigns::copyComponent(design, QStringLiteral("ecr"), QStringLiteral("ecr-"));
        IacDesigns::copyComponent(design, QStringLiteral("api"), QStringLiteral("api_"));
    });
    const WorkflowExport w = GithubActionsExporter::exportDesign(d);
    QVERIFY2(w.ok(), qPrintable(w.error));
    const TerraformExport module = TerraformExporter::exportDesign(d);
    QVERIFY2(module.ok(), qPrintable(module.error));
    const QString containers = QString::fromUtf8(module.files.value(QStringLiteral("containers.tf")));
    auto nameIn = [&](const QString& header) {
        const qsizetype at = containers.indexOf(header);
        const auto m = QRegularExpression(QStringLiteral("\\n  name\\s+= \"\\$\\{var.name\\}-([^\"]+)\"")).match(containers, at);
        return at < 0 || !m.hasMatch() ? QString() : QStringLiteral("inventory-web-app-") + m.captured(1);
    };
    const YAML::Node y = parse(w);
    const QString repository = nameIn(QStringLiteral("resource \"aws_ecr_repository\" \"ecr\" {"));
    const QString service = nameIn(QStringLiteral("resource \"aws_ecs_service\" \"api\" {"));
    QVERIFY(!repository.isEmpty() && repository != QLatin1String("inventory-web-app-ecr"));
    QVERIFY(!service.isEmpty() && service != QLatin1String("inventory-web-app-api"));
    QCOMPARE(str(y["env"]["ECR_REPOSITORY"]), repository);
    QCOMPARE(str(y["env"]["ECS_SERVICE"]), service);
}

QTEST_GUILESS_MAIN(TestGithubActions)
#include "tst_github_actions.moc"
