#include "model/ConnectionDefaults.h"

#include "model/Catalog.h"
#include "model/Component.h"

#include <QStringList>

namespace sky::ConnectionDefaults {

ConnectionDefault forPair(const Catalog& catalog, const Component& from, const Component& to)
{
    const QString& a = from.type;
    const QString& b = to.type;
    const auto is = [](const QString& type, std::initializer_list<const char*> types) {
        for (const char* t : types)
            if (type == QLatin1String(t))
                return true;
        return false;
    };
    const bool edge = is(b, {"alb", "cloudfront"});
    if (a == QLatin1String("alb") && b == QLatin1String("ecs_fargate_service")) {
        const Json port = catalog.effectiveProperty(to, QStringLiteral("container_port"));
        return {QStringLiteral("http"), port.is_number_integer() ? std::optional(port.get<int>()) : std::optional(80)};
    }
    if (a == QLatin1String("ecs_fargate_service") && b == QLatin1String("rds_postgres"))
        return {QStringLiteral("postgres"), 5432};
    if (a == QLatin1String("cloudfront") && b == QLatin1String("s3_bucket"))
        return {QStringLiteral("https"), 443};
    if (a == QLatin1String("users") && edge)
        return {QStringLiteral("https"), 443};
    if (a == QLatin1String("acm_certificate") && edge)
        return {QStringLiteral("tls"), std::nullopt};
    if (a == QLatin1String("route53_zone") && edge)
        return {QStringLiteral("dns"), std::nullopt};
    if (a == QLatin1String("users") && b == QLatin1String("route53_zone"))
        return {QStringLiteral("dns"), std::nullopt};
    if (a == QLatin1String("ecs_fargate_service") && is(b, {"ecr_repository", "cloudwatch", "secrets_manager_secret"}))
        return {QStringLiteral("aws-api"), std::nullopt};
    if (a == QLatin1String("github_actions") && is(b, {"ecr_repository", "ecs_fargate_service"}))
        return {QStringLiteral("aws-api"), std::nullopt};
    return {QStringLiteral("https"), 443};
}

} // namespace sky::ConnectionDefaults
