#include "model/cost/CostAssumptions.h"

#include "model/DesignSettings.h"

#include <QHash>
#include <cmath>

namespace sky {

namespace {

struct Default {
    const char* key;
    double value;
    const char* unit;
    const char* description;
    const char* descriptionEs; ///< UTF-8
};

// Usage of an internal business web app (the challenge's inventory system); each one
// is listed in every report and can be overridden per design.
const Default kDefaults[] = {
    {"page_views_per_user_per_day", 20, "page views", "screens a daily user opens per day",
     "pantallas que abre al día cada usuario diario"},
    {"api_calls_per_page_view", 5, "requests", "API requests the React app makes per page view",
     "peticiones a la API que hace la app React por página vista"},
    {"cdn_requests_per_page_view", 4, "requests", "CloudFront requests per page view (HTML and assets the browser did not cache)",
     "peticiones a CloudFront por página vista (el HTML y los recursos que el navegador no tenía en caché)"},
    {"page_weight_kb", 400, "KB", "bytes CloudFront sends per page view, browser cache included",
     "bytes que envía CloudFront por página vista, contando la caché del navegador"},
    {"api_response_kb", 8, "KB", "average API response size",
     "tamaño medio de una respuesta de la API"},
    {"cdn_cache_hit_percent", 90, "%", "CloudFront requests answered from the edge cache (the rest reach S3)",
     "peticiones a CloudFront que se sirven desde la caché del edge (el resto llega a S3)"},
    {"rps_per_vcpu", 25, "requests/s", "API requests per second one vCPU of Django/Gunicorn serves at the scaling target",
     "peticiones por segundo a la API que atiende una vCPU de Django/Gunicorn en el objetivo de escalado"},
    {"peak_hours_per_day", 2, "h", "hours a day the service runs at its peak task count",
     "horas al día que el servicio funciona con el número de tareas de pico"},
    {"log_kb_per_request", 1, "KB", "application and access log lines per API request",
     "líneas de log de aplicación y de acceso por petición a la API"},
    {"log_gb_per_task_month", 0.3, "GB", "log volume per running task and month besides requests (start-up, health checks)",
     "volumen de logs por tarea en ejecución y mes, aparte de las peticiones (arranque, health checks)"},
    {"flow_log_gb_per_az_month", 0.5, "GB", "VPC flow log volume per availability zone and month without user traffic",
     "volumen de flow logs de la VPC por zona de disponibilidad y mes sin tráfico de usuarios"},
    {"flow_log_bytes_per_request", 200, "B", "VPC flow log volume per API request",
     "volumen de flow logs de la VPC por petición a la API"},
    {"log_months_kept_without_expiry", 12, "months", "how long logs pile up when retention is 'never expire'",
     "cuánto tiempo se acumulan los logs cuando la retención es «sin caducidad»"},
    {"image_size_mb", 400, "MB", "size of the API's Docker image",
     "tamaño de la imagen Docker de la API"},
    {"image_new_layers_percent", 10, "%", "share of an image that is new in each push (the rest are shared layers)",
     "parte de la imagen que es nueva en cada push (el resto son capas compartidas)"},
    {"deploys_per_month", 20, "deploys", "deployments per month (each pulls the image on every task)",
     "despliegues al mes (en cada uno, todas las tareas descargan la imagen)"},
    {"static_site_mb", 20, "MB", "React build kept in the static-site bucket",
     "build de React guardado en el bucket del sitio estático"},
    {"assets_bucket_gb", 5, "GB", "data in an 'assets' bucket",
     "datos en un bucket de tipo «assets»"},
    {"files_per_deploy", 100, "files", "objects uploaded to S3 per front-end deploy",
     "objetos subidos a S3 en cada despliegue del front-end"},
    {"nat_other_gb_month", 1, "GB", "other outbound traffic through NAT (package mirrors, third-party APIs)",
     "otro tráfico saliente a través del NAT (repositorios de paquetes, APIs de terceros)"},
    {"db_used_gb", 5, "GB", "data in the database",
     "datos en la base de datos"},
    {"db_daily_change_percent", 5, "%", "share of the database that changes per day (drives backup size)",
     "parte de la base de datos que cambia cada día (determina el tamaño de las copias)"},
    {"dns_queries_per_user_per_day", 10, "queries", "DNS queries per daily user that reach Route 53",
     "consultas DNS por usuario diario que llegan a Route 53"},
    {"waf_rules", 5, "rules", "rules in a WAF web ACL",
     "reglas en una web ACL de WAF"},
    {"access_log_bytes_per_request", 300, "B", "ALB access log per request (written to S3)",
     "log de acceso del ALB por petición (se escribe en S3)"},
    {"logs_bucket_months_kept", 12, "months", "how long access logs pile up in S3 without a lifecycle rule",
     "cuánto tiempo se acumulan los logs de acceso en S3 sin una regla de ciclo de vida"},
    {"logs_lifecycle_days", 90, "days", "expiry a lifecycle rule would set on access logs",
     "caducidad que fijaría una regla de ciclo de vida en los logs de acceso"},
    {"office_hours_per_week", 60, "h", "hours a week the app is in use (for scheduled scaling)",
     "horas a la semana que se usa la app (para el escalado programado)"},
    {"viewers_outside_na_eu_percent", 5, "%", "CloudFront traffic from outside North America and Europe",
     "tráfico de CloudFront desde fuera de Norteamérica y Europa"},
    {"other_edge_premium_percent", 40, "%", "how much dearer edges outside North America and Europe are",
     "cuánto más caros son los edges fuera de Norteamérica y Europa"},
    {"daily_users_per_db_gib", 1000, "users", "daily users one GiB of database memory serves comfortably",
     "usuarios diarios que atiende con holgura un GiB de memoria de la base de datos"},
};

QString q(const char* s) { return QString::fromUtf8(s); }

} // namespace

QString CostAssumptions::unitInSpanish(const QString& unit)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("page views"), QStringLiteral("páginas vistas")}, {QStringLiteral("requests"), QStringLiteral("peticiones")},
        {QStringLiteral("requests/s"), QStringLiteral("peticiones/s")}, {QStringLiteral("months"), QStringLiteral("meses")},
        {QStringLiteral("deploys"), QStringLiteral("despliegues")}, {QStringLiteral("files"), QStringLiteral("ficheros")},
        {QStringLiteral("queries"), QStringLiteral("consultas")}, {QStringLiteral("rules"), QStringLiteral("reglas")},
        {QStringLiteral("days"), QStringLiteral("días")}, {QStringLiteral("users"), QStringLiteral("usuarios")}};
    return words.value(unit, unit); // symbols (KB, GB, %, h) read the same
}

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
        {
            result.m_warnings << QStringLiteral("settings.cost_assumptions is not a map of numbers; ignored");
            result.m_warningsEs << QStringLiteral("settings.cost_assumptions no es un mapa de números; se ignora");
        }
    }
    const QStringList known = overridableKeys();
    for (const auto& [key, value] : overrides.items())
        if (!known.contains(QString::fromStdString(key))) {
            result.m_warnings << QStringLiteral("settings.cost_assumptions.%1: not a cost assumption; ignored (known: %2)")
                                     .arg(QString::fromStdString(key), known.join(QStringLiteral(", ")));
            result.m_warningsEs << QStringLiteral("settings.cost_assumptions.%1: no es un supuesto de coste; se ignora "
                                                 "(los conocidos: %2)")
                                       .arg(QString::fromStdString(key), known.join(QStringLiteral(", ")));
        }

    // An override wins over everything but --users, which exists to ask "what if".
    const auto add = [&](const QString& key, double value, const QString& unit, const QString& description,
                         const QString& source, const QString& descriptionEs) {
        CostAssumption a{key, value, unit, description, source, descriptionEs};
        const auto it = overrides.find(key.toStdString());
        if (it != overrides.end()) {
            const bool percent = unit == QLatin1String("%");
            if (!it->is_number() || it->is_boolean() || it->get<double>() < 0 || !std::isfinite(it->get<double>())
                || (percent && it->get<double>() > 100)) {
                result.m_warnings << QStringLiteral("settings.cost_assumptions.%1: expected a number %2, found %3; "
                                                    "the default is used")
                                         .arg(key, percent ? QStringLiteral("from 0 to 100") : QStringLiteral(">= 0"),
                                              QString::fromStdString(it->dump()));
                result.m_warningsEs << QStringLiteral("settings.cost_assumptions.%1: se esperaba un número %2 y hay %3; "
                                                      "se usa el valor por defecto")
                                           .arg(key, percent ? QStringLiteral("de 0 a 100") : QStringLiteral(">= 0"),
                                                QString::fromStdString(it->dump()));
            } else if (source != QLatin1String("--users")) {
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
        dailyUsers ? QStringLiteral("--users") : QStringLiteral("design settings (expected_daily_users)"),
        QStringLiteral("usuarios activos al día"));
    // The design states its peak for its own user count; other user counts scale it linearly.
    add(QStringLiteral("peak_rps_per_daily_user"), designUsers > 0 ? designPeak / designUsers : 0.2,
        QStringLiteral("requests/s"), QStringLiteral("peak API requests per second per daily user"),
        designUsers > 0 ? QStringLiteral("design settings (peak_requests_per_second / expected_daily_users)")
                        : QStringLiteral("default"),
        QStringLiteral("peticiones por segundo a la API en el pico, por usuario diario"));
    for (const Default& d : kDefaults)
        add(q(d.key), d.value, q(d.unit), q(d.description), QStringLiteral("default"), q(d.descriptionEs));
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
