#include "exporters/docs/CostSection.h"

#include "exporters/docs/DocText.h"
#include "model/Catalog.h"
#include "model/Design.h"
#include "model/cost/CostGrowth.h"
#include "model/cost/CostOptimiser.h"
#include "model/cost/CostEstimator.h"
#include "model/cost/CostReport.h"

namespace sky {

namespace {

struct Phrases {
    QString heading, intro, itemsTable, total, growthHeading, growthTable, optimisationsHeading, optimisationsIntro,
        optimisationsTable, none, advice, edit, assumptionsHeading, failed, basisNote;
};

const Phrases& phrases(bool spanish)
{
    static const Phrases en{
        QStringLiteral("## Cost"),
        QStringLiteral("On-demand list prices of %1 (as of %2), for %3 daily users; every figure shows how it was "
                       "reached, so a reader can check it. `skyforge cost` prints the same estimate."),
        QStringLiteral("| Component | Monthly (USD) | Basis |\n|---|---:|---|"),
        QStringLiteral("| **Total** | **%1** | |"),
        QStringLiteral("### As the user base grows"),
        QStringLiteral("| Daily users | Monthly (USD) | What to change first |\n|---:|---:|---|"),
        QStringLiteral("### Optimisations for the initial stage"),
        QStringLiteral("While the users are few, these changes save money; each says what it costs in risk."),
        QStringLiteral("| Optimisation | Saving per month (USD) | Trade-off | How |\n|---|---:|---|---|"),
        QStringLiteral("None applies: the design is already sized for a small start."),
        QStringLiteral("advice"),
        QStringLiteral("design change"),
        QStringLiteral("### Assumptions"),
        QStringLiteral("The estimate could not be made: %1"),
        QStringLiteral("")};
    static const Phrases es{
        QStringLiteral("## Costes"),
        QStringLiteral("Precios de lista bajo demanda de %1 (a fecha de %2), para %3 usuarios diarios; cada cifra "
                       "muestra cómo se calcula para que cualquiera pueda comprobarla. `skyforge cost` da la misma "
                       "estimación."),
        QStringLiteral("| Componente | Mensual (USD) | Cálculo |\n|---|---:|---|"),
        QStringLiteral("| **Total** | **%1** | |"),
        QStringLiteral("### Crecimiento de usuarios"),
        QStringLiteral("| Usuarios diarios | Mensual (USD) | Qué cambiar primero |\n|---:|---:|---|"),
        QStringLiteral("### Optimizaciones para la etapa inicial"),
        QStringLiteral("Mientras haya pocos usuarios, estos cambios ahorran dinero; cada uno indica el riesgo que "
                       "asume."),
        QStringLiteral("| Optimización | Ahorro mensual (USD) | Compromiso | Cómo |\n|---|---:|---|---|"),
        QStringLiteral("Ninguna aplica: el diseño ya está dimensionado para empezar en pequeño."),
        QStringLiteral("recomendación"),
        QStringLiteral("cambio en el diseño"),
        QStringLiteral("### Supuestos"),
        QStringLiteral("No se pudo estimar el coste: %1"),
        QStringLiteral("")};
    return spanish ? es : en;
}

QString money(double amount) { return QString::number(CostReport::cents(amount), 'f', 2); }

} // namespace

QString CostSection::markdown(const DocContext& context) const
{
    const bool spanish = context.spanish();
    const Phrases& p = phrases(spanish);
    const CostEstimate estimate = CostEstimator::estimate(context.design, context.catalog);
    QString out = p.heading + QStringLiteral("\n\n");
    if (!estimate.ok())
        return out + DocText::fill(p.failed, {DocText::md(estimate.error)}) + QStringLiteral("\n\n");
    out += DocText::fill(p.intro, {estimate.priceRegion, estimate.asOf, QString::number(estimate.dailyUsers)})
        + QStringLiteral("\n\n") + p.itemsTable + QLatin1Char('\n');
    double total = 0;
    for (const CostItem& item : estimate.items) {
        total += CostReport::cents(item.monthly);
        out += QStringLiteral("| %1 | %2 | %3 |\n").arg(DocText::md(item.name), money(item.monthly), DocText::md(item.basis(spanish)));
    }
    out += DocText::fill(p.total, {money(total)}) + QStringLiteral("\n\n");

    out += p.growthHeading + QStringLiteral("\n\n") + p.growthTable + QLatin1Char('\n');
    for (const GrowthPoint& g : CostGrowth::project(context.design, context.catalog))
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(QString::number(g.dailyUsers), money(g.monthly), DocText::md((spanish ? g.adviceEs : g.advice).join(QStringLiteral("; "))));
    out += QLatin1Char('\n');

    out += p.optimisationsHeading + QStringLiteral("\n\n");
    const auto optimisations = CostOptimiser::suggest(context.design, context.catalog);
    if (optimisations.empty()) {
        out += p.none + QStringLiteral("\n\n");
    } else {
        out += p.optimisationsIntro + QStringLiteral("\n\n") + p.optimisationsTable + QLatin1Char('\n');
        for (const CostOptimisation& o : optimisations)
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(DocText::md(spanish ? o.titleEs : o.title), money(o.monthlySaving),
                            DocText::md(spanish ? o.tradeoffEs : o.tradeoff),
                            o.adviceOnly() ? p.advice : p.edit);
        out += QLatin1Char('\n');
    }
    out += p.assumptionsHeading + QStringLiteral("\n\n");
    for (const CostAssumption& a : estimate.assumptions) {
        const QString unit = spanish ? CostAssumptions::unitInSpanish(a.unit) : a.unit;
        const QString description = spanish ? a.descriptionEs : a.description;
        out += QStringLiteral("- `%1` = %2%3\n").arg(a.key, DocText::md(QString::number(a.value, 'g', 6) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit)), description.isEmpty() ? QString() : QStringLiteral(" — ") + DocText::md(description));
    }
    for (const QString& w : spanish ? estimate.warningsEs : estimate.warnings)
        out += QStringLiteral("- ⚠ %1\n").arg(DocText::md(w));
    return out + QLatin1Char('\n');
}

} // namespace sky
