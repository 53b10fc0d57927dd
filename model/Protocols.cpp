#include "model/Protocols.h"

#include "model/Connection.h"

namespace sky::Protocols {

const QStringList& all()
{
    static const QStringList protocols{QStringLiteral("https"), QStringLiteral("http"),
                                       QStringLiteral("tcp"),   QStringLiteral("postgres"),
                                       QStringLiteral("aws-api"), QStringLiteral("dns"),
                                       QStringLiteral("tls")};
    return protocols;
}

bool isKnown(const QString& protocol) { return all().contains(protocol); }

bool isTraffic(const QString& protocol)
{
    return protocol == QLatin1String("https") || protocol == QLatin1String("http")
        || protocol == QLatin1String("tcp") || protocol == QLatin1String("postgres");
}

std::optional<int> defaultPort(const QString& protocol)
{
    if (protocol == QLatin1String("https") || protocol == QLatin1String("aws-api"))
        return 443;
    if (protocol == QLatin1String("http"))
        return 80;
    if (protocol == QLatin1String("postgres"))
        return 5432;
    if (protocol == QLatin1String("dns"))
        return 53;
    return std::nullopt;
}

std::optional<int> effectivePort(const Connection& connection)
{
    return connection.port ? connection.port : defaultPort(connection.protocol);
}

QString displayName(const QString& protocol)
{
    if (protocol == QLatin1String("postgres"))
        return QStringLiteral("PostgreSQL");
    if (protocol == QLatin1String("aws-api"))
        return QStringLiteral("AWS API");
    return protocol.toUpper();
}

} // namespace sky::Protocols
