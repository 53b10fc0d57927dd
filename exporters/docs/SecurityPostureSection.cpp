#include "exporters/docs/SecurityPostureSection.h"

#include "exporters/docs/DocText.h"
#include "model/Catalog.h"
#include "model/Design.h"
#include "model/validation/RuleSet.h"
#include "model/validation/Validator.h"

#include <QSet>

namespace sky {

namespace {

struct Phrases {
    QString heading, intro, clean, findingsHeading, findingsTable, suppressedHeading, suppressedTable,
        passingHeading, passingIntro, design;
};

const Phrases& phrases(bool spanish)
{
    static const Phrases en{
        QStringLiteral("## Security posture"),
        QStringLiteral("Skyforge checked the design against %1 rules (security and architecture, anchored in checkov and "
                       "Trivy where a public engine has the same check). `skyforge check` gives the same result in CI, "
                       "also as SARIF for GitHub code scanning."),
        QStringLiteral("No open finding: every rule passes or was accepted with a recorded reason."),
        QStringLiteral("### Open findings"),
        QStringLiteral("| Severity | Rule | Component | What is wrong | Fix |\n|---|---|---|---|---|"),
        QStringLiteral("### Accepted findings (suppressions)"),
        QStringLiteral("| Rule | Component | Reason |\n|---|---|---|"),
        QStringLiteral("### Rules that pass"),
        QStringLiteral("%1 of %2 rules find nothing:"),
        QStringLiteral("(design)")};
    static const Phrases es{
        QStringLiteral("## Postura de seguridad"),
        QStringLiteral("Skyforge ha revisado el diseño con %1 reglas de seguridad y arquitectura (alineadas con checkov y "
                       "Trivy cuando un motor público comprueba lo mismo). `skyforge check` da el mismo resultado en la "
                       "integración continua, también en SARIF para GitHub code scanning."),
        QStringLiteral("No hay hallazgos abiertos: todas las reglas se cumplen o se aceptaron con un motivo registrado."),
        QStringLiteral("### Hallazgos abiertos"),
        QStringLiteral("| Severidad | Regla | Componente | Qué falla | Cómo corregirlo |\n|---|---|---|---|---|"),
        QStringLiteral("### Hallazgos aceptados (supresiones)"),
        QStringLiteral("| Regla | Componente | Motivo |\n|---|---|---|"),
        QStringLiteral("### Reglas que se cumplen"),
        QStringLiteral("%1 de %2 reglas no encuentran nada:"),
        QStringLiteral("(diseño)")};
    return spanish ? es : en;
}

QString severityLabel(Severity s, bool spanish)
{
    if (!spanish)
        return severityName(s);
    switch (s) {
    case Severity::Low: return QStringLiteral("baja");
    case Severity::Medium: return QStringLiteral("media");
    case Severity::High: return QStringLiteral("alta");
    case Severity::Critical: return QStringLiteral("crítica");
    }
    return {};
}

} // namespace

QString SecurityPostureSection::markdown(const DocContext& context) const
{
    const Phrases& p = phrases(context.spanish());
    const RuleSet& rules = RuleSet::builtin();
    const std::vector<Finding> findings = Validator::validate(context.design, rules, context.catalog);
    const auto where = [&](const Finding& f) {
        if (f.componentId.isEmpty())
            return p.design;
        const Component* c = context.design.component(f.componentId);
        return DocText::md(c ? context.catalog.displayName(*c) : f.componentId);
    };
    QString out = p.heading + QStringLiteral("\n\n") + DocText::fill(p.intro, {QString::number(rules.rules().size())})
        + QStringLiteral("\n\n");
    QString open;
    QString accepted;
    QSet<QString> firing;
    for (const Finding& f : findings) {
        firing.insert(f.rule);
        if (f.suppressed)
            accepted += QStringLiteral("| %1 | %2 | %3 |\n").arg(f.rule, where(f), DocText::md(f.suppressionReason));
        else
            open += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                        .arg(severityLabel(f.severity, context.spanish()), f.rule, where(f), DocText::md(f.message),
                             DocText::md(f.fix));
    }
    out += p.findingsHeading + QStringLiteral("\n\n");
    out += open.isEmpty() ? p.clean + QStringLiteral("\n\n") : p.findingsTable + QLatin1Char('\n') + open + QLatin1Char('\n');
    if (!accepted.isEmpty())
        out += p.suppressedHeading + QStringLiteral("\n\n") + p.suppressedTable + QLatin1Char('\n') + accepted + QLatin1Char('\n');
    QStringList passing;
    for (const Rule& r : rules.rules())
        if (!firing.contains(r.id))
            passing << QStringLiteral("- %1 — %2").arg(r.id, DocText::md(r.title));
    out += p.passingHeading + QStringLiteral("\n\n")
        + DocText::fill(p.passingIntro, {QString::number(passing.size()), QString::number(rules.rules().size())})
        + QStringLiteral("\n\n") + passing.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    return out;
}

} // namespace sky
