#include "model/cost/CostGrowth.h"

#include "model/Catalog.h"
#include "model/Design.h"
#include "model/cost/CostText.h"

#include <QRegularExpression>
#include <cmath>

namespace sky::CostGrowth {

namespace {

/// Memory of an RDS class in GiB, from its size (burstable t classes and m classes: 8 GiB at
/// large; r classes 16). 0 when the name has no known size.
double dbMemoryGib(const QString& cls)
{
    static const QRegularExpression shape(QStringLiteral("^db\\.([a-z])[a-z0-9]*\\.([0-9]*)(micro|small|medium|large|xlarge)$"));
    const QRegularExpressionMatch m = shape.match(cls);
    if (!m.hasMatch())
        return 0;
    const QString size = m.captured(3);
    double gib = size == QLatin1String("micro") ? 1 : size == QLatin1String("small") ? 2 : size == QLatin1String("medium") ? 4 : 8;
    if (size == QLatin1String("xlarge"))
        gib = 16 * (m.captured(2).isEmpty() ? 1 : m.captured(2).toDouble());
    if (m.captured(1) == QLatin1String("r"))
        gib *= 2;
    return gib;
}

} // namespace

const std::vector<int>& defaultSteps()
{
    static const std::vector<int> steps{50, 100, 250, 500, 1000, 5000, 10000};
    return steps;
}

std::vector<GrowthPoint> project(const Design& design, const Catalog& catalog, const CostOptions& options,
                                 const std::vector<int>& steps)
{
    std::vector<GrowthPoint> points;
    for (int users : steps) {
        CostOptions at = options;
        at.dailyUsers = users;
        const CostEstimate e = CostEstimator::estimate(design, catalog, at);
        GrowthPoint point;
        point.dailyUsers = users;
        point.monthly = e.total;
        point.services = e.services;
        for (const ServiceLoad& s : e.services) {
            if (!s.cappedByMax())
                continue;
            const Component* c = design.component(s.componentId);
            const double vcpu = catalog.effectiveProperty(*c, QStringLiteral("cpu")).get<double>() / 1024.0;
            const CostText advice =
                CostText{QStringLiteral("%1 needs %2 tasks at the peak of %3 requests/s but max_tasks is %4: raise max_tasks "
                                        "to %2, or give each task more than %5 vCPU"),
                         QStringLiteral("%1 necesita %2 tareas en el pico de %3 peticiones/s, pero max_tasks es %4: sube "
                                        "max_tasks a %2 o da a cada tarea más de %5 vCPU")}
                    .arg(s.componentId)
                    .arg(s.tasksNeededAtPeak)
                    .arg(QString::number(s.peakRequestsPerSecond, 'f', 0))
                    .arg(s.maxTasks)
                    .arg(QString::number(vcpu, 'g', 3));
            point.advice << advice.en;
            point.adviceEs << advice.es;
        }
        double perGib = 1000;
        for (const CostAssumption& a : e.assumptions)
            if (a.key == QLatin1String("daily_users_per_db_gib"))
                perGib = a.value;
        for (const Component& c : design.components()) {
            if (c.type != QLatin1String("rds_postgres"))
                continue;
            const Json cls = catalog.effectiveProperty(c, QStringLiteral("instance_class"));
            const double gib = cls.is_string() ? dbMemoryGib(QString::fromStdString(cls.get<std::string>())) : 0;
            if (gib > 0 && users > gib * perGib) {
                const CostText advice =
                    CostText{QStringLiteral("%1: %2 (%3 GiB) is small for %4 daily users; load-test it and plan a larger "
                                            "class (about %5 GiB of memory)"),
                             QStringLiteral("%1: %2 (%3 GiB) se queda corta para %4 usuarios diarios; hazle pruebas de carga "
                                            "y planifica una clase mayor (unos %5 GiB de memoria)")}
                        .arg(c.id, QString::fromStdString(cls.get<std::string>()), QString::number(gib))
                        .arg(users)
                        .arg(QString::number(std::ceil(users / perGib)));
                point.advice << advice.en;
                point.adviceEs << advice.es;
            }
        }
        points.push_back(point);
    }
    return points;
}

} // namespace sky::CostGrowth
