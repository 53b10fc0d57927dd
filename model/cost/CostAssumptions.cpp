#include "model/cost/CostAssumptions.h"

#include "model/DesignSettings.h"

#include <cmath>

namespace sky {

namespace {

struct Default {
    const char* key;
    double value;
    const char* unit;
    const char* description;
};

// Usage of an internal business web app (the challenge's inventory system); each one
// is listed in every report and can be overridden per design.
const Default kDefaults[] = {
    {"page_views_per_user_per_day", 20, "page views", "screens a daily user opens per day"},
    {"api_calls_per_page_view", 5, "requests", "API requests the React app makes per page view"},
    {"cdn_requests_per_page_view", 4, "requests", "CloudFront requests per page view (HTML and assets the browser did not cache)"},
    {"page_weight_kb", 400, "KB", "bytes CloudFront sends per page view, browser cache included"},
    {"api_response_kb", 8, "KB", "average API response size"},
    {"cdn_cache_hit_percent", 90, "%", "CloudFront requests answered from the edge cache (the rest reach S3)"},
    {"rps_per_vcpu", 25, "requests/s", "API requests per second one vCPU of Django/Gunicorn serves at the scaling target"},
    {"peak_hours_per_day", 2, "h", "hours a day the service runs at its peak task count"},
    {"log_kb_per_request", 1, "KB", "application and access log lines per API request"},
    {"log_gb_per_task_month", 0.3, "GB", "log volume per running task and month besides requests (start-up, health checks)"},
    {"flow_log_gb_per_az_month", 0.5, "GB", "VPC flow log volume per availability zone and month without user traffic"},
    {"flow_log_bytes_per_request", 200, "B", "VPC flow log volume per API request"},
    {"log_months_kept_without_expiry", 12, "months", "how long logs pile up when retention is 'never expire'"},
    {"image_size_mb", 400, "MB", "size of the API's Docker image"},
    {"image_new_layers_percent", 10, "%", "share of an image that is new in each push (the rest are shared layers)"},
    {"deploys_per_month", 20, "deploys", "deployments per month (each pulls the image on every task)"},
    {"static_site_mb", 20, "MB", "React build kept in the static-site bucket"},
    {"assets_bucket_gb", 5, "GB", "data in an 'assets' bucket"},
    {"files_per_deploy", 100, "files", "objects uploaded to S3 per front-end deploy"},
    {"nat_other_gb_month", 1, "GB", "other outbound traffic through NAT (package mirrors, third-party APIs)"},
    {"db_used_gb", 5, "GB", "data in the database"},
    {"db_daily_change_percent", 5, "%", "share of the database that changes per day (drives backup size)"},
    {"dns_queries_per_user_per_day", 10, "queries", "DNS queries per daily user that reach Route 53"},
    {"waf_rules", 5, "rules", "rules in a WAF web ACL"},
    {"access_log_bytes_per_request", 300, "B", "ALB access log per request (written to S3)"},
    {"logs_bucket_months_kept", 12, "months", "how long access logs pile up in S3 without a lifecycle rule"},
    {"logs_lifecycle_days", 90, "days", "expiry a lifecycle rule would set on access logs"},
    {"office_hours_per_week", 60, "h", "hours a week the app is in use (for scheduled scaling)"},
    {"viewers_outside_na_eu_percent", 5, "%", "CloudFront traffic from outside North America and Europe"},
    {"other_edge_premium_percent", 40, "%", "how much dearer edges outside North America and Europe are"},
    {"daily_users_per_db_gib", 1000, "users", "daily users one GiB of database memory serves comfortably"},
};

QString q(const char* s) { return QString::fromLatin1(s); }

} // namespace

QStringList CostAssumptions::overridableKeys()
{
    QStringList keys{QStringLiteral("daily_users"), QStringLiteral("peak_rps_per_daily_user")};
    for (const Default& d : kDefaults)
        keys << q(d.key);
    return keys;
}

CostAssumptions CostAssumptions::fromDesign(const Design& design, std::optional<int> dailyUsers)
{
    CostAssumptions result;
    Json overrides = Json::object();
    if (const auto it = design.settings.find("cost_assumptions"); it != design.settings.end()) {
        if (it->is_object())
            overrides = *it;
        else
            result.m_warnings << QStringLiteral("settings.cost_assumptions is not a map of numbers; ignored");
    }
    const QStringList known = overridableKeys();
    for (const auto& [key, value] : overrides.items())
        if (!known.contains(QString::fromStdString(key)))
            result.m_warnings << QStringLiteral("settings.cost_assumptions.%1: not a cost assumption; ignored (known: %2)")
                                     .arg(QString::fromStdString(key), known.join(QStringLiteral(", ")));

    // An override wins over everything but --users, which exists to ask "what if".
    const auto add = [&](const QString& key, double value, const QString& unit, const QString& description,
                         const QString& source) {
        CostAssumption a{key, value, unit, description, source};
        const auto it = overrides.find(key.toStdString());
        if (it != overrides.end()) {
            const bool percent = unit == QLatin1String("%");
            if (!it->is_number() || it->is_boolean() || it->get<double>() < 0 || !std::isfinite(it->get<double>())
                || (percent && it->get<double>() > 100))
                result.m_warnings << QStringLiteral("settings.cost_assumptions.%1: expected a number %2, found %3; "
                                                    "the default is used")
                                         .arg(key, percent ? QStringLiteral("from 0 to 100") : QStringLiteral(">= 0"),
                                              QString::fromStdString(it->dump()));
            else if (source != QLatin1String("--users")) {
                a.value = it->get<double>();
                a.source = QStringLiteral("settings.cost_assumptions");
            }
        }
        result.m_items.push_back(a);
    };

    const int designUsers = DesignSettings::expectedDailyUsers(design);
    const double designPeak = DesignSettings::peakRequestsPerSecond(design);
    add(QStringLiteral("daily_users"), dailyUsers ? *dailyUsers : designUsers, QStringLiteral("users"),
        QStringLiteral("daily active users"),
        dailyUsers ? QStringLiteral("--users") : QStringLiteral("design settings (expected_daily_users)"));
    // The design states its peak for its own user count; other user counts scale it linearly.
    add(QStringLiteral("peak_rps_per_daily_user"), designUsers > 0 ? designPeak / designUsers : 0.2,
        QStringLiteral("requests/s"), QStringLiteral("peak API requests per second per daily user"),
        designUsers > 0 ? QStringLiteral("design settings (peak_requests_per_second / expected_daily_users)")
                        : QStringLiteral("default"));
    for (const Default& d : kDefaults)
        add(q(d.key), d.value, q(d.unit), q(d.description), QStringLiteral("default"));
    return result;
}

double CostAssumptions::value(const QString& key) const
{
    for (const CostAssumption& a : m_items)
        if (a.key == key)
            return a.value;
    Q_ASSERT_X(false, "CostAssumptions::value", qPrintable(key));
    return 0;
}

} // namespace sky
