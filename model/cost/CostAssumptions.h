#pragma once

#include "model/Design.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sky {

/// One usage figure an estimate rests on, with where its value comes from.
struct CostAssumption {
    QString key;         ///< also the key under settings.cost_assumptions that overrides it
    double value = 0;
    QString unit;
    QString description;
    QString source;      ///< "default", "design settings", "--users", "settings.cost_assumptions"
    QString descriptionEs; ///< the description in Spanish (the Spanish architecture document)
};

/// The usage assumptions of an estimate: defaults, the design's settings
/// (expected_daily_users, peak_requests_per_second), and per-key overrides from
/// settings.cost_assumptions.<key> (numbers >= 0; anything else is ignored with a warning).
class CostAssumptions {
public:
    /// `dailyUsers` replaces settings.expected_daily_users (the CLI's --users, the growth table).
    static CostAssumptions fromDesign(const Design& design, std::optional<int> dailyUsers = std::nullopt);

    /// The value of a key; asserts on a key that is not an assumption (a programming error).
    double value(const QString& key) const;
    const std::vector<CostAssumption>& all() const { return m_items; }
    const QStringList& warnings() const { return m_warnings; }
    const QStringList& warningsEs() const { return m_warningsEs; } ///< the same, in Spanish

    /// A unit as the Spanish document writes it ("requests" → "peticiones"; symbols stay).
    static QString unitInSpanish(const QString& unit);

    /// The keys that settings.cost_assumptions may override, in listing order.
    static QStringList overridableKeys();

private:
    std::vector<CostAssumption> m_items;
    QStringList m_warnings;
    QStringList m_warningsEs;
};

} // namespace sky
