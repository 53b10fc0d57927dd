#include "model/DesignSettings.h"

#include "model/Catalog.h"

#include <algorithm>

namespace sky::DesignSettings {

namespace {

QString text(const Design& design, const char* key, const char* fallback)
{
    const auto it = design.settings.find(key);
    if (it != design.settings.end() && it->is_string())
        return QString::fromStdString(it->get<std::string>());
    return QString::fromLatin1(fallback);
}

double number(const Design& design, const char* key, double fallback)
{
    const auto it = design.settings.find(key);
    if (it != design.settings.end() && it->is_number())
        return it->get<double>();
    return fallback;
}

} // namespace

QString environment(const Design& design) { return text(design, "environment", "production"); }
int expectedDailyUsers(const Design& design)
{
    // Out-of-range values load with a warning; converting them to int unclamped is UB.
    return int(std::clamp(number(design, "expected_daily_users", 100), 0.0, 2e9));
}
double peakRequestsPerSecond(const Design& design) { return number(design, "peak_requests_per_second", 20); }
QString appDomain(const Design& design) { return text(design, "app_domain", "app.example.com"); }
QString apiDomain(const Design& design) { return text(design, "api_domain", "api.example.com"); }
bool isDevelopment(const Design& design) { return environment(design) == QLatin1String("development"); }

QMap<QString, QString> tags(const Design& design)
{
    QMap<QString, QString> result;
    const auto it = design.settings.find("tags");
    if (it != design.settings.end() && it->is_object())
        for (const auto& [k, v] : it->items())
            if (v.is_string())
                result.insert(QString::fromStdString(k), QString::fromStdString(v.get<std::string>()));
    return result;
}

QString checkValue(const QString& key, const Json& value)
{
    PropertySpec spec;
    if (key == QLatin1String("environment")) {
        spec.kind = PropertyKind::Enum;
        spec.allowedValues = Json::array({"production", "staging", "development"});
    } else if (key == QLatin1String("expected_daily_users")) {
        spec.kind = PropertyKind::Int;
        spec.minimum = 0;
        spec.maximum = 1e9;
    } else if (key == QLatin1String("peak_requests_per_second")) {
        spec.kind = PropertyKind::Number;
        spec.minimum = 0;
        spec.maximum = 1e9;
    } else if (key == QLatin1String("app_domain") || key == QLatin1String("api_domain")) {
        spec.kind = PropertyKind::Domain;
    } else if (key == QLatin1String("tags")) {
        if (!value.is_object())
            return QStringLiteral("expected a map of text values");
        for (const auto& [k, v] : value.items())
            if (!v.is_string())
                return QStringLiteral("tag '%1' must be text").arg(QString::fromStdString(k));
        return {};
    } else {
        return {}; // other keys (cost assumptions and the like) are checked by their readers
    }
    return Catalog::checkValue(spec, value);
}

} // namespace sky::DesignSettings
