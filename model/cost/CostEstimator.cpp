#include "model/cost/CostEstimator.h"

#include "model/Catalog.h"
#include "model/Design.h"
#include "model/cost/CostText.h"
#include "model/cost/PriceTable.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sky {

// ---- CostItem / CostEstimate ----

QString CostItem::basis(bool spanish) const
{
    QStringList bases;
    for (const CostPart& p : parts)
        bases << (spanish ? p.basisEs : p.basis);
    return bases.join(QStringLiteral(" + "));
}

const CostPart* CostItem::part(const QString& label) const
{
    for (const CostPart& p : parts)
        if (p.label == label)
            return &p;
    return nullptr;
}

const CostItem* CostEstimate::item(const QString& componentId) const
{
    for (const CostItem& i : items)
        if (i.componentId == componentId)
            return &i;
    return nullptr;
}

double CostEstimate::monthly(const QString& componentId) const
{
    const CostItem* i = item(componentId);
    return i ? i->monthly : 0.0;
}

namespace CostEstimator {

namespace {

const QLocale& english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

/// A quantity in a basis: whole numbers plain ("730", "300,000"), others with two decimals
/// or three significant digits when small ("2.33", "0.0046").
QString num(double v)
{
    if (std::abs(v - std::round(v)) < 1e-9)
        return english().toString(std::round(v), 'f', 0);
    QString s = std::abs(v) >= 1 ? english().toString(v, 'f', 2) : QString::number(v, 'g', 3);
    if (s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

/// A unit price exactly as the price table gives it, at least two decimals ("$0.04048", "$0.50").
QString price(double v)
{
    QString s = QString::number(v, 'g', 12);
    const int dot = int(s.indexOf(QLatin1Char('.')));
    if (dot < 0)
        s += QStringLiteral(".00");
    else if (s.size() - dot - 1 < 2)
        s += QString(2 - (s.size() - dot - 1), QLatin1Char('0'));
    return QLatin1Char('$') + s;
}

QString percent(double v) { return num(v) + QLatin1Char('%'); }

/// Wording in both languages (see CostText); numbers and prices are filled in alike.
CostText words(const QString& en, const QString& es) { return {en, es}; }

/// A count of events (requests, queries, calls): whole numbers.
QString whole(double v) { return english().toString(std::round(v), 'f', 0); }

struct Estimator {
    const Design& design;
    const Catalog& catalog;
    const PriceTable& p;
    const CostAssumptions& a;
    CostEstimate& out;

    // Load, derived once from the assumptions.
    double users = 0;
    double apiRequestsMonth = 0;
    double avgRps = 0;
    double peakRps = 0;
    double appLogGb = 0;
    double natDataGb = 0;
    int logsRetentionDays = 30;

    double av(const char* key) const { return a.value(QString::fromLatin1(key)); }
    double pr(const char* key) const { return p.at(QString::fromLatin1(key)); }

    Json prop(const Component& c, const char* key) const { return catalog.effectiveProperty(c, QString::fromLatin1(key)); }
    double numProp(const Component& c, const char* key, double fallback) const
    {
        const Json v = prop(c, key);
        return v.is_number() && !v.is_boolean() ? v.get<double>() : fallback;
    }
    bool boolProp(const Component& c, const char* key, bool fallback) const
    {
        const Json v = prop(c, key);
        return v.is_boolean() ? v.get<bool>() : fallback;
    }
    QString textProp(const Component& c, const char* key) const
    {
        const Json v = prop(c, key);
        return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
    }

    int count(const QString& type) const
    {
        return int(std::count_if(design.components().begin(), design.components().end(),
                                 [&](const Component& c) { return c.type == type; }));
    }
    const Component* first(const QString& type) const
    {
        for (const Component& c : design.components())
            if (c.type == type)
                return &c;
        return nullptr;
    }
    bool isFirst(const Component& c) const
    {
        const Component* f = first(c.type);
        return f && f->id == c.id;
    }

    /// The number of availability zones of the VPC a component sits in (2 outside any VPC).
    int azCount(const Component& c) const
    {
        const Component* node = &c;
        for (int guard = 0; node && guard < 64; ++guard) {
            if (node->type == QLatin1String("vpc"))
                return std::max(1, int(numProp(*node, "az_count", 2)));
            node = node->parent.isEmpty() ? nullptr : design.component(node->parent);
        }
        return 2;
    }

    CostItem& addItem(const Component& c)
    {
        CostItem item;
        item.componentId = c.id;
        item.name = catalog.displayName(c);
        item.type = c.type;
        const ComponentType* type = catalog.type(c.type);
        item.category = type ? type->category : QString();
        out.items.push_back(item);
        return out.items.back();
    }
    static void addPart(CostItem& item, const QString& label, double monthly, const CostText& basis)
    {
        item.parts.push_back({label, monthly, basis.en, basis.es});
        item.monthly += monthly;
    }
    /// A part billed on the gigabytes beyond a free allowance, at the price `priceKey`: `beyond`
    /// is filled with the GB used, the GB free and the price, `within` with the GB used and free.
    void beyondFreeGbPart(CostItem& item, const QString& label, double usedGb, double freeGb, const char* priceKey,
                          const CostText& beyond, const CostText& within)
    {
        const double billable = std::max(0.0, usedGb - freeGb);
        addPart(item, label, billable * pr(priceKey),
                billable > 0 ? beyond.arg(num(usedGb), num(freeGb), price(pr(priceKey))) : within.arg(num(usedGb), num(freeGb)));
    }

    void deriveLoad()
    {
        users = av("daily_users");
        apiRequestsMonth = users * av("page_views_per_user_per_day") * av("api_calls_per_page_view") * kDaysPerMonth;
        avgRps = apiRequestsMonth / (kHoursPerMonth * 3600.0);
        peakRps = std::max(avgRps, users * av("peak_rps_per_daily_user"));
        if (const Component* cw = first(QStringLiteral("cloudwatch")))
            logsRetentionDays = int(numProp(*cw, "log_retention_days", 30));
    }

    double monthsKept(int retentionDays) const
    {
        return retentionDays <= 0 ? av("log_months_kept_without_expiry") : retentionDays / kDaysPerMonth;
    }
    CostText retentionText(int retentionDays) const
    {
        return retentionDays <= 0 ? words(QStringLiteral("never expire: %1 months assumed"), QStringLiteral("sin caducidad: se suponen %1 meses"))
                                        .arg(num(av("log_months_kept_without_expiry")))
                                  : words(QStringLiteral("%1 days"), QStringLiteral("%1 días")).arg(retentionDays);
    }

    void sizeServices()
    {
        const double peakHours = std::clamp(av("peak_hours_per_day"), 0.0, 24.0);
        for (const Component& c : design.components()) {
            if (c.type != QLatin1String("ecs_fargate_service"))
                continue;
            ServiceLoad s;
            s.componentId = c.id;
            s.peakRequestsPerSecond = peakRps;
            const double vcpu = numProp(c, "cpu", 512) / 1024.0;
            const int minTasks = std::max(0, int(numProp(c, "min_tasks", 2)));
            s.maxTasks = std::max(minTasks, int(numProp(c, "max_tasks", 6)));
            s.capacityPerTask = av("rps_per_vcpu") * vcpu;
            // Each service is sized for the whole API load (one API service is the usual design).
            const auto needed = [&](double rps) {
                return s.capacityPerTask > 0 ? int(std::ceil(rps / s.capacityPerTask - 1e-9)) : 0;
            };
            s.tasksNeededAtPeak = needed(peakRps);
            s.baseTasks = std::clamp(needed(avgRps), minTasks, s.maxTasks);
            s.peakTasks = std::max(s.baseTasks, std::clamp(s.tasksNeededAtPeak, minTasks, s.maxTasks));
            s.averageTasks = s.baseTasks + (s.peakTasks - s.baseTasks) * peakHours / 24.0;
            out.services.push_back(s);
            appLogGb += apiRequestsMonth * av("log_kb_per_request") / 1e6 + s.averageTasks * av("log_gb_per_task_month");
            const double imageGb = av("image_size_mb") / 1000.0;
            natDataGb += av("deploys_per_month") * s.baseTasks * imageGb
                         + kDaysPerMonth * (s.peakTasks - s.baseTasks) * imageGb;
        }
        natDataGb += appLogGb + av("nat_other_gb_month");
    }

    const ServiceLoad* service(const QString& id) const
    {
        for (const ServiceLoad& s : out.services)
            if (s.componentId == id)
                return &s;
        return nullptr;
    }

    void fargate(const Component& c)
    {
        const ServiceLoad* s = service(c.id);
        CostItem& item = addItem(c);
        const double vcpu = numProp(c, "cpu", 512) / 1024.0;
        const double gb = numProp(c, "memory", 1024) / 1024.0;
        const bool arm = textProp(c, "cpu_architecture") == QLatin1String("ARM64");
        const double vcpuRate = arm ? pr("fargate.vcpu_hour_arm") : pr("fargate.vcpu_hour_x86");
        const double gbRate = arm ? pr("fargate.gb_hour_arm") : pr("fargate.gb_hour_x86");
        const double spotShare = std::clamp(numProp(c, "spot_percent", 0), 0.0, 100.0) / 100.0;
        const double discount = pr("fargate.spot_discount_percent") / 100.0;
        const double factor = 1.0 - spotShare * discount;
        CostText tasks = words(QStringLiteral("%1 tasks"), QStringLiteral("%1 tareas")).arg(num(s->averageTasks));
        if (s->peakTasks != s->baseTasks)
            tasks += words(QStringLiteral(" (%1, %2 for %3 h/day at peak)"), QStringLiteral(" (%1; %2 durante %3 h/día de pico)"))
                         .arg(s->baseTasks).arg(s->peakTasks).arg(num(av("peak_hours_per_day")));
        CostText tail;
        if (spotShare > 0)
            tail = words(QStringLiteral(" × %1 (%2 on Spot at %3 off)"), QStringLiteral(" × %1 (%2 en Spot con un %3 de descuento)"))
                       .arg(num(factor), percent(spotShare * 100), percent(discount * 100));
        const QString arch = arm ? QStringLiteral(" ARM64") : QString();
        addPart(item, QStringLiteral("vCPU"), s->averageTasks * vcpu * kHoursPerMonth * vcpuRate * factor,
                sameText(QStringLiteral("%1 × %2%3 vCPU × 730 h × %4%5")).arg(tasks, num(vcpu), arch, price(vcpuRate), tail));
        addPart(item, QStringLiteral("memory"), s->averageTasks * gb * kHoursPerMonth * gbRate * factor,
                sameText(QStringLiteral("%1 × %2 GB × 730 h × %3%4")).arg(num(s->averageTasks), num(gb), price(gbRate), tail));
    }

    /// The hourly rate of an RDS class; a class the table lacks is estimated from its family
    /// (prices double with each size step) and said in a warning.
    double rdsRate(const Component& c, const QString& cls, bool multiAz, QString* pricedAs)
    {
        const auto rate = [&](const PriceTable::RdsInstance* i) { return multiAz ? i->multiAzHour : i->singleAzHour; };
        if (const auto* i = p.rdsInstance(cls)) {
            *pricedAs = cls;
            return rate(i);
        }
        static const QRegularExpression shape(QStringLiteral("^db\\.([a-z0-9]+)\\.([0-9]*)(micro|small|medium|large|xlarge)$"));
        const auto rank = [](const QRegularExpressionMatch& m) {
            const QString size = m.captured(3);
            if (size == QLatin1String("micro")) return 0.0;
            if (size == QLatin1String("small")) return 1.0;
            if (size == QLatin1String("medium")) return 2.0;
            if (size == QLatin1String("large")) return 3.0;
            const double n = m.captured(2).isEmpty() ? 1.0 : m.captured(2).toDouble();
            return 3.0 + std::log2(2.0 * n);
        };
        const QRegularExpressionMatch want = shape.match(cls);
        QString reference = QStringLiteral("db.t4g.micro");
        if (want.hasMatch()) {
            const QString family = want.captured(1);
            QString sameLetter;
            for (const QString& known : p.rdsInstanceClasses()) {
                const QRegularExpressionMatch m = shape.match(known);
                if (!m.hasMatch())
                    continue;
                if (m.captured(1) == family) {
                    reference = known;
                    sameLetter.clear();
                    break;
                }
                if (sameLetter.isEmpty() && m.captured(1).at(0) == family.at(0))
                    sameLetter = known;
            }
            if (!sameLetter.isEmpty() && shape.match(reference).captured(1) != family)
                reference = sameLetter;
        }
        const auto* ref = p.rdsInstance(reference);
        if (!ref)
            ref = p.rdsInstance(QStringLiteral("db.t4g.micro"));
        double factor = 1.0;
        if (want.hasMatch())
            factor = std::pow(2.0, rank(want) - rank(shape.match(reference)));
        *pricedAs = factor == 1.0 ? reference : QStringLiteral("%1 × %2").arg(reference, num(factor));
        const CostText warning = words(QStringLiteral("%1: no price for instance class '%2' in pricing/%3.yaml; estimated as %4 "
                                                      "(RDS prices double with each size step); check the AWS price page"),
                                       QStringLiteral("%1: pricing/%3.yaml no tiene precio para la clase de instancia «%2»; se "
                                                      "estima como %4 (en RDS el precio se duplica con cada talla); compruébalo "
                                                      "en la página de precios de AWS"))
                                     .arg(c.id, cls, p.region(), *pricedAs);
        out.warnings << warning.en;
        out.warningsEs << warning.es;
        return rate(ref) * factor;
    }

    void rds(const Component& c)
    {
        CostItem& item = addItem(c);
        const QString cls = textProp(c, "instance_class");
        const bool multiAz = boolProp(c, "multi_az", true);
        const QString az = multiAz ? QStringLiteral("Multi-AZ") : QStringLiteral("Single-AZ"); // AWS's terms, in both languages
        QString pricedAs;
        const double rate = rdsRate(c, cls, multiAz, &pricedAs);
        addPart(item, QStringLiteral("instance"), kHoursPerMonth * rate,
                sameText(QStringLiteral("730 h × %1 (%2 %3)")).arg(price(rate), pricedAs, az));
        const double storageGb = numProp(c, "allocated_storage_gb", 20);
        const double storageRate = multiAz ? pr("rds_postgres.storage_gp3_gb_month_multi_az")
                                           : pr("rds_postgres.storage_gp3_gb_month_single_az");
        addPart(item, QStringLiteral("storage"), storageGb * storageRate,
                sameText(QStringLiteral("%1 GB gp3 × %2 (%3)")).arg(num(storageGb), price(storageRate), az));
        const double retention = numProp(c, "backup_retention_days", 7);
        if (retention <= 0) {
            addPart(item, QStringLiteral("backups"), 0, words(QStringLiteral("backups off"), QStringLiteral("sin copias de seguridad")));
            return;
        }
        const double backupGb = av("db_used_gb") * (1.0 + retention * av("db_daily_change_percent") / 100.0);
        beyondFreeGbPart(item, QStringLiteral("backups"), backupGb, storageGb, "rds_postgres.backup_gb_month",
                         words(QStringLiteral("(%1 GB of backups − %2 GB free) × %3"),
                               QStringLiteral("(%1 GB de copias − %2 GB gratuitos) × %3")),
                         words(QStringLiteral("%1 GB of backups within the free %2 GB"),
                               QStringLiteral("%1 GB de copias, dentro de los %2 GB gratuitos")));
    }

    void nat(const Component& c)
    {
        CostItem& item = addItem(c);
        const bool perAz = boolProp(c, "per_az", false);
        const int gateways = perAz ? azCount(c) : 1;
        addPart(item, QStringLiteral("hours"), gateways * kHoursPerMonth * pr("nat_gateway.hour"),
                (gateways == 1 ? words(QStringLiteral("%1 gateway × 730 h × %2"), QStringLiteral("%1 gateway × 730 h × %2"))
                               : words(QStringLiteral("%1 gateways × 730 h × %2"), QStringLiteral("%1 gateways × 730 h × %2")))
                    .arg(gateways).arg(price(pr("nat_gateway.hour"))));
        const double gb = natDataGb / std::max(1, count(c.type));
        addPart(item, QStringLiteral("data"), gb * pr("nat_gateway.gb_processed"),
                words(QStringLiteral("%1 GB processed (image pulls, logs, other outbound) × %2"),
                      QStringLiteral("%1 GB procesados (descarga de imágenes, logs, otro tráfico saliente) × %2"))
                    .arg(num(gb), price(pr("nat_gateway.gb_processed"))));
        addPart(item, QStringLiteral("public IPv4"), gateways * kHoursPerMonth * pr("public_ipv4.address_hour"),
                words(QStringLiteral("%1 public IPv4 × 730 h × %2"),
                      gateways == 1 ? QStringLiteral("%1 IPv4 pública × 730 h × %2") : QStringLiteral("%1 IPv4 públicas × 730 h × %2"))
                    .arg(gateways).arg(price(pr("public_ipv4.address_hour"))));
    }

    double accessLogGb() const { return apiRequestsMonth * av("access_log_bytes_per_request") / 1e9; }

    void accessLogParts(CostItem& item, double logGb, int writers)
    {
        const double stored = logGb * av("logs_bucket_months_kept");
        addPart(item, QStringLiteral("access logs"), stored * pr("s3.storage_gb_month"),
                words(QStringLiteral("%1 GB/month of access logs × %2 months kept × %3"),
                      QStringLiteral("%1 GB/mes de logs de acceso × %2 meses conservados × %3"))
                    .arg(num(logGb), num(av("logs_bucket_months_kept")), price(pr("s3.storage_gb_month"))));
        // Each load balancer node writes a log file every 5 minutes.
        const double puts = writers * 12.0 * kHoursPerMonth;
        addPart(item, QStringLiteral("log writes"), puts / 1000.0 * pr("s3.put_per_1k"),
                words(QStringLiteral("%1 PUTs × %2 per 1,000"), QStringLiteral("%1 PUT × %2 cada 1,000")).arg(num(puts), price(pr("s3.put_per_1k"))));
    }

    bool hasLogsBucket() const
    {
        return std::any_of(design.components().begin(), design.components().end(), [&](const Component& c) {
            return c.type == QLatin1String("s3_bucket") && textProp(c, "purpose") == QLatin1String("logs");
        });
    }

    void alb(const Component& c)
    {
        CostItem& item = addItem(c);
        const double share = 1.0 / std::max(1, count(c.type));
        addPart(item, QStringLiteral("hours"), kHoursPerMonth * pr("alb.hour"), sameText(QStringLiteral("730 h × %1")).arg(price(pr("alb.hour"))));
        // An LCU is the largest of its dimensions; at this scale new connections (25/s per LCU,
        // every request counted as one) or processed bytes (1 GB/h per LCU) decide it.
        const double rps = avgRps * share;
        const double gbPerHour = apiRequestsMonth * share * av("api_response_kb") / 1e6 / kHoursPerMonth;
        const double lcu = std::max(rps / 25.0, gbPerHour);
        addPart(item, QStringLiteral("LCU"), kHoursPerMonth * lcu * pr("alb.lcu_hour"),
                sameText(QStringLiteral("730 h × %1 LCU × %2 (%3)"))
                    .arg(num(lcu), price(pr("alb.lcu_hour")),
                         rps / 25.0 >= gbPerHour ? words(QStringLiteral("%1 requests/s ÷ 25 new connections per LCU"),
                                                         QStringLiteral("%1 peticiones/s ÷ 25 conexiones nuevas por LCU"))
                                                       .arg(num(rps))
                                                 : words(QStringLiteral("%1 GB/h processed"), QStringLiteral("%1 GB/h procesados"))
                                                       .arg(num(gbPerHour))));
        const int azs = azCount(c);
        if (boolProp(c, "internet_facing", true)) {
            addPart(item, QStringLiteral("public IPv4"), azs * kHoursPerMonth * pr("public_ipv4.address_hour"),
                    words(QStringLiteral("%1 public IPv4 (one per AZ) × 730 h × %2"), QStringLiteral("%1 IPv4 públicas (una por AZ) × 730 h × %2"))
                        .arg(azs).arg(price(pr("public_ipv4.address_hour"))));
            const double gb = apiRequestsMonth * share * av("api_response_kb") / 1e6;
            beyondFreeGbPart(item, QStringLiteral("data out"), gb, pr("data_transfer_out.free_gb_month"), "data_transfer_out.internet_gb",
                             words(QStringLiteral("(%1 GB of API responses − %2 GB free) × %3"),
                                   QStringLiteral("(%1 GB de respuestas de la API − %2 GB gratuitos) × %3")),
                             words(QStringLiteral("%1 GB of API responses within the free %2 GB out"),
                                   QStringLiteral("%1 GB de respuestas de la API, dentro de los %2 GB de salida gratuitos")));
        }
        if (boolProp(c, "access_logs", true) && !hasLogsBucket())
            accessLogParts(item, accessLogGb() * share, azs);
    }

    double cdnRequestsMonth() const { return users * av("page_views_per_user_per_day") * av("cdn_requests_per_page_view") * kDaysPerMonth; }
    double cdnGbMonth() const { return users * av("page_views_per_user_per_day") * av("page_weight_kb") * kDaysPerMonth / 1e6; }

    void cloudfront(const Component& c)
    {
        CostItem& item = addItem(c);
        const double share = 1.0 / std::max(1, count(c.type));
        const double gb = cdnGbMonth() * share;
        const double freeGb = pr("cloudfront.free_tier_dto_gb_month");
        const double billableGb = std::max(0.0, gb - freeGb);
        double rate = pr("cloudfront.dto_gb");
        CostText rateText = sameText(price(rate));
        if (textProp(c, "price_class") != QLatin1String("PriceClass_100")) {
            // Wider price classes serve distant viewers from their own, dearer edges.
            const double uplift = av("viewers_outside_na_eu_percent") / 100.0 * av("other_edge_premium_percent") / 100.0;
            rate *= 1.0 + uplift;
            rateText = words(QStringLiteral("%1 × %2 (%3, %4 of viewers at edges %5 dearer)"),
                             QStringLiteral("%1 × %2 (%3: el %4 de los usuarios se sirve desde edges un %5 más caros)"))
                           .arg(price(pr("cloudfront.dto_gb")), num(1.0 + uplift), textProp(c, "price_class"),
                                percent(av("viewers_outside_na_eu_percent")), percent(av("other_edge_premium_percent")));
        }
        addPart(item, QStringLiteral("data out"), billableGb * rate,
                billableGb > 0 ? words(QStringLiteral("(%1 GB − %2 GB free) × %3"), QStringLiteral("(%1 GB − %2 GB gratuitos) × %3"))
                                     .arg(num(gb), num(freeGb), rateText)
                               : words(QStringLiteral("%1 GB within the free %2 GB"), QStringLiteral("%1 GB, dentro de los %2 GB gratuitos"))
                                     .arg(num(gb), num(freeGb)));
        const double requests = cdnRequestsMonth() * share;
        const double freeRequests = pr("cloudfront.free_tier_requests_month");
        const double billableRequests = std::max(0.0, requests - freeRequests);
        addPart(item, QStringLiteral("requests"), billableRequests / 10000.0 * pr("cloudfront.https_per_10k"),
                billableRequests > 0 ? words(QStringLiteral("(%1 − %2 free) HTTPS requests × %3 per 10,000"),
                                             QStringLiteral("(%1 − %2 gratuitas) peticiones HTTPS × %3 cada 10,000"))
                                           .arg(whole(requests), whole(freeRequests), price(pr("cloudfront.https_per_10k")))
                                     : words(QStringLiteral("%1 HTTPS requests within the free %2"),
                                             QStringLiteral("%1 peticiones HTTPS, dentro de las %2 gratuitas"))
                                           .arg(whole(requests), whole(freeRequests)));
        if (boolProp(c, "waf", false)) {
            const double rules = av("waf_rules");
            const double wafMonthly = pr("waf.web_acl_month") + rules * pr("waf.rule_month")
                                      + requests / 1e6 * pr("waf.requests_per_million");
            addPart(item, QStringLiteral("WAF"), wafMonthly,
                    words(QStringLiteral("WAF: %1 + %2 rules × %3 + %4 M requests × %5"),
                          QStringLiteral("WAF: %1 + %2 reglas × %3 + %4 M peticiones × %5"))
                        .arg(price(pr("waf.web_acl_month")), num(rules), price(pr("waf.rule_month")), num(requests / 1e6),
                             price(pr("waf.requests_per_million"))));
        }
    }

    void s3(const Component& c)
    {
        CostItem& item = addItem(c);
        const QString purpose = textProp(c, "purpose");
        if (purpose == QLatin1String("logs")) {
            const Component* firstLogs = nullptr;
            for (const Component& other : design.components())
                if (other.type == QLatin1String("s3_bucket") && textProp(other, "purpose") == QLatin1String("logs")) {
                    firstLogs = &other;
                    break;
                }
            double logGb = 0;
            int writers = 0;
            for (const Component& other : design.components())
                if (other.type == QLatin1String("alb") && boolProp(other, "access_logs", true)) {
                    logGb += accessLogGb() / std::max(1, count(other.type));
                    writers += azCount(other);
                }
            if (firstLogs && firstLogs->id == c.id && writers > 0)
                accessLogParts(item, logGb, writers);
            else
                addPart(item, QStringLiteral("storage"), 0, words(QStringLiteral("no access logs written here"), QStringLiteral("aquí no se escriben logs de acceso")));
            return;
        }
        if (purpose == QLatin1String("assets")) {
            const double gb = av("assets_bucket_gb");
            addPart(item, QStringLiteral("storage"), gb * pr("s3.storage_gb_month"),
                    sameText(QStringLiteral("%1 GB × %2")).arg(num(gb), price(pr("s3.storage_gb_month"))));
            return;
        }
        const double gb = av("static_site_mb") / 1000.0;
        addPart(item, QStringLiteral("storage"), gb * pr("s3.storage_gb_month"),
                sameText(QStringLiteral("%1 GB × %2")).arg(num(gb), price(pr("s3.storage_gb_month"))));
        const int sites = std::max(1, int(std::count_if(design.components().begin(), design.components().end(), [&](const Component& o) {
            return o.type == QLatin1String("s3_bucket") && textProp(o, "purpose") == QLatin1String("static_site");
        })));
        const double gets = cdnRequestsMonth() * (1.0 - std::clamp(av("cdn_cache_hit_percent"), 0.0, 100.0) / 100.0) / sites;
        addPart(item, QStringLiteral("GET"), gets / 1000.0 * pr("s3.get_per_1k"),
                words(QStringLiteral("%1 GETs (CloudFront cache misses) × %2 per 1,000"),
                      QStringLiteral("%1 GET (fallos de caché de CloudFront) × %2 cada 1,000"))
                    .arg(whole(gets), price(pr("s3.get_per_1k"))));
        const double puts = av("deploys_per_month") * av("files_per_deploy");
        addPart(item, QStringLiteral("PUT"), puts / 1000.0 * pr("s3.put_per_1k"),
                words(QStringLiteral("%1 PUTs (deploys) × %2 per 1,000"), QStringLiteral("%1 PUT (despliegues) × %2 cada 1,000"))
                    .arg(num(puts), price(pr("s3.put_per_1k"))));
    }

    void route53(const Component& c)
    {
        CostItem& item = addItem(c);
        addPart(item, QStringLiteral("zone"), pr("route53.hosted_zone_month"),
                words(QStringLiteral("1 hosted zone × %1"), QStringLiteral("1 zona alojada × %1")).arg(price(pr("route53.hosted_zone_month"))));
        const double queries = users * av("dns_queries_per_user_per_day") * kDaysPerMonth / std::max(1, count(c.type));
        // Records drawn as dns connections are aliases to AWS resources: their queries are free.
        bool aliases = false;
        for (const Connection& k : design.connections())
            if (k.from == c.id && k.protocol == QLatin1String("dns"))
                aliases = true;
        if (aliases)
            addPart(item, QStringLiteral("queries"), 0, words(QStringLiteral("%1 queries to alias records (free)"), QStringLiteral("%1 consultas a registros alias (gratuitas)"))
                                                       .arg(whole(queries)));
        else
            addPart(item, QStringLiteral("queries"), queries / 1e6 * pr("route53.queries_per_million"),
                    words(QStringLiteral("%1 M queries × %2 per million"), QStringLiteral("%1 M consultas × %2 por millón"))
                        .arg(num(queries / 1e6), price(pr("route53.queries_per_million"))));
    }

    void acm(const Component& c)
    {
        CostItem& item = addItem(c);
        addPart(item, QStringLiteral("certificate"), pr("acm.public_certificate_month"),
                pr("acm.public_certificate_month") == 0
                    ? words(QStringLiteral("public certificate: free"), QStringLiteral("certificado público: gratuito"))
                    : words(QStringLiteral("1 certificate × %1"), QStringLiteral("1 certificado × %1")).arg(price(pr("acm.public_certificate_month"))));
    }

    void secret(const Component& c)
    {
        CostItem& item = addItem(c);
        addPart(item, QStringLiteral("secret"), pr("secrets_manager.secret_month"),
                words(QStringLiteral("1 secret × %1"), QStringLiteral("1 secreto × %1")).arg(price(pr("secrets_manager.secret_month"))));
        // Every task start of a service that reads the secret makes one call.
        double calls = 0;
        for (const ServiceLoad& s : out.services)
            for (const Connection& k : design.connections())
                if ((k.from == s.componentId && k.to == c.id) || (k.to == s.componentId && k.from == c.id)) {
                    calls += av("deploys_per_month") * s.baseTasks + kDaysPerMonth * (s.peakTasks - s.baseTasks);
                    break;
                }
        addPart(item, QStringLiteral("API calls"), calls / 10000.0 * pr("secrets_manager.api_calls_per_10k"),
                words(QStringLiteral("%1 calls (task starts) × %2 per 10,000"), QStringLiteral("%1 llamadas (arranques de tareas) × %2 cada 10,000"))
                    .arg(whole(calls), price(pr("secrets_manager.api_calls_per_10k"))));
    }

    int alarmCount() const
    {
        // The alarms the design's CloudWatch thresholds stand for.
        return count(QStringLiteral("alb")) + 2 * count(QStringLiteral("ecs_fargate_service")) + 2 * count(QStringLiteral("rds_postgres"));
    }

    void cloudwatch(const Component& c)
    {
        CostItem& item = addItem(c);
        if (!isFirst(c)) {
            addPart(item, QStringLiteral("logs"), 0, words(QStringLiteral("counted on %1"), QStringLiteral("contabilizado en %1")).arg(first(c.type)->id));
            return;
        }
        beyondFreeGbPart(item, QStringLiteral("log ingestion"), appLogGb, pr("cloudwatch.free_tier_logs_gb_month"), "cloudwatch.logs_ingestion_gb",
                         words(QStringLiteral("(%1 GB of logs − %2 GB free) × %3"), QStringLiteral("(%1 GB de logs − %2 GB gratuitos) × %3")),
                         words(QStringLiteral("%1 GB of logs within the free %2 GB"), QStringLiteral("%1 GB de logs, dentro de los %2 GB gratuitos")));
        const int retention = int(numProp(c, "log_retention_days", 30));
        const double stored = appLogGb * monthsKept(retention);
        addPart(item, QStringLiteral("log storage"), stored * pr("cloudwatch.logs_storage_gb_month"),
                words(QStringLiteral("%1 GB kept (%2) × %3"), QStringLiteral("%1 GB conservados (%2) × %3"))
                    .arg(num(stored), retentionText(retention), price(pr("cloudwatch.logs_storage_gb_month"))));
        const int alarms = alarmCount();
        const double freeAlarms = pr("cloudwatch.free_tier_alarms");
        const double billableAlarms = std::max(0.0, alarms - freeAlarms);
        addPart(item, QStringLiteral("alarms"), billableAlarms * pr("cloudwatch.alarm_month"),
                billableAlarms > 0 ? words(QStringLiteral("(%1 alarms − %2 free) × %3"), QStringLiteral("(%1 alarmas − %2 gratuitas) × %3"))
                                         .arg(alarms).arg(num(freeAlarms), price(pr("cloudwatch.alarm_month")))
                                   : words(QStringLiteral("%1 alarms within the free %2"), QStringLiteral("%1 alarmas, dentro de las %2 gratuitas"))
                                         .arg(alarms).arg(num(freeAlarms)));
    }

    void vpc(const Component& c)
    {
        if (!boolProp(c, "flow_logs", true))
            return;
        CostItem& item = addItem(c);
        const int azs = std::max(1, int(numProp(c, "az_count", 2)));
        const double gb = av("flow_log_gb_per_az_month") * azs + apiRequestsMonth * av("flow_log_bytes_per_request") / 1e9;
        // The 5 GB CloudWatch Logs free tier goes first to the application logs.
        const double freeLeft = std::max(0.0, pr("cloudwatch.free_tier_logs_gb_month") - appLogGb);
        beyondFreeGbPart(item, QStringLiteral("flow logs"), gb, freeLeft, "vpc_flow_logs.cloudwatch_ingestion_gb",
                         words(QStringLiteral("(%1 GB of flow logs − %2 GB free left) × %3"),
                               QStringLiteral("(%1 GB de flow logs − %2 GB gratuitos restantes) × %3")),
                         words(QStringLiteral("%1 GB of flow logs within the free tier left (%2 GB)"),
                               QStringLiteral("%1 GB de flow logs, dentro de la capa gratuita restante (%2 GB)")));
        const double stored = gb * monthsKept(logsRetentionDays);
        addPart(item, QStringLiteral("flow log storage"), stored * pr("cloudwatch.logs_storage_gb_month"),
                words(QStringLiteral("%1 GB kept (%2) × %3"), QStringLiteral("%1 GB conservados (%2) × %3"))
                    .arg(num(stored), retentionText(logsRetentionDays), price(pr("cloudwatch.logs_storage_gb_month"))));
    }

    void ecr(const Component& c)
    {
        CostItem& item = addItem(c);
        const double keep = std::max(1.0, numProp(c, "keep_last_images", 30));
        const double imageGb = av("image_size_mb") / 1000.0;
        const double stored = imageGb * (1.0 + (keep - 1.0) * av("image_new_layers_percent") / 100.0);
        addPart(item, QStringLiteral("storage"), stored * pr("ecr.storage_gb_month"),
                words(QStringLiteral("%1 GB (%2 GB image + %3 older images × %4 new layers) × %5"),
                      QStringLiteral("%1 GB (imagen de %2 GB + %3 imágenes anteriores × %4 de capas nuevas) × %5"))
                    .arg(num(stored), num(imageGb), num(keep - 1), percent(av("image_new_layers_percent")), price(pr("ecr.storage_gb_month"))));
    }

    void run()
    {
        deriveLoad();
        sizeServices();
        for (const Component& c : design.components()) {
            const QString& t = c.type;
            if (t == QLatin1String("ecs_fargate_service")) fargate(c);
            else if (t == QLatin1String("rds_postgres")) rds(c);
            else if (t == QLatin1String("nat_gateway")) nat(c);
            else if (t == QLatin1String("alb")) alb(c);
            else if (t == QLatin1String("cloudfront")) cloudfront(c);
            else if (t == QLatin1String("s3_bucket")) s3(c);
            else if (t == QLatin1String("route53_zone")) route53(c);
            else if (t == QLatin1String("acm_certificate")) acm(c);
            else if (t == QLatin1String("secrets_manager_secret")) secret(c);
            else if (t == QLatin1String("cloudwatch")) cloudwatch(c);
            else if (t == QLatin1String("vpc")) vpc(c);
            else if (t == QLatin1String("ecr_repository")) ecr(c);
            // users, github_actions, region and subnet cost nothing on the AWS bill.
        }
        for (const CostItem& i : out.items)
            out.total += i.monthly;
    }
};

} // namespace

QString money(double amount)
{
    return QLatin1Char('$') + english().toString(amount, 'f', 2);
}

CostEstimate estimate(const Design& design, const Catalog& catalog, const CostOptions& options)
{
    CostEstimate result;
    result.region = design.region;
    const PriceTable* prices = options.prices;
    if (!prices) {
        QString error;
        prices = PriceTable::bundled(design.region, &error);
        if (!error.isEmpty()) {
            result.warnings << error;
            result.warningsEs << error; // the price file's own problem, said by PriceTable in English
        }
        if (!prices) {
            const QString fallback = PriceTable::fallbackRegion();
            const CostText warning = words(QStringLiteral("no usable price file for region '%1' (priced: %2); %3 prices are used instead"),
                                           QStringLiteral("no hay un fichero de precios utilizable para la región «%1» (con precios: "
                                                          "%2); se usan los precios de %3"))
                                         .arg(design.region, PriceTable::bundledRegions().join(QStringLiteral(", ")), fallback);
            result.warnings << warning.en;
            result.warningsEs << warning.es;
            QString fallbackError;
            prices = PriceTable::bundled(fallback, &fallbackError);
            if (!prices) {
                result.error = fallbackError.isEmpty() ? QStringLiteral("no price file for %1").arg(fallback) : fallbackError;
                return result;
            }
        }
    }
    result.priceRegion = prices->region();
    result.asOf = prices->asOf();
    result.currency = prices->currency();

    const CostAssumptions assumptions = CostAssumptions::fromDesign(design, options.dailyUsers);
    result.warnings << assumptions.warnings();
    result.warningsEs << assumptions.warningsEs();
    result.assumptions = assumptions.all();
    result.dailyUsers = int(assumptions.value(QStringLiteral("daily_users")));
    Estimator{design, catalog, *prices, assumptions, result}.run();
    return result;
}

} // namespace CostEstimator
} // namespace sky
