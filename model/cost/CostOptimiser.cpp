#include "model/cost/CostOptimiser.h"

#include "model/Catalog.h"
#include "model/DesignSettings.h"
#include "model/cost/CostText.h"
#include "model/cost/PriceTable.h"

#include <algorithm>

namespace sky::CostOptimiser {

namespace {

constexpr double kMinimumSaving = 0.005; // below half a cent a suggestion is noise

CostText words(const QString& en, const QString& es) { return {en, es}; }

QString text(const Json& v) { return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString(); }

struct Optimiser {
    const Design& design;
    const Catalog& catalog;
    const CostOptions& options;
    CostEstimate base;
    const PriceTable* prices = nullptr;
    std::vector<CostOptimisation> out;

    Json prop(const Component& c, const char* key) const { return catalog.effectiveProperty(c, QString::fromLatin1(key)); }
    double number(const Component& c, const char* key) const
    {
        const Json v = prop(c, key);
        return v.is_number() && !v.is_boolean() ? v.get<double>() : 0.0;
    }
    double assumption(const char* key) const
    {
        for (const CostAssumption& a : base.assumptions)
            if (a.key == QLatin1String(key))
                return a.value;
        return 0;
    }
    bool production() const { return DesignSettings::environment(design) == QLatin1String("production"); }

    void edit(const QString& kind, const Component& c, const CostText& title, const CostText& tradeoff,
              std::vector<DesignEdit> edits)
    {
        const double after = CostEstimator::estimate(applied(design, edits), catalog, options).total;
        const double saving = base.total - after;
        if (saving < kMinimumSaving)
            return;
        out.push_back({kind + QLatin1Char(':') + c.id, kind, c.id, title.en, saving, tradeoff.en, std::move(edits), title.es,
                       tradeoff.es});
    }
    void advice(const QString& kind, const Component& c, const CostText& title, const CostText& tradeoff, double saving)
    {
        if (saving < kMinimumSaving)
            return;
        out.push_back({kind + QLatin1Char(':') + c.id, kind, c.id, title.en, saving, tradeoff.en, {}, title.es, tradeoff.es});
    }
    static DesignEdit property(const Component& c, const char* key, Json value)
    {
        return {Target::Component, c.id, QStringLiteral("properties.") + QString::fromLatin1(key), std::move(value)};
    }

    int azCount(const Component& c) const
    {
        const Component* node = &c;
        for (int guard = 0; node && guard < 64; ++guard) {
            if (node->type == QLatin1String("vpc"))
                return int(number(*node, "az_count"));
            node = node->parent.isEmpty() ? nullptr : design.component(node->parent);
        }
        return 2;
    }

    const ServiceLoad* service(const QString& id) const
    {
        for (const ServiceLoad& s : base.services)
            if (s.componentId == id)
                return &s;
        return nullptr;
    }

    void run()
    {
        base = CostEstimator::estimate(design, catalog, options);
        if (!base.ok())
            return;
        prices = options.prices ? options.prices : PriceTable::bundled(base.priceRegion);
        for (const Component& c : design.components()) {
            if (c.type == QLatin1String("nat_gateway"))
                natGateway(c);
            else if (c.type == QLatin1String("ecs_fargate_service"))
                fargate(c);
            else if (c.type == QLatin1String("rds_postgres"))
                database(c);
            else if (c.type == QLatin1String("cloudwatch"))
                logs(c);
            else if (c.type == QLatin1String("cloudfront"))
                cdn(c);
            else if (c.type == QLatin1String("alb"))
                accessLogs(c);
        }
        std::stable_sort(out.begin(), out.end(), [](const CostOptimisation& a, const CostOptimisation& b) {
            return a.monthlySaving > b.monthlySaving;
        });
    }

    void natGateway(const Component& c)
    {
        if (prop(c, "per_az") != Json(true) || azCount(c) < 2)
            return;
        edit(QStringLiteral("shared_nat"), c,
             words(QStringLiteral("One shared NAT gateway instead of one per AZ (%1)"),
                   QStringLiteral("Un único NAT gateway compartido en lugar de uno por AZ (%1)")).arg(c.id),
             words(QStringLiteral("If the NAT gateway's AZ fails, tasks in the other AZs lose outbound access (ECR pulls, "
                                  "logs, secrets) until it is back; cross-AZ traffic to it is billed. VPC endpoints for "
                                  "ECR, S3 and CloudWatch Logs remove most NAT traffic but cost per endpoint and AZ."),
                   QStringLiteral("Si cae la AZ del NAT gateway, las tareas de las demás AZ se quedan sin salida a internet "
                                  "(descargas de ECR, logs, secretos) hasta que vuelva, y el tráfico entre AZ hacia él se "
                                  "factura. Los VPC endpoints de ECR, S3 y CloudWatch Logs eliminan la mayor parte del "
                                  "tráfico por el NAT, pero cada endpoint se paga por AZ.")),
             {property(c, "per_az", false)});
    }

    void fargate(const Component& c)
    {
        const ServiceLoad* s = service(c.id);
        const CostItem* item = base.item(c.id);
        if (!s || !item)
            return;
        const double spot = number(c, "spot_percent");
        const double target = production() ? 50 : 100;
        if (spot < target && (!production() || s->baseTasks >= 2))
            edit(QStringLiteral("fargate_spot"), c,
                 words(QStringLiteral("Run %1% of %2's tasks on Fargate Spot"),
                       QStringLiteral("Ejecutar el %1% de las tareas de %2 en Fargate Spot")).arg(target).arg(c.id),
                 production() ? words(QStringLiteral("Spot tasks can be stopped with two minutes' notice when AWS needs the "
                                                     "capacity; half the tasks stay on demand so the service keeps serving "
                                                     "(a capacity provider strategy with a base of on-demand tasks)."),
                                      QStringLiteral("AWS puede parar las tareas Spot con dos minutos de aviso cuando necesita "
                                                     "la capacidad; la mitad de las tareas sigue bajo demanda para que el "
                                                     "servicio no deje de responder (una capacity provider strategy con una "
                                                     "base de tareas bajo demanda)."))
                              : words(QStringLiteral("Spot tasks can be stopped with two minutes' notice; acceptable for a "
                                                     "development stack."),
                                      QStringLiteral("Las tareas Spot pueden pararse con dos minutos de aviso; asumible en un "
                                                     "entorno de desarrollo.")),
                 {property(c, "spot_percent", int(target))});
        if (text(prop(c, "cpu_architecture")) != QLatin1String("ARM64")
            && catalog.type(c.type) && catalog.type(c.type)->property(QStringLiteral("cpu_architecture")))
            edit(QStringLiteral("arm64"), c,
                 words(QStringLiteral("ARM64 (Graviton) tasks for %1"), QStringLiteral("Tareas ARM64 (Graviton) para %1")).arg(c.id),
                 words(QStringLiteral("The image must be built for linux/arm64 (docker buildx in the pipeline) and every "
                                      "native dependency must have an ARM64 build; test before switching."),
                       QStringLiteral("La imagen tiene que construirse para linux/arm64 (docker buildx en el pipeline) y "
                                      "todas las dependencias nativas deben tener build para ARM64; conviene probarlo antes "
                                      "de cambiar.")),
                 {property(c, "cpu_architecture", "ARM64")});
        // Out of office hours one task serves an internal app; no catalog property schedules it.
        const double officeHours = std::clamp(assumption("office_hours_per_week"), 0.0, 168.0);
        if (s->baseTasks >= 2 && s->averageTasks > 0) {
            const double perTaskHour = item->monthly / (s->averageTasks * CostEstimator::kHoursPerMonth);
            const double offHours = (168.0 - officeHours) / 168.0 * CostEstimator::kHoursPerMonth;
            advice(QStringLiteral("scheduled_scaling"), c,
                   words(QStringLiteral("Scheduled scaling: %1 down to 1 task outside %2 office hours a week"),
                         QStringLiteral("Escalado programado: %1 baja a 1 tarea fuera de las %2 horas de oficina semanales"))
                       .arg(c.id).arg(officeHours),
                   words(QStringLiteral("Out of hours a single task has no redundancy: a task or AZ failure means downtime "
                                        "until ECS replaces it. Needs scheduled actions on the service's scalable target "
                                        "(not expressed in the design yet)."),
                         QStringLiteral("Fuera de horario una sola tarea no tiene redundancia: si falla la tarea o su AZ, el "
                                        "servicio se cae hasta que ECS la sustituye. Requiere scheduled actions sobre el "
                                        "scalable target del servicio (el diseño aún no lo expresa).")),
                   (s->baseTasks - 1) * offHours * perTaskHour);
        }
        if (production() && prices) {
            const double spotShare = spot / 100.0;
            const double factor = 1.0 - spotShare * prices->at(QStringLiteral("fargate.spot_discount_percent")) / 100.0;
            const double onDemand = factor > 0 ? item->monthly * (1.0 - spotShare) / factor : 0.0;
            const double percent = prices->at(QStringLiteral("commitments.compute_savings_plan_1yr_percent"));
            advice(QStringLiteral("savings_plan"), c,
                   words(QStringLiteral("Compute Savings Plan (1 year, no upfront) for %1's steady on-demand tasks"),
                         QStringLiteral("Compute Savings Plan (1 año, sin pago por adelantado) para las tareas bajo demanda "
                                        "estables de %1"))
                       .arg(c.id),
                   words(QStringLiteral("Commits to an hourly spend for a year (about %1% off on-demand); buy it once usage "
                                        "has been steady for a few months, for the baseline only."),
                         QStringLiteral("Compromete un gasto por hora durante un año (alrededor de un %1% menos que bajo "
                                        "demanda); contrátalo cuando el uso lleve unos meses estable, y solo para la carga "
                                        "base."))
                       .arg(percent),
                   onDemand * percent / 100.0);
        }
    }

    void database(const Component& c)
    {
        const CostItem* item = base.item(c.id);
        if (!item)
            return;
        if (!production()) {
            if (prop(c, "multi_az") == Json(true))
                edit(QStringLiteral("db_single_az"), c,
                     words(QStringLiteral("Single-AZ %1 outside production"), QStringLiteral("%1 en Single-AZ fuera de producción"))
                         .arg(c.id),
                     words(QStringLiteral("No standby: an instance or AZ failure means downtime until RDS recovers it, and "
                                          "maintenance causes a short outage. Fine for development; keep Multi-AZ in production."),
                           QStringLiteral("Sin réplica en espera: si falla la instancia o su AZ, hay caída hasta que RDS la "
                                          "recupera, y el mantenimiento provoca un corte breve. Válido para desarrollo; en "
                                          "producción, mantén Multi-AZ.")),
                     {property(c, "multi_az", false)});
            if (text(prop(c, "instance_class")) != QLatin1String("db.t4g.micro"))
                edit(QStringLiteral("db_smaller_class"), c,
                     words(QStringLiteral("db.t4g.micro for %1 outside production"),
                           QStringLiteral("db.t4g.micro para %1 fuera de producción"))
                         .arg(c.id),
                     words(QStringLiteral("2 burstable vCPUs and 1 GiB of memory: enough for development data, slower for "
                                          "large queries and migrations."),
                           QStringLiteral("2 vCPU burstable y 1 GiB de memoria: suficiente para los datos de desarrollo, más "
                                          "lento en consultas grandes y migraciones.")),
                     {property(c, "instance_class", "db.t4g.micro")});
        } else if (prices) {
            const CostPart* instance = item->part(QStringLiteral("instance"));
            const double percent = prices->at(QStringLiteral("commitments.rds_reserved_1yr_percent"));
            if (instance)
                advice(QStringLiteral("reserved_db"), c,
                       words(QStringLiteral("Reserved instance (1 year, no upfront) for %1"),
                             QStringLiteral("Instancia reservada (1 año, sin pago por adelantado) para %1"))
                           .arg(c.id),
                       words(QStringLiteral("Commits to this instance class and region for a year (about %1% off); buy it once "
                                            "the class has proved right. RDS is not covered by Compute Savings Plans."),
                             QStringLiteral("Compromete esta clase de instancia y esta región durante un año (alrededor de un "
                                            "%1% de descuento); resérvala cuando la clase haya demostrado ser la adecuada. Los "
                                            "Compute Savings Plans no cubren RDS."))
                           .arg(percent),
                       instance->monthly * percent / 100.0);
        }
    }

    void logs(const Component& c)
    {
        const int retention = int(number(c, "log_retention_days"));
        const int target = production() ? 30 : 7;
        if (retention == 0 || retention > target)
            edit(QStringLiteral("log_retention"), c,
                 retention == 0 ? words(QStringLiteral("Keep logs %1 days instead of forever"),
                                        QStringLiteral("Conservar los logs %1 días en lugar de indefinidamente"))
                                      .arg(target)
                                : words(QStringLiteral("Keep logs %1 days instead of %2"),
                                        QStringLiteral("Conservar los logs %1 días en lugar de %2"))
                                      .arg(target)
                                      .arg(retention),
                 words(QStringLiteral("Older logs are gone: export them to S3 first if audits or investigations need them."),
                       QStringLiteral("Los logs más antiguos se pierden: expórtalos antes a S3 si hacen falta para auditorías "
                                      "o investigaciones.")),
                 {property(c, "log_retention_days", target)});
    }

    void cdn(const Component& c)
    {
        if (text(prop(c, "price_class")) != QLatin1String("PriceClass_100"))
            edit(QStringLiteral("cloudfront_price_class"), c,
                 words(QStringLiteral("CloudFront PriceClass_100 for %1"), QStringLiteral("CloudFront PriceClass_100 para %1")).arg(c.id),
                 words(QStringLiteral("Viewers outside North America and Europe are served from those edges, with more "
                                      "latency; fine for an internal app used from one continent."),
                       QStringLiteral("Los usuarios de fuera de Norteamérica y Europa se sirven desde esos edges, con más "
                                      "latencia; aceptable para una app interna que se usa desde un solo continente.")),
                 {property(c, "price_class", "PriceClass_100")});
    }

    void accessLogs(const Component& c)
    {
        const CostItem* item = base.item(c.id);
        const CostPart* part = item ? item->part(QStringLiteral("access logs")) : nullptr;
        const double kept = assumption("logs_bucket_months_kept");
        const double lifecycleMonths = assumption("logs_lifecycle_days") / CostEstimator::kDaysPerMonth;
        if (!part || kept <= lifecycleMonths)
            return;
        advice(QStringLiteral("s3_lifecycle"), c,
               words(QStringLiteral("S3 lifecycle rule: expire %1's access logs after %2 days"),
                     QStringLiteral("Regla de ciclo de vida en S3: borrar los logs de acceso de %1 a los %2 días"))
                   .arg(c.id).arg(assumption("logs_lifecycle_days")),
               words(QStringLiteral("Access logs older than that are gone (or move them to Glacier for a fraction of the "
                                    "price); set it on the logs bucket in Terraform (not expressed in the design yet)."),
                     QStringLiteral("Los logs de acceso más antiguos se pierden (o pásalos a Glacier por una fracción del "
                                    "precio); se configura en el bucket de logs con Terraform (el diseño aún no lo "
                                    "expresa).")),
               part->monthly * (1.0 - lifecycleMonths / kept));
    }
};

} // namespace

QString targetName(Target target)
{
    switch (target) {
    case Target::Component: return QStringLiteral("component");
    case Target::Connection: return QStringLiteral("connection");
    case Target::Design: return QStringLiteral("design");
    }
    return {};
}

Design applied(const Design& design, const std::vector<DesignEdit>& edits)
{
    Design result = design;
    const QString properties = QStringLiteral("properties.");
    const QString settings = QStringLiteral("settings.");
    for (const DesignEdit& e : edits) {
        if (e.target == Target::Component && e.key.startsWith(properties)) {
            if (Component* c = result.mutableComponent(e.id)) {
                const std::string key = e.key.mid(properties.size()).toStdString();
                if (e.value.is_null())
                    c->properties.erase(key);
                else
                    c->properties[key] = e.value;
            }
        } else if (e.target == Target::Design && e.key.startsWith(settings)) {
            const std::string key = e.key.mid(settings.size()).toStdString();
            if (e.value.is_null())
                result.settings.erase(key);
            else
                result.settings[key] = e.value;
        }
    }
    return result;
}

std::vector<CostOptimisation> suggest(const Design& design, const Catalog& catalog, const CostOptions& options)
{
    Optimiser optimiser{design, catalog, options, {}, nullptr, {}};
    optimiser.run();
    return optimiser.out;
}

double totalWith(const Design& design, const Catalog& catalog, const CostOptions& options, const QStringList& ids)
{
    std::vector<DesignEdit> edits;
    QStringList adviceKinds;
    for (const CostOptimisation& o : suggest(design, catalog, options)) {
        if (!ids.contains(o.id))
            continue;
        if (o.adviceOnly())
            adviceKinds << o.id;
        edits.insert(edits.end(), o.edits.begin(), o.edits.end());
    }
    const Design after = applied(design, edits);
    double total = CostEstimator::estimate(after, catalog, options).total;
    for (const CostOptimisation& o : suggest(after, catalog, options))
        if (adviceKinds.contains(o.id))
            total -= o.monthlySaving;
    return total;
}

} // namespace sky::CostOptimiser
