#pragma once

#include <QString>
#include <optional>

namespace sky {

/// How bad a finding is (RULES.md); ordered so that a higher value is worse.
enum class Severity { Low = 0, Medium = 1, High = 2, Critical = 3 };

inline QString severityName(Severity s)
{
    switch (s) {
    case Severity::Low: return QStringLiteral("low");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::High: return QStringLiteral("high");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

inline std::optional<Severity> severityFromName(const QString& name)
{
    if (name == QLatin1String("low")) return Severity::Low;
    if (name == QLatin1String("medium")) return Severity::Medium;
    if (name == QLatin1String("high")) return Severity::High;
    if (name == QLatin1String("critical")) return Severity::Critical;
    return std::nullopt;
}

} // namespace sky
