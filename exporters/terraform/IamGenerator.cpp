#include "exporters/terraform/IamPolicy.h"
#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

namespace sky::TerraformGenerators {

namespace {

PolicyStatement ecsTasksTrust()
{
    PolicyStatement trust;
    trust.principalType = QStringLiteral("Service");
    trust.principals = {QStringLiteral("\"ecs-tasks.amazonaws.com\"")};
    trust.actions = {QStringLiteral("sts:AssumeRole")};
    trust.conditions.push_back({QStringLiteral("StringEquals"), QStringLiteral("aws:SourceAccount"),
                                {QStringLiteral("data.aws_caller_identity.current.account_id")}});
    return trust;
}

void role(TerraformModule& m, HclWriter& w, const Component& s, const QString& kind, const std::vector<PolicyStatement>& statements,
          const QString& why)
{
    const QString name = HclWriter::expand(u"%1_%2", {m.ref(s), kind});
    w.comment(why);
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_iam_role"), name});
    w.attribute(QStringLiteral("name_prefix"), u"\"${var.name}-%1-%2-\"", {m.awsSlug(s, 11), kind.left(4)});
    IamPolicy::write(w, QStringLiteral("assume_role_policy"), {ecsTasksTrust()});
    w.close();
    w.blank();
    if (statements.empty())
        return;
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_iam_role_policy"), name});
    w.stringAttribute(QStringLiteral("name"), kind);
    w.attribute(QStringLiteral("role"), u"aws_iam_role.%1.id", {name});
    IamPolicy::write(w, QStringLiteral("policy"), statements);
    w.close();
    w.blank();
}

} // namespace

void iam(TerraformModule& m)
{
    const auto services = m.ofType(QStringLiteral("ecs_fargate_service"));
    if (services.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("iam.tf"));
    w.comment(QStringLiteral("Derived from the design's aws-api connections: each role may do exactly what its component's\n"
                             "connections call for, on exactly those resources."));
    w.blank();
    for (const Component* s : services) {
        std::vector<PolicyStatement> execution;
        const auto repos = m.targets(*s, QStringLiteral("ecr_repository"));
        if (!repos.empty()) {
            PolicyStatement token;
            token.sid = QStringLiteral("EcrAuthorizationTokenHasNoResource");
            token.actions = {QStringLiteral("ecr:GetAuthorizationToken")};
            token.resources = {QStringLiteral("\"*\"")};
            PolicyStatement pull;
            pull.sid = QStringLiteral("PullImage");
            pull.actions = {QStringLiteral("ecr:BatchCheckLayerAvailability"), QStringLiteral("ecr:BatchGetImage"),
                            QStringLiteral("ecr:GetDownloadUrlForLayer")};
            for (const Component* r : repos)
                pull.resources.append(HclWriter::expand(u"aws_ecr_repository.%1.arn", {m.ref(*r)}));
            execution.push_back(token);
            execution.push_back(pull);
        }
        if (m.logSinkOf(*s)) {
            PolicyStatement logs;
            logs.sid = QStringLiteral("WriteLogs");
            logs.actions = {QStringLiteral("logs:CreateLogStream"), QStringLiteral("logs:PutLogEvents")};
            logs.resources = {HclWriter::expand(u"\"${aws_cloudwatch_log_group.%1.arn}:*\"", {m.ref(*s)})};
            execution.push_back(logs);
        }
        const auto secrets = m.targets(*s, QStringLiteral("secrets_manager_secret"));
        if (!secrets.empty()) {
            PolicyStatement read;
            read.sid = QStringLiteral("ReadSecrets");
            read.actions = {QStringLiteral("secretsmanager:GetSecretValue")};
            for (const Component* secret : secrets)
                read.resources.append(m.secretArn(*secret));
            execution.push_back(read);
        }
        role(m, w, *s, QStringLiteral("execution"), execution,
             HclWriter::expand(u"Execution role of '%1': what ECS needs to start its tasks.", {s->id}));

        std::vector<PolicyStatement> task;
        for (const Component* db : m.targets(*s, QStringLiteral("rds_postgres"))) {
            if (!m.boolProperty(*db, QStringLiteral("iam_auth")))
                continue;
            PolicyStatement connect;
            connect.sid = QStringLiteral("ConnectWithIamAuthentication");
            connect.actions = {QStringLiteral("rds-db:connect")};
            connect.resources = {HclWriter::expand(u"\"arn:aws:rds-db:${var.region}:${data.aws_caller_identity.current.account_id}:dbuser:${aws_db_instance.%1.resource_id}/app\"", {m.ref(*db)})};
            task.push_back(connect);
        }
        role(m, w, *s, QStringLiteral("task"), task,
             task.empty() ? HclWriter::expand(u"Task role of '%1': the application calls no AWS API in the design, so it may do nothing.", {s->id})
                          : HclWriter::expand(u"Task role of '%1': IAM authentication to its database as the user `app`.", {s->id}));
    }
}

} // namespace sky::TerraformGenerators
