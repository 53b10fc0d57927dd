#include "model/validation/Validator.h"

#include "model/Catalog.h"
#include "model/DesignSettings.h"
#include "model/validation/Primitives.h"
#include "model/validation/RuleSet.h"
#include "model/validation/ValidationContext.h"

#include <QSet>

namespace sky::Validator {

namespace {

/// Fills a message template; unknown placeholders stay as written.
QString fill(const QString& pattern, const QHash<QString, QString>& vars)
{
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == QLatin1Char('{')) {
            const qsizetype end = pattern.indexOf(QLatin1Char('}'), i + 1);
            if (end > i) {
                const auto it = vars.constFind(pattern.mid(i + 1, end - i - 1));
                if (it != vars.constEnd()) {
                    out += *it;
                    i = end;
                    continue;
                }
            }
        }
        out += pattern[i];
    }
    return out;
}

Finding toFinding(const ValidationContext& ctx, const Rule& rule, const CheckHit& hit, bool development)
{
    Finding f;
    f.rule = rule.id;
    f.severity = rule.ha && development ? Severity::Low : rule.severity;
    f.fix = rule.fix;
    f.references = rule.references;
    QHash<QString, QString> vars;
    if (hit.component >= 0) {
        const Component& c = ctx.component(hit.component);
        f.componentId = c.id;
        vars.insert(QStringLiteral("id"), c.id);
        vars.insert(QStringLiteral("name"), ctx.catalog().displayName(c));
        vars.insert(QStringLiteral("type"), c.type);
    } else {
        vars.insert(QStringLiteral("id"), QStringLiteral("the design"));
        vars.insert(QStringLiteral("name"), ctx.design().name);
        vars.insert(QStringLiteral("type"), QStringLiteral("design"));
    }
    if (hit.connection >= 0) {
        const Connection& c = ctx.connection(hit.connection);
        f.connectionId = c.id;
        vars.insert(QStringLiteral("connection"), c.id);
        vars.insert(QStringLiteral("protocol"), c.protocol);
    }
    for (int p : hit.path)
        f.path << ctx.component(p).id;
    vars.insert(QStringLiteral("path"), f.path.join(QStringLiteral(" → ")));
    vars.insert(QStringLiteral("detail"), hit.detail);
    vars.insert(QStringLiteral("key"), hit.key);
    vars.insert(QStringLiteral("value"), hit.value);
    vars.insert(QStringLiteral("expected"), hit.expected);
    vars.insert(QStringLiteral("peer"), hit.peer);
    f.message = fill(hit.message.isEmpty() ? rule.message : hit.message, vars);
    return f;
}

} // namespace

std::vector<Finding> validate(const Design& design, const RuleSet& rules)
{
    return validate(design, rules, Catalog::builtin());
}

std::vector<Finding> validate(const Design& design, const RuleSet& rules, const Catalog& catalog)
{
    const ValidationContext ctx(design, catalog);
    const bool development = DesignSettings::isDevelopment(design);
    std::vector<Finding> findings;
    std::vector<CheckHit> hits;
    for (const Rule& rule : rules.rules()) {
        hits.clear();
        for (const RuleCheck& check : rule.checks)
            Primitives::run(ctx, check, hits);
        // One finding per rule, component and connection: a rule whose checks see the same
        // problem twice (a direct connection and the path through it) says it once, with the path.
        QHash<QString, size_t> seen;
        const size_t first = findings.size();
        for (const CheckHit& hit : hits) {
            Finding f = toFinding(ctx, rule, hit, development);
            const QString key = f.componentId + QLatin1Char('\n') + f.connectionId + QLatin1Char('\n')
                + (f.connectionId.isEmpty() ? f.message : QString());
            const auto it = seen.constFind(key);
            if (it != seen.constEnd()) {
                if (findings[*it].path.size() < f.path.size())
                    findings[*it] = std::move(f);
                continue;
            }
            seen.insert(key, findings.size());
            findings.push_back(std::move(f));
        }
        for (size_t k = first; k < findings.size(); ++k) {
            Finding& f = findings[k];
            if (f.componentId.isEmpty())
                continue;
            if (const Component* c = design.component(f.componentId))
                for (const Suppression& s : c->suppressions)
                    if (s.rule == f.rule) {
                        f.suppressed = true;
                        f.suppressionReason = s.reason;
                        break;
                    }
        }
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
    return findings;
}

bool hasUnsuppressedAtOrAbove(const std::vector<Finding>& findings, Severity threshold)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return !f.suppressed && int(f.severity) >= int(threshold); });
}

} // namespace sky::Validator
