#include "exporters/terraform/TerraformGenerators.h"
#include "exporters/terraform/TerraformModule.h"

namespace sky::TerraformGenerators {

namespace {

void instance(TerraformModule& m, HclWriter& w, const Component& db)
{
    const QString r = m.ref(db);
    const QString storageVar = r + QStringLiteral("_allocated_storage_gb");
    const QString maxStorageVar = r + QStringLiteral("_max_allocated_storage_gb");
    const QString backupVar = r + QStringLiteral("_backup_retention_days");
    m.addVariable({r + QStringLiteral("_engine_version"), QStringLiteral("string"),
                   HclWriter::expand(u"PostgreSQL version of database '%1'.", {db.id}),
                   HclWriter::string(m.stringProperty(db, QStringLiteral("engine_version"))), {}});
    m.addVariable({r + QStringLiteral("_instance_class"), QStringLiteral("string"), HclWriter::expand(u"Instance class of database '%1'.", {db.id}),
                   HclWriter::string(m.stringProperty(db, QStringLiteral("instance_class"))),
                   {{HclWriter::expand(u"can(regex(\"^db\\\\.[a-z0-9]+\\\\.[a-z0-9]+$\", var.%1_instance_class))", {r}),
                     QStringLiteral("An RDS instance class such as db.t4g.micro.")}}});
    m.addVariable({storageVar, QStringLiteral("number"), HclWriter::expand(u"Storage (GiB) of database '%1' at creation.", {db.id}),
                   QString::number(m.intProperty(db, QStringLiteral("allocated_storage_gb"))),
                   {{HclWriter::expand(u"var.%1 >= 20 && var.%1 <= 65536", {storageVar}), QStringLiteral("From 20 to 65536 GiB.")}}});
    m.addVariable({maxStorageVar, QStringLiteral("number"),
                   HclWriter::expand(u"Storage autoscaling ceiling (GiB) of database '%1'; 0 turns autoscaling off.", {db.id}),
                   QString::number(m.intProperty(db, QStringLiteral("max_allocated_storage_gb"))),
                   {{HclWriter::expand(u"var.%1 == 0 || var.%1 >= var.%2", {maxStorageVar, storageVar}),
                     QStringLiteral("0, or at least the allocated storage.")}}});
    m.addVariable({backupVar, QStringLiteral("number"), HclWriter::expand(u"Days of automated backups of database '%1' (0 turns backups off).", {db.id}),
                   QString::number(m.intProperty(db, QStringLiteral("backup_retention_days"))),
                   {{HclWriter::expand(u"var.%1 >= 0 && var.%1 <= 35", {backupVar}), QStringLiteral("From 0 to 35 days.")}}});

    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_db_subnet_group"), r});
    w.attribute(QStringLiteral("name_prefix"), u"\"${var.name}-%1-\"", {m.awsSlug(db, 30)});
    w.attribute(QStringLiteral("subnet_ids"), m.subnetIdsOf(db));
    w.close();
    w.blank();
    const bool encrypted = m.boolProperty(db, QStringLiteral("storage_encrypted"));
    const bool insights = m.boolProperty(db, QStringLiteral("performance_insights"));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_db_instance"), r});
    w.attribute(QStringLiteral("identifier"), m.awsName(db, 40));
    w.attribute(QStringLiteral("engine"), QStringLiteral("\"postgres\""));
    w.attribute(QStringLiteral("engine_version"), u"var.%1_engine_version", {r});
    w.attribute(QStringLiteral("instance_class"), u"var.%1_instance_class", {r});
    w.attribute(QStringLiteral("allocated_storage"), QStringLiteral("var.") + storageVar);
    w.attribute(QStringLiteral("max_allocated_storage"), QStringLiteral("var.") + maxStorageVar);
    w.attribute(QStringLiteral("storage_type"), QStringLiteral("\"gp3\""));
    w.attribute(QStringLiteral("storage_encrypted"), HclWriter::boolean(encrypted));
    w.blank();
    w.attribute(QStringLiteral("db_name"), QStringLiteral("\"app\""));
    w.attribute(QStringLiteral("username"), QStringLiteral("\"app_admin\""));
    w.comment(QStringLiteral("RDS keeps the master password in Secrets Manager: no password in code or state."));
    w.attribute(QStringLiteral("manage_master_user_password"), QStringLiteral("true"));
    w.attribute(QStringLiteral("iam_database_authentication_enabled"), HclWriter::boolean(m.boolProperty(db, QStringLiteral("iam_auth"))));
    w.blank();
    w.attribute(QStringLiteral("multi_az"), HclWriter::boolean(m.boolProperty(db, QStringLiteral("multi_az"))));
    w.attribute(QStringLiteral("db_subnet_group_name"), u"aws_db_subnet_group.%1.name", {r});
    w.attribute(QStringLiteral("vpc_security_group_ids"), u"[aws_security_group.%1.id]", {r});
    w.attribute(QStringLiteral("publicly_accessible"), HclWriter::boolean(m.boolProperty(db, QStringLiteral("publicly_accessible"))));
    w.blank();
    w.attribute(QStringLiteral("backup_retention_period"), QStringLiteral("var.") + backupVar);
    w.attribute(QStringLiteral("backup_window"), QStringLiteral("\"03:00-04:00\""));
    w.attribute(QStringLiteral("maintenance_window"), QStringLiteral("\"sun:04:30-sun:05:30\""));
    w.attribute(QStringLiteral("copy_tags_to_snapshot"), QStringLiteral("true"));
    w.attribute(QStringLiteral("deletion_protection"), HclWriter::boolean(m.boolProperty(db, QStringLiteral("deletion_protection"))));
    w.attribute(QStringLiteral("skip_final_snapshot"), QStringLiteral("false"));
    w.attribute(QStringLiteral("final_snapshot_identifier"), m.awsName(db, 30, QStringLiteral("-final")));
    w.attribute(QStringLiteral("auto_minor_version_upgrade"), QStringLiteral("true"));
    w.attribute(QStringLiteral("performance_insights_enabled"), HclWriter::boolean(insights));
    if (insights)
        w.attribute(QStringLiteral("performance_insights_retention_period"), QStringLiteral("7"));
    w.attribute(QStringLiteral("enabled_cloudwatch_logs_exports"), QStringLiteral("[\"postgresql\", \"upgrade\"]"));
    w.close();
    w.blank();
    m.addOutput({r + QStringLiteral("_endpoint"), HclWriter::expand(u"Endpoint (host:port) of database '%1'.", {db.id}),
                 HclWriter::expand(u"aws_db_instance.%1.endpoint", {r})});
    m.addOutput({r + QStringLiteral("_master_secret_arn"), HclWriter::expand(u"ARN of the Secrets Manager secret RDS keeps the credentials of '%1' in.", {db.id}),
                 HclWriter::expand(u"aws_db_instance.%1.master_user_secret[0].secret_arn", {r})});
}

void secret(TerraformModule& m, HclWriter& w, const Component& s)
{
    const QString r = m.ref(s);
    const int days = m.intProperty(s, QStringLiteral("rotation_days"));
    // The secret stands for one database's credentials (see databaseOfSecret()): a service of
    // another database reading it as its first secret would be given the wrong ones.
    std::pair<const Component*, const Component*> owner; // database, service
    for (const Component* service : m.sources(s, QStringLiteral("ecs_fargate_service"))) {
        const auto dbs = m.targets(*service, QStringLiteral("rds_postgres"));
        const auto secrets = m.targets(*service, QStringLiteral("secrets_manager_secret"));
        if (dbs.empty() || secrets.front() != &s)
            continue;
        if (owner.first && owner.first != dbs.front()) {
            m.fail(HclWriter::expand(u"secret '%1' would be the credentials of database '%2' (service '%3') and of database '%4' "
                                     "(service '%5'); connect '%5' to a secret of its own",
                                     {s.id, owner.first->id, owner.second->id, dbs.front()->id, service->id}));
            return;
        }
        if (!owner.first)
            owner = {dbs.front(), service};
    }
    if (const Component* db = m.databaseOfSecret(s)) {
        w.comment(HclWriter::expand(u"Secret '%1' is the credentials of database '%2', created and rotated by RDS.", {s.id, db->id}));
        if (days <= 0) {
            w.comment(QStringLiteral("rotation_days = 0: RDS still rotates its managed secret on its own 7-day schedule."));
            w.blank();
            return;
        }
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret_rotation"), r});
        w.attribute(QStringLiteral("secret_id"), u"aws_db_instance.%1.master_user_secret[0].secret_arn", {m.ref(*db)});
        w.blank();
        w.openBlock(QStringLiteral("rotation_rules"));
        w.attribute(QStringLiteral("automatically_after_days"), QString::number(days));
        w.close();
        w.close();
        w.blank();
        return;
    }
    w.comment(HclWriter::expand(u"Secret '%1': its value is set outside Terraform (console or CLI), never in code.", {s.id}));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_secretsmanager_secret"), r});
    w.attribute(QStringLiteral("name_prefix"), u"\"${var.name}/%1-\"", {m.awsSlug(s, 40)});
    w.attribute(QStringLiteral("recovery_window_in_days"), QStringLiteral("30"));
    w.close();
    w.blank();
    if (days > 0)
        m.note(HclWriter::expand(u"Secret `%1` asks for rotation every %2 days: Secrets Manager rotates a secret of your own through a "
                              "rotation Lambda function, which the design does not have; add one and an "
                              "`aws_secretsmanager_secret_rotation`.", {s.id}).arg(days));
    m.addOutput({r + QStringLiteral("_arn"), HclWriter::expand(u"ARN of secret '%1'.", {s.id}), HclWriter::expand(u"aws_secretsmanager_secret.%1.arn", {r})});
}

} // namespace

void database(TerraformModule& m)
{
    const auto dbs = m.ofType(QStringLiteral("rds_postgres"));
    const auto secrets = m.ofType(QStringLiteral("secrets_manager_secret"));
    if (dbs.empty() && secrets.empty())
        return;
    HclWriter& w = m.file(QStringLiteral("database.tf"));
    for (const Component* db : dbs)
        instance(m, w, *db);
    for (const Component* s : secrets)
        secret(m, w, *s);
}

} // namespace sky::TerraformGenerators
