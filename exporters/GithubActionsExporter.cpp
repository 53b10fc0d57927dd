#include "exporters/GithubActionsExporter.h"

#include "exporters/terraform/AwsSlugs.h"
#include "exporters/terraform/TerraformNames.h"
#include "model/Catalog.h"
#include "model/Design.h"

#include <yaml-cpp/yaml.h>

namespace sky::GithubActionsExporter {

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

const Component* firstTarget(const Design& design, const QString& from, const QString& type)
{
    for (const Connection& k : design.connections())
        if (k.from == from && k.protocol == QLatin1String("aws-api"))
            if (const Component* c = design.component(k.to); c && c->type == type)
                return c;
    return nullptr;
}

QString stringProperty(const Catalog& catalog, const Component& c, const QString& key)
{
    const Json v = catalog.effectiveProperty(c, key);
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

void awsCredentials(YAML::Emitter& y)
{
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "Assume the deploy role (OIDC, no access keys)";
    y << YAML::Key << "uses" << YAML::Value << "aws-actions/configure-aws-credentials@v4";
    y << YAML::Key << "with" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "role-to-assume" << YAML::Value << "${{ vars.AWS_DEPLOY_ROLE_ARN }}";
    y << YAML::Key << "aws-region" << YAML::Value << "${{ env.AWS_REGION }}";
    y << YAML::EndMap << YAML::EndMap;
}

void ecrLogin(YAML::Emitter& y)
{
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "Log in to Amazon ECR";
    y << YAML::Key << "id" << YAML::Value << "ecr";
    y << YAML::Key << "uses" << YAML::Value << "aws-actions/amazon-ecr-login@v2";
    y << YAML::EndMap;
}

void checkout(YAML::Emitter& y)
{
    y << YAML::BeginMap << YAML::Key << "uses" << YAML::Value << "actions/checkout@v4" << YAML::EndMap;
}

} // namespace

WorkflowExport exportDesign(const Design& design)
{
    return exportDesign(design, Catalog::builtin());
}

WorkflowExport exportDesign(const Design& design, const Catalog& catalog)
{
    WorkflowExport result;
    const Component* pipeline = nullptr;
    const Component* service = nullptr;
    for (const Component& c : design.components()) {
        if (c.type != QLatin1String("github_actions"))
            continue;
        pipeline = &c;
        service = firstTarget(design, c.id, QStringLiteral("ecs_fargate_service"));
        if (service)
            break;
    }
    if (!pipeline) {
        result.error = QStringLiteral("the design has no github_actions component; add one and connect it (aws-api) to the ECS service it deploys");
        return result;
    }
    if (!service) {
        result.error = QStringLiteral("GitHub Actions '%1' deploys no ECS service; connect it (aws-api) to an ecs_fargate_service").arg(pipeline->id);
        return result;
    }
    const Component* repository = firstTarget(design, pipeline->id, QStringLiteral("ecr_repository"));
    if (!repository)
        repository = firstTarget(design, service->id, QStringLiteral("ecr_repository"));
    if (!repository) {
        result.error = QStringLiteral("GitHub Actions '%1' has no ECR repository to push to; connect it (aws-api) to an ecr_repository").arg(pipeline->id);
        return result;
    }

    // The names the Terraform export gives these resources (with var.name at its default).
    const QString prefix = TerraformNames::modulePrefix(design.name);
    const AwsSlugs slugs(design.components());
    const QString repositoryName = prefix + QLatin1Char('-') + slugs.of(*repository, 40);
    const QString serviceName = prefix + QLatin1Char('-') + slugs.of(*service, 40);
    const QString branch = stringProperty(catalog, *pipeline, QStringLiteral("branch"));

    YAML::Emitter y;
    y << YAML::BeginMap;
    y << YAML::Key << "name" << YAML::Value << s(QStringLiteral("Deploy %1").arg(design.name));
    y << YAML::Key << "on" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "push" << YAML::Value << YAML::BeginMap << YAML::Key << "branches" << YAML::Value << YAML::Flow
      << YAML::BeginSeq << s(branch) << YAML::EndSeq << YAML::EndMap;
    y << YAML::Key << "workflow_dispatch" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::EndMap;
    y << YAML::EndMap;
    y << YAML::Key << "permissions" << YAML::Value << YAML::BeginMap << YAML::Key << "id-token" << YAML::Value << "write"
      << YAML::Key << "contents" << YAML::Value << "read" << YAML::EndMap;
    y << YAML::Key << "concurrency" << YAML::Value << YAML::BeginMap << YAML::Key << "group" << YAML::Value
      << s(QStringLiteral("deploy-%1").arg(serviceName)) << YAML::Key << "cancel-in-progress" << YAML::Value << false << YAML::EndMap;
    y << YAML::Key << "env" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "AWS_REGION" << YAML::Value << s(design.region);
    y << YAML::Key << "ECR_REPOSITORY" << YAML::Value << s(repositoryName);
    y << YAML::Key << "ECS_CLUSTER" << YAML::Value << s(prefix);
    y << YAML::Key << "ECS_SERVICE" << YAML::Value << s(serviceName);
    y << YAML::Key << "TASK_FAMILY" << YAML::Value << s(serviceName);
    y << YAML::Key << "CONTAINER_NAME" << YAML::Value << s(service->id);
    y << YAML::EndMap;

    y << YAML::Key << "jobs" << YAML::Value << YAML::BeginMap;
    // test
    y << YAML::Key << "test" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "runs-on" << YAML::Value << "ubuntu-latest";
    y << YAML::Key << "steps" << YAML::Value << YAML::BeginSeq;
    checkout(y);
    y << YAML::BeginMap << YAML::Key << "uses" << YAML::Value << "actions/setup-python@v5";
    y << YAML::Key << "with" << YAML::Value << YAML::BeginMap << YAML::Key << "python-version" << YAML::Value << YAML::DoubleQuoted << "3.12"
      << YAML::Key << "cache" << YAML::Value << "pip" << YAML::EndMap << YAML::EndMap;
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "Install dependencies" << YAML::Key << "run" << YAML::Value
      << "pip install -r requirements.txt" << YAML::EndMap;
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "Run the Django tests" << YAML::Key << "run" << YAML::Value
      << "python manage.py test" << YAML::EndMap;
    y << YAML::EndSeq << YAML::EndMap;
    // build-and-push
    y << YAML::Key << "build-and-push" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "needs" << YAML::Value << "test";
    y << YAML::Key << "runs-on" << YAML::Value << "ubuntu-latest";
    y << YAML::Key << "steps" << YAML::Value << YAML::BeginSeq;
    checkout(y);
    awsCredentials(y);
    ecrLogin(y);
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "Build and push the image, tagged with the commit SHA";
    y << YAML::Key << "env" << YAML::Value << YAML::BeginMap << YAML::Key << "REGISTRY" << YAML::Value << "${{ steps.ecr.outputs.registry }}" << YAML::EndMap;
    y << YAML::Key << "run" << YAML::Value << YAML::Literal
      << "docker build -t \"$REGISTRY/$ECR_REPOSITORY:$GITHUB_SHA\" .\ndocker push \"$REGISTRY/$ECR_REPOSITORY:$GITHUB_SHA\"\n";
    y << YAML::EndMap;
    y << YAML::EndSeq << YAML::EndMap;
    // deploy
    y << YAML::Key << "deploy" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "needs" << YAML::Value << "build-and-push";
    y << YAML::Key << "runs-on" << YAML::Value << "ubuntu-latest";
    y << YAML::Key << "steps" << YAML::Value << YAML::BeginSeq;
    awsCredentials(y);
    ecrLogin(y);
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "Fetch the current task definition";
    y << YAML::Key << "run" << YAML::Value
      << "aws ecs describe-task-definition --task-definition \"$TASK_FAMILY\" --query taskDefinition > task-definition.json";
    y << YAML::EndMap;
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "Put the new image in the task definition";
    y << YAML::Key << "id" << YAML::Value << "render";
    y << YAML::Key << "uses" << YAML::Value << "aws-actions/amazon-ecs-render-task-definition@v1";
    y << YAML::Key << "with" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "task-definition" << YAML::Value << "task-definition.json";
    y << YAML::Key << "container-name" << YAML::Value << "${{ env.CONTAINER_NAME }}";
    y << YAML::Key << "image" << YAML::Value << "${{ steps.ecr.outputs.registry }}/${{ env.ECR_REPOSITORY }}:${{ github.sha }}";
    y << YAML::EndMap << YAML::EndMap;
    y << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "Deploy to ECS and wait until the service is stable";
    y << YAML::Key << "uses" << YAML::Value << "aws-actions/amazon-ecs-deploy-task-definition@v2";
    y << YAML::Key << "with" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "task-definition" << YAML::Value << "${{ steps.render.outputs.task-definition }}";
    y << YAML::Key << "service" << YAML::Value << "${{ env.ECS_SERVICE }}";
    y << YAML::Key << "cluster" << YAML::Value << "${{ env.ECS_CLUSTER }}";
    y << YAML::Key << "wait-for-service-stability" << YAML::Value << true;
    y << YAML::EndMap << YAML::EndMap;
    y << YAML::EndSeq << YAML::EndMap;
    y << YAML::EndMap; // jobs
    y << YAML::EndMap;

    if (!y.good()) {
        result.error = QStringLiteral("could not write the workflow: %1").arg(QString::fromStdString(y.GetLastError()));
        return result;
    }
    // The header is the exporter's own text: the prefix is a slug, safe in a comment.
    result.yaml = QByteArray("# Generated by Skyforge from the design. Set the repository variable AWS_DEPLOY_ROLE_ARN to the\n"
                             "# Terraform output *_deploy_role_arn; the role is trusted for this repository and branch only.\n"
                             "# The names in env are the module's with var.name = \"") +
                  prefix.toUtf8() + QByteArray("\" (its default).\n") + QByteArray(y.c_str()) + '\n';
    return result;
}

} // namespace sky::GithubActionsExporter
