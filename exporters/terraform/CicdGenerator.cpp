#include "exporters/terraform/IamPolicy.h"
#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

namespace sky::TerraformGenerators {

void cicd(TerraformModule& m)
{
    const auto pipelines = m.ofType(QStringLiteral("github_actions"));
    if (pipelines.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("cicd.tf"));
    m.addVariable({QStringLiteral("create_github_oidc_provider"), QStringLiteral("bool"),
                   QStringLiteral("Create GitHub's OIDC identity provider (an account has at most one; set false to use the existing one)."),
                   QStringLiteral("true"), {}});
    w.comment(QStringLiteral("GitHub Actions assumes the deploy role through OpenID Connect: no static access keys anywhere."));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_iam_openid_connect_provider"), QStringLiteral("github")});
    w.attribute(QStringLiteral("count"), QStringLiteral("var.create_github_oidc_provider ? 1 : 0"));
    w.attribute(QStringLiteral("url"), QStringLiteral("\"https://token.actions.githubusercontent.com\""));
    w.attribute(QStringLiteral("client_id_list"), QStringLiteral("[\"sts.amazonaws.com\"]"));
    w.comment(QStringLiteral("AWS no longer checks these for GitHub; provider versions before 5.81 still require the argument."));
    w.attribute(QStringLiteral("thumbprint_list"), QStringLiteral("[\"6938fd4d98bab03faadb97b34396831e3780aea1\", \"1c58a3a8518e8759bf075b76b750d4f2df264fcd\"]"));
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("data"), {QStringLiteral("aws_iam_openid_connect_provider"), QStringLiteral("github")});
    w.attribute(QStringLiteral("count"), QStringLiteral("var.create_github_oidc_provider ? 0 : 1"));
    w.attribute(QStringLiteral("url"), QStringLiteral("\"https://token.actions.githubusercontent.com\""));
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("locals"));
    w.attribute(QStringLiteral("github_oidc_provider_arn"),
                QStringLiteral("var.create_github_oidc_provider ? one(aws_iam_openid_connect_provider.github[*].arn) : one(data.aws_iam_openid_connect_provider.github[*].arn)"));
    w.close();
    w.blank();

    for (const Component* g : pipelines) {
        const QString r = m.ref(*g) + QStringLiteral("_deploy");
        const QString repository = m.stringProperty(*g, QStringLiteral("repository"));
        const QString branch = m.stringProperty(*g, QStringLiteral("branch"));
        PolicyStatement trust;
        trust.principalType = QStringLiteral("Federated");
        trust.principals = {QStringLiteral("local.github_oidc_provider_arn")};
        trust.actions = {QStringLiteral("sts:AssumeRoleWithWebIdentity")};
        trust.conditions.push_back({QStringLiteral("StringEquals"), QStringLiteral("token.actions.githubusercontent.com:aud"),
                                    {QStringLiteral("\"sts.amazonaws.com\"")}});
        trust.conditions.push_back({QStringLiteral("StringEquals"), QStringLiteral("token.actions.githubusercontent.com:sub"),
                                    {HclWriter::string(HclWriter::expand(u"repo:%1:ref:refs/heads/%2", {repository, branch}))}});
        w.comment(HclWriter::expand(u"Deploy role of pipeline '%1', trusted only for pushes to the repository and branch of the design.", {g->id}));
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_iam_role"), r});
        w.attribute(QStringLiteral("name_prefix"), u"\"${var.name}-%1-deploy-\"", {m.awsSlug(*g, 11)});
        w.attribute(QStringLiteral("max_session_duration"), QStringLiteral("3600"));
        IamPolicy::write(w, QStringLiteral("assume_role_policy"), {trust});
        w.close();
        w.blank();

        std::vector<PolicyStatement> statements;
        const auto repos = m.targets(*g, QStringLiteral("ecr_repository"));
        const auto services = m.targets(*g, QStringLiteral("ecs_fargate_service"));
        if (!repos.empty()) {
            PolicyStatement token;
            token.sid = QStringLiteral("EcrAuthorizationTokenHasNoResource");
            token.actions = {QStringLiteral("ecr:GetAuthorizationToken")};
            token.resources = {QStringLiteral("\"*\"")};
            PolicyStatement push;
            push.sid = QStringLiteral("PushImages");
            push.actions = {QStringLiteral("ecr:BatchCheckLayerAvailability"), QStringLiteral("ecr:BatchGetImage"),
                            QStringLiteral("ecr:CompleteLayerUpload"), QStringLiteral("ecr:GetDownloadUrlForLayer"),
                            QStringLiteral("ecr:InitiateLayerUpload"), QStringLiteral("ecr:PutImage"), QStringLiteral("ecr:UploadLayerPart")};
            for (const Component* repo : repos)
                push.resources.append(HclWriter::expand(u"aws_ecr_repository.%1.arn", {m.ref(*repo)}));
            statements.push_back(token);
            statements.push_back(push);
        }
        if (!services.empty()) {
            PolicyStatement taskDefinitions;
            taskDefinitions.sid = QStringLiteral("TaskDefinitionsHaveNoResourceLevelPermissions");
            taskDefinitions.actions = {QStringLiteral("ecs:DescribeTaskDefinition"), QStringLiteral("ecs:RegisterTaskDefinition")};
            taskDefinitions.resources = {QStringLiteral("\"*\"")};
            PolicyStatement deploy;
            deploy.sid = QStringLiteral("DeployService");
            deploy.actions = {QStringLiteral("ecs:DescribeServices"), QStringLiteral("ecs:UpdateService")};
            PolicyStatement pass;
            pass.sid = QStringLiteral("PassTheTaskRolesOnly");
            pass.actions = {QStringLiteral("iam:PassRole")};
            pass.conditions.push_back({QStringLiteral("StringEquals"), QStringLiteral("iam:PassedToService"),
                                       {QStringLiteral("\"ecs-tasks.amazonaws.com\"")}});
            for (const Component* s : services) {
                const QString sr = m.ref(*s);
                deploy.resources.append(HclWriter::expand(u"aws_ecs_service.%1.id", {sr}));
                pass.resources.append(HclWriter::expand(u"aws_iam_role.%1_execution.arn", {sr}));
                pass.resources.append(HclWriter::expand(u"aws_iam_role.%1_task.arn", {sr}));
            }
            statements.push_back(taskDefinitions);
            statements.push_back(deploy);
            statements.push_back(pass);
        }
        if (!statements.empty()) {
            w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy"), r});
            w.attribute(QStringLiteral("name"), QStringLiteral("\"deploy\""));
            w.attribute(QStringLiteral("role"), u"aws_iam_role.%1.id", {r});
            IamPolicy::write(w, QStringLiteral("policy"), statements);
            w.close();
            w.blank();
        }
        m.addOutput({r + QStringLiteral("_role_arn"),
                     QStringLiteral("ARN of the deploy role; store it as the repository variable AWS_DEPLOY_ROLE_ARN."),
                     HclWriter::expand(u"aws_iam_role.%1.arn", {r})});
    }
}

} // namespace sky::TerraformGenerators
