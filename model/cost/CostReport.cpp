#include "model/cost/CostReport.h"

#include "model/Regions.h"

#include <QTextStream>
#include <cmath>

namespace sky::CostReport {

namespace {

std::string s(const QString& text) { return text.toStdString(); }

Json services(const std::vector<ServiceLoad>& loads)
{
    Json array = Json::array();
    for (const ServiceLoad& l : loads)
        array.push_back({{"component", s(l.componentId)},
                         {"peak_requests_per_second", std::round(l.peakRequestsPerSecond * 100) / 100},
                         {"tasks_needed_at_peak", l.tasksNeededAtPeak},
                         {"base_tasks", l.baseTasks},
                         {"peak_tasks", l.peakTasks},
                         {"max_tasks", l.maxTasks}});
    return array;
}

QString pad(const QString& text, int width) { return text.leftJustified(width, QLatin1Char(' ')); }
QString padLeft(const QString& text, int width) { return text.rightJustified(width, QLatin1Char(' ')); }

} // namespace

double cents(double amount) { return std::round(amount * 100.0) / 100.0; }

Json toJson(const CostEstimate& e, const std::vector<GrowthPoint>& growth, const std::vector<CostOptimisation>& optimisations)
{
    Json items = Json::array();
    double total = 0;
    for (const CostItem& i : e.items) {
        Json parts = Json::array();
        for (const CostPart& p : i.parts)
            parts.push_back({{"label", s(p.label)}, {"monthly", cents(p.monthly)}, {"basis", s(p.basis)}});
        items.push_back({{"component", s(i.componentId)},
                         {"name", s(i.name)},
                         {"type", s(i.type)},
                         {"category", s(i.category)},
                         {"monthly", cents(i.monthly)},
                         {"basis", s(i.basis())},
                         {"parts", parts}});
        total += cents(i.monthly);
    }
    Json assumptions = Json::array();
    for (const CostAssumption& a : e.assumptions)
        assumptions.push_back({{"key", s(a.key)}, {"value", a.value}, {"unit", s(a.unit)},
                               {"description", s(a.description)}, {"source", s(a.source)}});
    Json warnings = Json::array();
    for (const QString& w : e.warnings)
        warnings.push_back(s(w));
    Json growthJson = Json::array();
    for (const GrowthPoint& g : growth) {
        Json advice = Json::array();
        for (const QString& a : g.advice)
            advice.push_back(s(a));
        growthJson.push_back({{"daily_users", g.dailyUsers}, {"monthly_total", cents(g.monthly)},
                              {"services", services(g.services)}, {"advice", advice}});
    }
    Json optimisationsJson = Json::array();
    for (const CostOptimisation& o : optimisations) {
        Json edits = Json::array();
        for (const DesignEdit& d : o.edits)
            edits.push_back({{"target", s(CostOptimiser::targetName(d.target))}, {"id", s(d.id)}, {"key", s(d.key)}, {"value", d.value}});
        optimisationsJson.push_back({{"id", s(o.id)}, {"kind", s(o.kind)}, {"component", s(o.componentId)},
                                     {"title", s(o.title)}, {"monthly_saving", cents(o.monthlySaving)},
                                     {"tradeoff", s(o.tradeoff)}, {"advice_only", o.adviceOnly()}, {"edits", edits}});
    }
    return {{"currency", s(e.currency)},
            {"region", s(e.region)},
            {"price_region", s(e.priceRegion)},
            {"prices_as_of", s(e.asOf)},
            {"daily_users", e.dailyUsers},
            {"monthly_total", cents(total)},
            {"items", items},
            {"services", services(e.services)},
            {"assumptions", assumptions},
            {"warnings", warnings},
            {"growth", growthJson},
            {"optimisations", optimisationsJson}};
}

QString toText(const QString& designName, const CostEstimate& e, const std::vector<GrowthPoint>& growth,
               const std::vector<CostOptimisation>& optimisations)
{
    QString result;
    QTextStream out(&result);
    const auto money = [](double v) { return CostEstimator::money(v); };
    out << "Monthly cost estimate: " << designName << "\n";
    out << "Region " << e.region << " (" << Regions::displayName(e.region) << "), prices of " << e.priceRegion << " as of "
        << e.asOf << ", " << e.currency << ", " << e.dailyUsers << " daily users, 730 hours a month\n";
    for (const QString& w : e.warnings)
        out << "warning: " << w << "\n";
    out << "\n";
    int width = 10;
    for (const CostItem& i : e.items)
        width = std::max(width, int(i.componentId.size()) + 2);
    for (const CostItem& i : e.items) {
        out << pad(i.componentId, width) << padLeft(money(i.monthly), 10) << "  " << i.name << "\n";
        for (const CostPart& p : i.parts)
            out << pad(QString(), width + 12) << pad(p.label + QLatin1Char(':'), 18) << padLeft(money(p.monthly), 9) << "  " << p.basis << "\n";
    }
    double total = 0;
    for (const CostItem& i : e.items)
        total += cents(i.monthly);
    out << pad(QStringLiteral("Total"), width) << padLeft(money(total), 10) << "  per month\n\n";

    out << "Assumptions (override any with settings.cost_assumptions.<key> in the design)\n";
    for (const CostAssumption& a : e.assumptions)
        out << "  " << pad(a.key, 32) << padLeft(QString::number(a.value, 'g', 6), 10) << " " << pad(a.unit, 11) << a.description
            << (a.source == QLatin1String("default") ? QString() : QStringLiteral(" [%1]").arg(a.source)) << "\n";

    if (!growth.empty()) {
        out << "\nGrowth (monthly cost by daily users)\n";
        out << "  " << padLeft(QStringLiteral("users"), 8) << padLeft(QStringLiteral("monthly"), 12) << "  tasks at peak (needed / max)\n";
        for (const GrowthPoint& g : growth) {
            QStringList tasks;
            for (const ServiceLoad& s : g.services)
                tasks << QStringLiteral("%1 %2 (%3 / %4)").arg(s.componentId).arg(s.peakTasks).arg(s.tasksNeededAtPeak).arg(s.maxTasks);
            out << "  " << padLeft(QString::number(g.dailyUsers), 8) << padLeft(money(g.monthly), 12) << "  " << tasks.join(QStringLiteral(", ")) << "\n";
            for (const QString& a : g.advice)
                out << "  " << pad(QString(), 22) << "advice: " << a << "\n";
        }
    }

    out << "\nOptimisations for the initial stage\n";
    if (optimisations.empty())
        out << "  none apply to this design\n";
    for (const CostOptimisation& o : optimisations) {
        out << "  - " << o.title << ": saves " << money(o.monthlySaving) << "/month" << (o.adviceOnly() ? " (advice)" : "") << "\n";
        out << "      trade-off: " << o.tradeoff << "\n";
        for (const DesignEdit& d : o.edits)
            out << "      edit: " << d.id << " " << d.key << " = " << QString::fromStdString(d.value.dump()) << "\n";
    }
    return result;
}

} // namespace sky::CostReport
