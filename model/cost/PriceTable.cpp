#include "model/cost/PriceTable.h"

#include "model/YamlJson.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <map>
#include <memory>

namespace sky {

namespace {

const QString kFolder = QStringLiteral(":/pricing/");

QString q(const std::string& s) { return QString::fromStdString(s); }

/// Follows a dotted key through nested objects; nullptr when a step is missing.
const Json* find(const Json& root, const QString& dotted)
{
    const Json* node = &root;
    for (const QString& part : dotted.split(QLatin1Char('.'))) {
        if (!node->is_object())
            return nullptr;
        const auto it = node->find(part.toStdString());
        if (it == node->end())
            return nullptr;
        node = &*it;
    }
    return node;
}

/// Empty when the value is a usable price, else why not.
QString checkPrice(const Json* value)
{
    if (!value)
        return QStringLiteral("missing");
    if (value->is_null())
        return QStringLiteral("no value (null): every price needs a number");
    if (!value->is_number() || value->is_boolean())
        return QStringLiteral("expected a number, found %1").arg(q(value->dump()));
    if (value->get<double>() < 0)
        return QStringLiteral("must not be negative (%1)").arg(q(value->dump()));
    return {};
}

} // namespace

const QStringList& PriceTable::requiredKeys()
{
    static const QStringList keys{
        QStringLiteral("fargate.vcpu_hour_x86"), QStringLiteral("fargate.gb_hour_x86"),
        QStringLiteral("fargate.vcpu_hour_arm"), QStringLiteral("fargate.gb_hour_arm"),
        QStringLiteral("fargate.spot_discount_percent"),
        QStringLiteral("alb.hour"), QStringLiteral("alb.lcu_hour"),
        QStringLiteral("nat_gateway.hour"), QStringLiteral("nat_gateway.gb_processed"),
        QStringLiteral("rds_postgres.storage_gp3_gb_month_single_az"),
        QStringLiteral("rds_postgres.storage_gp3_gb_month_multi_az"),
        QStringLiteral("rds_postgres.backup_gb_month"),
        QStringLiteral("cloudfront.dto_gb"), QStringLiteral("cloudfront.https_per_10k"),
        QStringLiteral("cloudfront.free_tier_dto_gb_month"), QStringLiteral("cloudfront.free_tier_requests_month"),
        QStringLiteral("s3.storage_gb_month"), QStringLiteral("s3.put_per_1k"), QStringLiteral("s3.get_per_1k"),
        QStringLiteral("route53.hosted_zone_month"), QStringLiteral("route53.queries_per_million"),
        QStringLiteral("acm.public_certificate_month"),
        QStringLiteral("secrets_manager.secret_month"), QStringLiteral("secrets_manager.api_calls_per_10k"),
        QStringLiteral("cloudwatch.logs_ingestion_gb"), QStringLiteral("cloudwatch.logs_storage_gb_month"),
        QStringLiteral("cloudwatch.alarm_month"), QStringLiteral("cloudwatch.free_tier_logs_gb_month"),
        QStringLiteral("cloudwatch.free_tier_alarms"),
        QStringLiteral("ecr.storage_gb_month"),
        QStringLiteral("vpc_flow_logs.cloudwatch_ingestion_gb"),
        QStringLiteral("data_transfer_out.internet_gb"), QStringLiteral("data_transfer_out.free_gb_month"),
        QStringLiteral("public_ipv4.address_hour"),
        QStringLiteral("waf.web_acl_month"), QStringLiteral("waf.rule_month"), QStringLiteral("waf.requests_per_million"),
        QStringLiteral("commitments.compute_savings_plan_1yr_percent"),
        QStringLiteral("commitments.rds_reserved_1yr_percent"),
    };
    return keys;
}

const QStringList& PriceTable::requiredInstanceClasses()
{
    static const QStringList classes{
        QStringLiteral("db.t4g.micro"), QStringLiteral("db.t4g.small"), QStringLiteral("db.t4g.medium"),
        QStringLiteral("db.t4g.large"), QStringLiteral("db.m6g.large"), QStringLiteral("db.m7g.large"),
        QStringLiteral("db.r6g.large"),
    };
    return classes;
}

std::optional<PriceTable> PriceTable::fromYaml(const QByteArray& yaml, const QString& sourceName, QString* error)
{
    const auto fail = [&](const QString& key, const QString& why) -> std::optional<PriceTable> {
        if (error)
            *error = key.isEmpty() ? QStringLiteral("%1: %2").arg(sourceName, why)
                                   : QStringLiteral("%1: %2: %3").arg(sourceName, key, why);
        return std::nullopt;
    };
    QString yamlError;
    const std::optional<Json> root = yamlToJson(yaml, &yamlError);
    if (!root)
        return fail({}, yamlError);
    if (!root->is_object())
        return fail({}, QStringLiteral("expected a mapping of price sections at the top"));

    PriceTable table;
    const auto text = [&](const char* key, QString* out) -> QString {
        const Json* v = find(*root, QString::fromLatin1(key));
        if (!v)
            return QStringLiteral("missing");
        if (!v->is_string() || v->get<std::string>().empty())
            return QStringLiteral("expected non-empty text, found %1").arg(q(v->dump()));
        *out = q(v->get<std::string>());
        return {};
    };
    for (const auto& [key, out] : {std::pair{"region", &table.m_region}, std::pair{"as_of", &table.m_asOf},
                                   std::pair{"currency", &table.m_currency}})
        if (const QString why = text(key, out); !why.isEmpty())
            return fail(QString::fromLatin1(key), why);
    if (table.m_currency != QLatin1String("USD"))
        return fail(QStringLiteral("currency"), QStringLiteral("only USD prices are supported, found '%1'").arg(table.m_currency));

    const Json* sources = find(*root, QStringLiteral("sources"));
    if (!sources)
        return fail(QStringLiteral("sources"), QStringLiteral("missing"));
    if (!sources->is_array() || sources->empty())
        return fail(QStringLiteral("sources"), QStringLiteral("expected a non-empty list of the pages the prices come from"));
    for (std::size_t i = 0; i < sources->size(); ++i) {
        if (!(*sources)[i].is_string())
            return fail(QStringLiteral("sources[%1]").arg(i), QStringLiteral("expected text"));
        table.m_sources << q((*sources)[i].get<std::string>());
    }

    for (const QString& key : requiredKeys()) {
        const Json* v = find(*root, key);
        if (const QString why = checkPrice(v); !why.isEmpty())
            return fail(key, why);
        table.m_prices.insert(key, v->get<double>());
    }

    const QString instancesKey = QStringLiteral("rds_postgres.instances");
    const Json* instances = find(*root, instancesKey);
    if (!instances)
        return fail(instancesKey, QStringLiteral("missing"));
    if (!instances->is_object())
        return fail(instancesKey, QStringLiteral("expected a mapping of instance classes"));
    for (const auto& [name, prices] : instances->items()) {
        const QString base = instancesKey + QLatin1Char('.') + q(name);
        if (!prices.is_object())
            return fail(base, QStringLiteral("expected {single_az_hour, multi_az_hour}"));
        RdsInstance instance;
        for (const auto& [field, out] : {std::pair{"single_az_hour", &instance.singleAzHour},
                                         std::pair{"multi_az_hour", &instance.multiAzHour}}) {
            const auto it = prices.find(field);
            const Json* v = it == prices.end() ? nullptr : &*it;
            if (const QString why = checkPrice(v); !why.isEmpty())
                return fail(base + QLatin1Char('.') + QString::fromLatin1(field), why);
            *out = v->get<double>();
        }
        table.m_rds.insert(q(name), instance);
    }
    for (const QString& name : requiredInstanceClasses())
        if (!table.m_rds.contains(name))
            return fail(instancesKey + QLatin1Char('.') + name, QStringLiteral("missing"));
    return table;
}

const PriceTable* PriceTable::bundled(const QString& region, QString* error)
{
    // Loaded once per region and kept for the life of the program; the files are read-only resources.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<PriceTable>> cache;
    static std::map<QString, QString> errors;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.find(region); it != cache.end())
        return it->second.get();
    if (const auto it = errors.find(region); it != errors.end()) {
        if (error)
            *error = it->second;
        return nullptr;
    }
    QFile file(kFolder + region + QStringLiteral(".yaml"));
    if (region.isEmpty() || region.contains(QLatin1Char('/')) || !file.open(QIODevice::ReadOnly))
        return nullptr;
    QString why;
    auto table = fromYaml(file.readAll(), QStringLiteral("pricing/%1.yaml").arg(region), &why);
    if (table && table->region() != region)
        why = QStringLiteral("pricing/%1.yaml: region: says '%2', expected '%1'").arg(region, table->region());
    if (!table || !why.isEmpty()) {
        errors[region] = why;
        if (error)
            *error = why;
        return nullptr;
    }
    auto [it, inserted] = cache.emplace(region, std::make_unique<PriceTable>(std::move(*table)));
    Q_UNUSED(inserted);
    return it->second.get();
}

QStringList PriceTable::bundledRegions()
{
    QStringList result;
    for (const QString& file : QDir(kFolder).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        result << file.chopped(5);
    return result;
}

double PriceTable::at(const QString& key) const
{
    const auto it = m_prices.constFind(key);
    Q_ASSERT_X(it != m_prices.cend(), "PriceTable::at", qPrintable(key));
    return it == m_prices.cend() ? 0.0 : *it;
}

const PriceTable::RdsInstance* PriceTable::rdsInstance(const QString& instanceClass) const
{
    const auto it = m_rds.constFind(instanceClass);
    return it == m_rds.cend() ? nullptr : &*it;
}

QStringList PriceTable::rdsInstanceClasses() const
{
    QStringList result = m_rds.keys();
    result.sort();
    return result;
}

} // namespace sky
