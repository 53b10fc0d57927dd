#include "exporters/Escaping.h"
#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

namespace sky::TerraformGenerators {

namespace {

struct Alarm {
    QString name;        ///< resource local name
    QString description;
    QString ns;
    QString metric;
    QString statistic;   ///< Average, Maximum, or pNN (extended)
    QString comparison;
    QString threshold;   ///< HCL expression
    QStringList dimensions; ///< "Key = expr"
};

void alarm(HclWriter& w, const Alarm& a, const QString& topic)
{
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_metric_alarm"), a.name});
    w.attribute(QStringLiteral("alarm_name"), u"\"${var.name}-%1\"", {QString(a.name).replace(QLatin1Char('_'), QLatin1Char('-'))});
    w.stringAttribute(QStringLiteral("alarm_description"), a.description);
    w.stringAttribute(QStringLiteral("namespace"), a.ns);
    w.stringAttribute(QStringLiteral("metric_name"), a.metric);
    if (a.statistic.startsWith(QLatin1Char('p')))
        w.stringAttribute(QStringLiteral("extended_statistic"), a.statistic);
    else
        w.stringAttribute(QStringLiteral("statistic"), a.statistic);
    w.attribute(QStringLiteral("period"), QStringLiteral("60"));
    w.attribute(QStringLiteral("evaluation_periods"), QStringLiteral("5"));
    w.attribute(QStringLiteral("datapoints_to_alarm"), QStringLiteral("3"));
    w.stringAttribute(QStringLiteral("comparison_operator"), a.comparison);
    w.attribute(QStringLiteral("threshold"), a.threshold);
    w.attribute(QStringLiteral("treat_missing_data"), QStringLiteral("\"missing\""));
    w.attribute(QStringLiteral("alarm_actions"), u"[%1]", {topic});
    w.attribute(QStringLiteral("ok_actions"), u"[%1]", {topic});
    w.blank();
    w.openAttribute(QStringLiteral("dimensions"), QStringLiteral("{"), QStringLiteral("}"));
    for (const QString& d : a.dimensions) {
        const int eq = d.indexOf(QLatin1String(" = "));
        w.attribute(d.left(eq), d.mid(eq + 3));
    }
    w.close();
    w.close();
    w.blank();
}

// A PostgreSQL instance allows LEAST(memory / 9531392, 5000) connections; alarm at 80% of
// that, from the memory of the instance size (GiB).
int connectionThreshold(const QString& instanceClass)
{
    const QStringList parts = instanceClass.split(QLatin1Char('.'));
    const QString family = parts.value(1);
    const QString size = parts.value(2);
    double gib = 8;
    if (size == QLatin1String("micro")) gib = 1;
    else if (size == QLatin1String("small")) gib = 2;
    else if (size == QLatin1String("medium")) gib = 4;
    else if (size == QLatin1String("large")) gib = 8;
    else if (size.endsWith(QLatin1String("xlarge"))) {
        const int n = size == QLatin1String("xlarge") ? 1 : size.chopped(6).toInt();
        gib = 16.0 * std::max(1, n);
    }
    if (family.startsWith(QLatin1Char('r')) || family.startsWith(QLatin1Char('x')))
        gib *= 2;
    const double maxConnections = std::min(5000.0, gib * 1024 * 1024 * 1024 / 9531392.0);
    return std::max(1, int(maxConnections * 0.8));
}

} // namespace

void monitoring(TerraformModule& m)
{
    const auto sinks = m.ofType(QStringLiteral("cloudwatch"));
    if (sinks.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("monitoring.tf"));
    const Component& cw = *sinks.front();
    const QString c = m.ref(cw);
    // Each CloudWatch component keeps the logs sent to it as long as it says and adds its
    // e-mail to the alarms; the thresholds of the alarms are the first one's.
    for (const Component* sink : sinks) {
        const QString retentionVar = m.ref(*sink) + QStringLiteral("_log_retention_days");
        m.addVariable({retentionVar, QStringLiteral("number"),
                       sink == &cw ? QStringLiteral("Days CloudWatch keeps logs (0 = never expire).")
                                   : HclWriter::expand(u"Days CloudWatch keeps the logs sent to '%1' (0 = never expire).", {sink->id}),
                       QString::number(m.intProperty(*sink, QStringLiteral("log_retention_days"))),
                       {{HclWriter::expand(u"contains([0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.%1)", {retentionVar}),
                         QStringLiteral("A retention CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ... 3653 days, or 0).")}}});
        m.addVariable({m.ref(*sink) + QStringLiteral("_alarm_email"), QStringLiteral("string"),
                       sink == &cw ? QStringLiteral("Who the alarms notify (confirm the SNS subscription e-mail).")
                                   : HclWriter::expand(u"Who else the alarms notify, from '%1' (confirm the SNS subscription e-mail).", {sink->id}),
                       HclWriter::string(m.stringProperty(*sink, QStringLiteral("alarm_email"))),
                       {{HclWriter::expand(u"can(regex(\"^[^@\\\\s]+@[^@\\\\s]+$\", var.%1_alarm_email))", {m.ref(*sink)}), QStringLiteral("An e-mail address.")}}});
    }
    if (sinks.size() > 1)
        m.note(HclWriter::expand(u"The alarm thresholds are those of CloudWatch component `%1`; the other CloudWatch components set "
                                 "the retention of the logs sent to them and add their e-mail to the alarms.", {cw.id}));

    for (const Component& s : m.design().components()) {
        const Component* sink = s.type == QLatin1String("ecs_fargate_service") ? m.logSinkOf(s) : nullptr;
        if (!sink)
            continue;
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_cloudwatch_log_group"), m.ref(s)});
        w.attribute(QStringLiteral("name"), u"\"/ecs/${var.name}/%1\"", {Escaping::hclString(s.id)});
        w.attribute(QStringLiteral("retention_in_days"), u"var.%1_log_retention_days", {m.ref(*sink)});
        w.close();
        w.blank();
    }
    w.comment(QStringLiteral("CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed SNS key, so the topic\n"
                             "uses SNS's default encryption in transit only (a customer-managed key would be the next step)."));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_sns_topic"), QStringLiteral("alarms")});
    w.attribute(QStringLiteral("name"), QStringLiteral("\"${var.name}-alarms\""));
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_sns_topic_subscription"), QStringLiteral("alarms_email")});
    w.attribute(QStringLiteral("topic_arn"), QStringLiteral("aws_sns_topic.alarms.arn"));
    w.attribute(QStringLiteral("protocol"), QStringLiteral("\"email\""));
    w.attribute(QStringLiteral("endpoint"), u"var.%1_alarm_email", {c});
    w.close();
    w.blank();
    for (std::size_t i = 1; i < sinks.size(); ++i) {
        const QString other = m.ref(*sinks[i]);
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_sns_topic_subscription"), QStringLiteral("alarms_email_") + other});
        w.attribute(QStringLiteral("topic_arn"), QStringLiteral("aws_sns_topic.alarms.arn"));
        w.attribute(QStringLiteral("protocol"), QStringLiteral("\"email\""));
        w.attribute(QStringLiteral("endpoint"), u"var.%1_alarm_email", {other});
        w.close();
        w.blank();
    }
    m.addOutput({QStringLiteral("alarm_topic_arn"), QStringLiteral("SNS topic the alarms publish to."), QStringLiteral("aws_sns_topic.alarms.arn")});

    auto thresholdVar = [&](const QString& key, const QString& what, int min, int max) {
        const QString name = c + QLatin1Char('_') + key;
        m.addVariable({name, QStringLiteral("number"), what, QString::number(m.intProperty(cw, key)),
                       {{HclWriter::expand(u"var.%1 >= %2 && var.%1 <= %3", {name}).arg(min).arg(max),
                         QStringLiteral("From %1 to %2.").arg(min).arg(max)}}});
        return QStringLiteral("var.") + name;
    };
    const QString topic = QStringLiteral("aws_sns_topic.alarms.arn");
    if (m.has(QStringLiteral("alb"))) {
        const QString latency = thresholdVar(QStringLiteral("alb_latency_threshold_ms"), QStringLiteral("Alarm when the ALB's p95 target response time exceeds this (ms)."), 1, 60000);
        for (const Component* alb : m.ofType(QStringLiteral("alb")))
            alarm(w, {m.ref(*alb) + QStringLiteral("_latency"), HclWriter::expand(u"p95 target response time of load balancer %1 is high", {alb->id}),
                      QStringLiteral("AWS/ApplicationELB"), QStringLiteral("TargetResponseTime"), QStringLiteral("p95"),
                      QStringLiteral("GreaterThanThreshold"), latency + QStringLiteral(" / 1000"),
                      {HclWriter::expand(u"LoadBalancer = aws_lb.%1.arn_suffix", {m.ref(*alb)})}},
                  topic);
    }
    if (m.has(QStringLiteral("ecs_fargate_service"))) {
        const QString cpu = thresholdVar(QStringLiteral("cpu_threshold_percent"), QStringLiteral("Alarm when an ECS service's CPU exceeds this (%)."), 1, 100);
        const QString memory = thresholdVar(QStringLiteral("memory_threshold_percent"), QStringLiteral("Alarm when an ECS service's memory exceeds this (%)."), 1, 100);
        for (const Component* s : m.ofType(QStringLiteral("ecs_fargate_service"))) {
            const QString r = m.ref(*s);
            const QStringList dims{QStringLiteral("ClusterName = aws_ecs_cluster.main.name"), HclWriter::expand(u"ServiceName = aws_ecs_service.%1.name", {r})};
            alarm(w, {r + QStringLiteral("_cpu"), HclWriter::expand(u"CPU of service %1 is high", {s->id}), QStringLiteral("AWS/ECS"),
                      QStringLiteral("CPUUtilization"), QStringLiteral("Average"), QStringLiteral("GreaterThanThreshold"), cpu, dims},
                  topic);
            alarm(w, {r + QStringLiteral("_memory"), HclWriter::expand(u"Memory of service %1 is high", {s->id}), QStringLiteral("AWS/ECS"),
                      QStringLiteral("MemoryUtilization"), QStringLiteral("Average"), QStringLiteral("GreaterThanThreshold"), memory, dims},
                  topic);
        }
    }
    if (m.has(QStringLiteral("rds_postgres"))) {
        const QString cpu = thresholdVar(QStringLiteral("db_cpu_threshold_percent"), QStringLiteral("Alarm when a database's CPU exceeds this (%)."), 1, 100);
        const QString storage = thresholdVar(QStringLiteral("db_free_storage_threshold_gb"), QStringLiteral("Alarm when a database's free storage falls below this (GiB)."), 1, 65536);
        for (const Component* db : m.ofType(QStringLiteral("rds_postgres"))) {
            const QString r = m.ref(*db);
            const QStringList dims{HclWriter::expand(u"DBInstanceIdentifier = aws_db_instance.%1.identifier", {r})};
            const QString connectionsVar = r + QStringLiteral("_connections_threshold");
            m.addVariable({connectionsVar, QStringLiteral("number"),
                           HclWriter::expand(u"Alarm when database '%1' holds more connections than this (default: 80% of max_connections of its instance class).", {db->id}),
                           QString::number(connectionThreshold(m.stringProperty(*db, QStringLiteral("instance_class")))),
                           {{HclWriter::expand(u"var.%1 >= 1", {connectionsVar}), QStringLiteral("At least 1.")}}});
            alarm(w, {r + QStringLiteral("_cpu"), HclWriter::expand(u"CPU of database %1 is high", {db->id}), QStringLiteral("AWS/RDS"),
                      QStringLiteral("CPUUtilization"), QStringLiteral("Average"), QStringLiteral("GreaterThanThreshold"), cpu, dims},
                  topic);
            alarm(w, {r + QStringLiteral("_free_storage"), HclWriter::expand(u"Free storage of database %1 is low", {db->id}), QStringLiteral("AWS/RDS"),
                      QStringLiteral("FreeStorageSpace"), QStringLiteral("Minimum"), QStringLiteral("LessThanThreshold"),
                      storage + QStringLiteral(" * 1024 * 1024 * 1024"), dims},
                  topic);
            alarm(w, {r + QStringLiteral("_connections"), HclWriter::expand(u"Connections to database %1 are near the limit", {db->id}),
                      QStringLiteral("AWS/RDS"), QStringLiteral("DatabaseConnections"), QStringLiteral("Maximum"),
                      QStringLiteral("GreaterThanThreshold"), QStringLiteral("var.") + connectionsVar, dims},
                  topic);
        }
    }
}

} // namespace sky::TerraformGenerators
