#include "exporters/Escaping.h"
#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

#include <map>

namespace sky::TerraformGenerators {

namespace {

// Fargate's valid task sizes (AWS ECS developer guide, "Task CPU and memory").
const std::map<int, std::vector<int>>& fargateMemory()
{
    static const std::map<int, std::vector<int>> table = [] {
        std::map<int, std::vector<int>> t{{256, {512, 1024, 2048}}};
        for (int mem = 1024; mem <= 4096; mem += 1024)
            t[512].push_back(mem);
        for (int mem = 2048; mem <= 8192; mem += 1024)
            t[1024].push_back(mem);
        for (int mem = 4096; mem <= 16384; mem += 1024)
            t[2048].push_back(mem);
        for (int mem = 8192; mem <= 30720; mem += 1024)
            t[4096].push_back(mem);
        return t;
    }();
    return table;
}

QString envName(const QString& id)
{
    QString out = id.toUpper();
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    return out;
}

void repository(TerraformModule& m, HclWriter& w, const Component& ecr)
{
    const QString r = m.ref(ecr);
    const int keep = m.intProperty(ecr, QStringLiteral("keep_last_images"));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_ecr_repository"), r});
    w.attribute(QStringLiteral("name"), m.awsName(ecr, 40));
    w.attribute(QStringLiteral("image_tag_mutability"), m.boolProperty(ecr, QStringLiteral("immutable_tags")) ? QStringLiteral("\"IMMUTABLE\"")
                                                                                                          : QStringLiteral("\"MUTABLE\""));
    w.blank();
    w.openBlock(QStringLiteral("image_scanning_configuration"));
    w.attribute(QStringLiteral("scan_on_push"), HclWriter::boolean(m.boolProperty(ecr, QStringLiteral("scan_on_push"))));
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("encryption_configuration"));
    w.attribute(QStringLiteral("encryption_type"), QStringLiteral("\"AES256\""));
    w.close();
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_ecr_lifecycle_policy"), r});
    w.attribute(QStringLiteral("repository"), u"aws_ecr_repository.%1.name", {r});
    w.openAttribute(QStringLiteral("policy"), QStringLiteral("jsonencode({"), QStringLiteral("})"));
    w.openAttribute(QStringLiteral("rules"), QStringLiteral("["), QStringLiteral("]"));
    w.openItem();
    w.attribute(QStringLiteral("rulePriority"), QStringLiteral("1"));
    w.stringAttribute(QStringLiteral("description"), QStringLiteral("Keep the last %1 images").arg(keep));
    w.openAttribute(QStringLiteral("selection"), QStringLiteral("{"), QStringLiteral("}"));
    w.attribute(QStringLiteral("tagStatus"), QStringLiteral("\"any\""));
    w.attribute(QStringLiteral("countType"), QStringLiteral("\"imageCountMoreThan\""));
    w.attribute(QStringLiteral("countNumber"), QString::number(keep));
    w.close();
    w.attribute(QStringLiteral("action"), QStringLiteral("{ type = \"expire\" }"));
    w.close();
    w.close();
    w.close();
    w.close();
    w.blank();
    m.addOutput({r + QStringLiteral("_repository_url"), HclWriter::expand(u"URL of ECR repository '%1'.", {ecr.id}),
                 HclWriter::expand(u"aws_ecr_repository.%1.repository_url", {r})});
}

void service(TerraformModule& m, HclWriter& w, const Component& s, bool spotCluster)
{
    const QString r = m.ref(s);
    const int cpu = m.intProperty(s, QStringLiteral("cpu"));
    const int memory = m.intProperty(s, QStringLiteral("memory"));
    const auto pairs = fargateMemory().find(cpu);
    if (pairs == fargateMemory().end() ||
        std::find(pairs->second.begin(), pairs->second.end(), memory) == pairs->second.end()) {
        QStringList valid;
        if (pairs != fargateMemory().end())
            for (int v : pairs->second)
                valid.append(QString::number(v));
        m.fail(HclWriter::expand(u"service '%1': cpu %2 with memory %3 MiB is not a Fargate task size; %4", {s.id}).arg(cpu).arg(memory)
                   .arg(valid.isEmpty() ? QStringLiteral("cpu must be 256, 512, 1024, 2048 or 4096")
                                        : QStringLiteral("with cpu %1 use memory %2").arg(cpu).arg(valid.join(QStringLiteral(", ")))));
        return;
    }
    const int minTasks = m.intProperty(s, QStringLiteral("min_tasks"));
    const int maxTasks = m.intProperty(s, QStringLiteral("max_tasks"));
    m.addVariable({r + QStringLiteral("_cpu"), QStringLiteral("number"), HclWriter::expand(u"CPU units per task of service '%1'.", {s.id}),
                   QString::number(cpu),
                   {{HclWriter::expand(u"contains([256, 512, 1024, 2048, 4096], var.%1_cpu)", {r}), QStringLiteral("Fargate CPU is 256, 512, 1024, 2048 or 4096.")}}});
    m.addVariable({r + QStringLiteral("_memory"), QStringLiteral("number"),
                   HclWriter::expand(u"Memory (MiB) per task of service '%1'; must pair with the CPU (checked before apply).", {s.id}),
                   QString::number(memory),
                   {{HclWriter::expand(u"var.%1_memory >= 512 && var.%1_memory <= 30720", {r}), QStringLiteral("Fargate memory is 512 to 30720 MiB.")}}});
    m.addVariable({r + QStringLiteral("_min_tasks"), QStringLiteral("number"), HclWriter::expand(u"Fewest running tasks of service '%1'.", {s.id}),
                   QString::number(minTasks),
                   {{HclWriter::expand(u"var.%1_min_tasks >= 0", {r}), QStringLiteral("At least 0 tasks.")}}});
    m.addVariable({r + QStringLiteral("_max_tasks"), QStringLiteral("number"), HclWriter::expand(u"Most running tasks of service '%1'.", {s.id}),
                   QString::number(maxTasks),
                   {{HclWriter::expand(u"var.%1_max_tasks >= 1", {r}), QStringLiteral("At least 1 task.")}}});

    const auto repos = m.targets(s, QStringLiteral("ecr_repository"));
    const QString image = m.stringProperty(s, QStringLiteral("image"));
    QString imageExpr;
    if (!repos.empty()) {
        const int colon = image.lastIndexOf(QLatin1Char(':'));
        const QString tag = colon > image.lastIndexOf(QLatin1Char('/')) && colon >= 0 ? image.mid(colon + 1) : QStringLiteral("latest");
        m.addVariable({r + QStringLiteral("_image_tag"), QStringLiteral("string"),
                       HclWriter::expand(u"Image tag the first deployment of '%1' runs; the workflow deploys each commit's image after that.", {s.id}),
                       HclWriter::string(tag), {}});
        imageExpr = HclWriter::expand(u"\"${aws_ecr_repository.%1.repository_url}:${var.%2_image_tag}\"", {m.ref(*repos.front()), r});
        m.note(HclWriter::expand(u"Service `%1` starts from image tag `%2` of its ECR repository: push that tag (or run the workflow) "
                              "before or right after the first apply, or its first tasks cannot start.", {s.id, Escaping::markdown(tag)}));
    } else {
        m.addVariable({r + QStringLiteral("_image"), QStringLiteral("string"), HclWriter::expand(u"Container image of service '%1'.", {s.id}),
                       HclWriter::string(image), {}});
        imageExpr = HclWriter::expand(u"var.%1_image", {r});
    }

    const int port = m.intProperty(s, QStringLiteral("container_port"));
    const Component* sink = m.logSinkOf(s);
    const auto dbs = m.targets(s, QStringLiteral("rds_postgres"));
    const auto secrets = m.targets(s, QStringLiteral("secrets_manager_secret"));

    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_ecs_task_definition"), r});
    w.attribute(QStringLiteral("family"), m.awsName(s, 40));
    w.attribute(QStringLiteral("requires_compatibilities"), QStringLiteral("[\"FARGATE\"]"));
    w.attribute(QStringLiteral("network_mode"), QStringLiteral("\"awsvpc\""));
    w.attribute(QStringLiteral("cpu"), u"var.%1_cpu", {r});
    w.attribute(QStringLiteral("memory"), u"var.%1_memory", {r});
    w.comment(QStringLiteral("Two roles: the execution role lets ECS pull the image, write logs and inject secrets;\n"
                             "the task role is what the application's own code may do."));
    w.attribute(QStringLiteral("execution_role_arn"), u"aws_iam_role.%1_execution.arn", {r});
    w.attribute(QStringLiteral("task_role_arn"), u"aws_iam_role.%1_task.arn", {r});
    w.blank();
    w.openBlock(QStringLiteral("runtime_platform"));
    w.attribute(QStringLiteral("operating_system_family"), QStringLiteral("\"LINUX\""));
    w.attribute(QStringLiteral("cpu_architecture"), QStringLiteral("\"X86_64\""));
    w.close();
    w.blank();
    w.openAttribute(QStringLiteral("container_definitions"), QStringLiteral("jsonencode(["), QStringLiteral("])"));
    w.openItem();
    w.stringAttribute(QStringLiteral("name"), s.id);
    w.attribute(QStringLiteral("image"), imageExpr);
    w.attribute(QStringLiteral("essential"), QStringLiteral("true"));
    w.openAttribute(QStringLiteral("portMappings"), QStringLiteral("["), QStringLiteral("]"));
    w.item(QStringLiteral("{ containerPort = %1, protocol = \"tcp\" }").arg(port));
    w.close();
    if (dbs.size() > 1) {
        QStringList others;
        for (std::size_t i = 1; i < dbs.size(); ++i)
            others.append(HclWriter::expand(u"`%1` (output `%2_endpoint`)", {dbs[i]->id, m.ref(*dbs[i])}));
        m.note(HclWriter::expand(u"Service `%1` connects to several databases; its DATABASE_* variables are those of the first (`%2`): "
                                 "give it the endpoint of %3 in its own configuration.",
                                 {s.id, dbs.front()->id, others.join(QStringLiteral(", "))}));
    }
    if (!dbs.empty()) {
        const QString db = m.ref(*dbs.front());
        w.openAttribute(QStringLiteral("environment"), QStringLiteral("["), QStringLiteral("]"));
        w.item(u"{ name = \"DATABASE_HOST\", value = aws_db_instance.%1.address }", {db});
        w.item(u"{ name = \"DATABASE_PORT\", value = tostring(aws_db_instance.%1.port) }", {db});
        w.item(u"{ name = \"DATABASE_NAME\", value = aws_db_instance.%1.db_name }", {db});
        w.close();
    }
    if (!secrets.empty()) {
        w.comment(QStringLiteral("Secrets reach the container through `secrets` (injected at start), never `environment`."));
        w.openAttribute(QStringLiteral("secrets"), QStringLiteral("["), QStringLiteral("]"));
        for (const Component* secret : secrets) {
            if (m.databaseOfSecret(*secret)) {
                // The RDS-managed secret is JSON; ECS injects its two keys as separate variables.
                for (const char* key : {"username", "password"})
                    w.item(QStringLiteral("{ name = \"DATABASE_%1\", valueFrom = \"${%2}:%3::\" }")
                               .arg(QString::fromLatin1(key).toUpper(), m.secretArn(*secret), QLatin1String(key)));
            } else {
                w.item(u"{ name = \"%1\", valueFrom = %2 }", {envName(secret->id), m.secretArn(*secret)});
            }
        }
        w.close();
    }
    if (sink) {
        w.openAttribute(QStringLiteral("logConfiguration"), QStringLiteral("{"), QStringLiteral("}"));
        w.attribute(QStringLiteral("logDriver"), QStringLiteral("\"awslogs\""));
        w.openAttribute(QStringLiteral("options"), QStringLiteral("{"), QStringLiteral("}"));
        w.attribute(QStringLiteral("awslogs-group"), u"aws_cloudwatch_log_group.%1.name", {r});
        w.attribute(QStringLiteral("awslogs-region"), QStringLiteral("var.region"));
        w.stringAttribute(QStringLiteral("awslogs-stream-prefix"), s.id);
        w.close();
        w.close();
    }
    w.close();
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("lifecycle"));
    w.openBlock(QStringLiteral("precondition"));
    w.attribute(QStringLiteral("condition"), u"contains(lookup(local.fargate_memory, tostring(var.%1_cpu), []), var.%1_memory)", {r});
    w.attribute(QStringLiteral("error_message"), u"\"The CPU and memory of service %1 are not a Fargate task size (see local.fargate_memory).\"", {s.id});
    w.close();
    w.close();
    w.close();
    w.blank();
    if (!sink)
        w.comment(HclWriter::expand(u"Service '%1' has no connection to CloudWatch in the design: its container logs are not kept.", {s.id}));

    const auto albs = m.sources(s, QStringLiteral("alb"));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_ecs_service"), r});
    w.attribute(QStringLiteral("name"), m.awsName(s, 40));
    w.attribute(QStringLiteral("cluster"), QStringLiteral("aws_ecs_cluster.main.id"));
    w.attribute(QStringLiteral("task_definition"), u"aws_ecs_task_definition.%1.arn", {r});
    w.attribute(QStringLiteral("desired_count"), u"var.%1_min_tasks", {r});
    const int spot = m.intProperty(s, QStringLiteral("spot_percent"));
    if (!spotCluster)
        w.attribute(QStringLiteral("launch_type"), QStringLiteral("\"FARGATE\""));
    w.attribute(QStringLiteral("platform_version"), QStringLiteral("\"LATEST\""));
    w.attribute(QStringLiteral("propagate_tags"), QStringLiteral("\"SERVICE\""));
    w.attribute(QStringLiteral("enable_ecs_managed_tags"), QStringLiteral("true"));
    w.attribute(QStringLiteral("deployment_minimum_healthy_percent"), QStringLiteral("100"));
    w.attribute(QStringLiteral("deployment_maximum_percent"), QStringLiteral("200"));
    if (!albs.empty())
        w.attribute(QStringLiteral("health_check_grace_period_seconds"), QStringLiteral("60"));
    w.blank();
    if (spotCluster) {
        w.comment(QStringLiteral("spot_percent = %1: that share of tasks runs on Fargate Spot.").arg(spot));
        w.openBlock(QStringLiteral("capacity_provider_strategy"));
        w.attribute(QStringLiteral("capacity_provider"), QStringLiteral("\"FARGATE\""));
        w.attribute(QStringLiteral("weight"), QString::number(100 - spot));
        w.attribute(QStringLiteral("base"), spot < 100 ? QStringLiteral("1") : QStringLiteral("0"));
        w.close();
        w.blank();
        w.openBlock(QStringLiteral("capacity_provider_strategy"));
        w.attribute(QStringLiteral("capacity_provider"), QStringLiteral("\"FARGATE_SPOT\""));
        w.attribute(QStringLiteral("weight"), QString::number(spot));
        w.close();
        w.blank();
    }
    w.openBlock(QStringLiteral("network_configuration"));
    w.attribute(QStringLiteral("subnets"), m.subnetIdsOf(s));
    w.attribute(QStringLiteral("security_groups"), u"[aws_security_group.%1.id]", {r});
    w.attribute(QStringLiteral("assign_public_ip"), HclWriter::boolean(m.boolProperty(s, QStringLiteral("assign_public_ip"))));
    w.close();
    w.blank();
    // The listeners it is created after: the default one of a load balancer it is the first
    // service of, the path rule of one it is reached by path through.
    QStringList listeners;
    for (const Component* alb : albs) {
        // A service no listener forwards to is not registered with the load balancer.
        if (!m.forwardsTo(*alb, s))
            continue;
        const bool byDefault = m.targets(*alb, QStringLiteral("ecs_fargate_service")).front() == &s;
        listeners.append(byDefault ? HclWriter::expand(u"aws_lb_listener.%1_https", {m.ref(*alb)})
                                   : HclWriter::expand(u"aws_lb_listener_rule.%1_%2", {m.ref(*alb), r}));
        w.openBlock(QStringLiteral("load_balancer"));
        w.attribute(QStringLiteral("target_group_arn"), u"aws_lb_target_group.%1.arn", {m.targetGroupOf(*alb, s)});
        w.stringAttribute(QStringLiteral("container_name"), s.id);
        w.attribute(QStringLiteral("container_port"), QString::number(port));
        w.close();
        w.blank();
    }
    w.openBlock(QStringLiteral("deployment_circuit_breaker"));
    w.attribute(QStringLiteral("enable"), QStringLiteral("true"));
    w.attribute(QStringLiteral("rollback"), QStringLiteral("true"));
    w.close();
    w.blank();
    w.comment(QStringLiteral("The workflow deploys new task definitions and auto scaling moves the count: Terraform leaves both alone."));
    w.openBlock(QStringLiteral("lifecycle"));
    w.attribute(QStringLiteral("ignore_changes"), QStringLiteral("[task_definition, desired_count]"));
    w.close();
    if (listeners.isEmpty() && !albs.empty())
        listeners.append(HclWriter::expand(u"aws_lb_listener.%1_https", {m.ref(*albs.front())}));
    if (!listeners.isEmpty()) {
        w.blank();
        w.attribute(QStringLiteral("depends_on"), HclWriter::list(listeners));
    }
    w.close();
    w.blank();

    // Auto scaling between min_tasks and max_tasks on CPU and memory (a 0% target turns one off).
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_appautoscaling_target"), r});
    w.attribute(QStringLiteral("service_namespace"), QStringLiteral("\"ecs\""));
    w.attribute(QStringLiteral("scalable_dimension"), QStringLiteral("\"ecs:service:DesiredCount\""));
    w.attribute(QStringLiteral("resource_id"), u"\"service/${aws_ecs_cluster.main.name}/${aws_ecs_service.%1.name}\"", {r});
    w.attribute(QStringLiteral("min_capacity"), u"var.%1_min_tasks", {r});
    w.attribute(QStringLiteral("max_capacity"), u"var.%1_max_tasks", {r});
    w.close();
    w.blank();
    const std::pair<const char*, const char*> metrics[] = {{"cpu", "ECSServiceAverageCPUUtilization"},
                                                           {"memory", "ECSServiceAverageMemoryUtilization"}};
    for (const auto& [key, metric] : metrics) {
        const QString k = QLatin1String(key);
        const int target = m.intProperty(s, HclWriter::expand(u"scale_on_%1_percent", {k}));
        if (target <= 0) {
            w.comment(HclWriter::expand(u"scale_on_%1_percent = 0: no %1 scaling policy.", {k}));
            continue;
        }
        const QString var = HclWriter::expand(u"%1_scale_on_%2_percent", {r, k});
        m.addVariable({var, QStringLiteral("number"), HclWriter::expand(u"Target average %1 utilisation (%) of service '%2'.", {k, s.id}),
                       QString::number(target),
                       {{HclWriter::expand(u"var.%1 >= 1 && var.%1 <= 100", {var}), QStringLiteral("A percentage from 1 to 100.")}}});
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_appautoscaling_policy"), HclWriter::expand(u"%1_%2", {r, k})});
        w.attribute(QStringLiteral("name"), u"\"${var.name}-%1-%2\"", {m.awsSlug(s, 30), k});
        w.attribute(QStringLiteral("policy_type"), QStringLiteral("\"TargetTrackingScaling\""));
        w.attribute(QStringLiteral("service_namespace"), u"aws_appautoscaling_target.%1.service_namespace", {r});
        w.attribute(QStringLiteral("scalable_dimension"), u"aws_appautoscaling_target.%1.scalable_dimension", {r});
        w.attribute(QStringLiteral("resource_id"), u"aws_appautoscaling_target.%1.resource_id", {r});
        w.blank();
        w.openBlock(QStringLiteral("target_tracking_scaling_policy_configuration"));
        w.attribute(QStringLiteral("target_value"), QStringLiteral("var.") + var);
        w.attribute(QStringLiteral("scale_in_cooldown"), QStringLiteral("300"));
        w.attribute(QStringLiteral("scale_out_cooldown"), QStringLiteral("60"));
        w.blank();
        w.openBlock(QStringLiteral("predefined_metric_specification"));
        w.stringAttribute(QStringLiteral("predefined_metric_type"), QString::fromLatin1(metric));
        w.close();
        w.close();
        w.close();
        w.blank();
    }
    m.addOutput({r + QStringLiteral("_service_name"), HclWriter::expand(u"ECS service name of '%1'.", {s.id}), HclWriter::expand(u"aws_ecs_service.%1.name", {r})});
    m.addOutput({r + QStringLiteral("_task_family"), HclWriter::expand(u"Task definition family of '%1'.", {s.id}),
                 HclWriter::expand(u"aws_ecs_task_definition.%1.family", {r})});
}

} // namespace

void containers(TerraformModule& m)
{
    const auto repos = m.ofType(QStringLiteral("ecr_repository"));
    const auto services = m.ofType(QStringLiteral("ecs_fargate_service"));
    if (repos.empty() && services.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("containers.tf"));
    for (const Component* ecr : repos)
        repository(m, w, *ecr);
    if (services.empty())
        return;
    bool spot = false;
    for (const Component* s : services)
        spot = spot || m.intProperty(*s, QStringLiteral("spot_percent")) > 0;
    w.openBlock(QStringLiteral("locals"));
    w.comment(QStringLiteral("Fargate's valid memory sizes (MiB) for each CPU size."));
    w.openAttribute(QStringLiteral("fargate_memory"), QStringLiteral("{"), QStringLiteral("}"));
    for (const auto& [cpu, memories] : fargateMemory()) {
        QStringList values;
        for (int v : memories)
            values.append(QString::number(v));
        w.attribute(QStringLiteral("\"%1\"").arg(cpu), HclWriter::list(values));
    }
    w.close();
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_ecs_cluster"), QStringLiteral("main")});
    w.attribute(QStringLiteral("name"), QStringLiteral("var.name"));
    w.blank();
    w.openBlock(QStringLiteral("setting"));
    w.attribute(QStringLiteral("name"), QStringLiteral("\"containerInsights\""));
    w.attribute(QStringLiteral("value"), QStringLiteral("\"enabled\""));
    w.close();
    w.close();
    w.blank();
    if (spot) {
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_ecs_cluster_capacity_providers"), QStringLiteral("main")});
        w.attribute(QStringLiteral("cluster_name"), QStringLiteral("aws_ecs_cluster.main.name"));
        w.attribute(QStringLiteral("capacity_providers"), QStringLiteral("[\"FARGATE\", \"FARGATE_SPOT\"]"));
        w.close();
        w.blank();
    }
    m.addOutput({QStringLiteral("ecs_cluster_name"), QStringLiteral("Name of the ECS cluster."), QStringLiteral("aws_ecs_cluster.main.name")});
    for (const Component* s : services)
        service(m, w, *s, spot);
}

} // namespace sky::TerraformGenerators
