#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace sky {

struct Connection;

/// The connection protocols of FORMAT.md and what they mean.
namespace Protocols {

const QStringList& all();
bool isKnown(const QString& protocol);
/// Traffic flows over https, http, tcp and postgres; the rest are control-plane associations.
bool isTraffic(const QString& protocol);
/// The protocol's default port, if it has one (tcp and tls have none).
std::optional<int> defaultPort(const QString& protocol);
/// The port written on the connection, else the protocol's default.
std::optional<int> effectivePort(const Connection& connection);
/// The protocol as people write it, for diagrams and documents: "PostgreSQL", "AWS API",
/// else upper case ("HTTPS", "TLS").
QString displayName(const QString& protocol);

} // namespace Protocols
} // namespace sky
