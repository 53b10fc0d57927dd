#pragma once

#include "model/Design.h"

#include <QMap>
#include <QString>

namespace sky {

/// Typed reads of `settings` with FORMAT.md's defaults for missing keys.
namespace DesignSettings {

QString environment(const Design& design);            ///< production | staging | development
int expectedDailyUsers(const Design& design);
double peakRequestsPerSecond(const Design& design);
QString appDomain(const Design& design);
QString apiDomain(const Design& design);
QMap<QString, QString> tags(const Design& design);
bool isDevelopment(const Design& design);

/// Why a settings value does not fit, or empty.
QString checkValue(const QString& key, const Json& value);

} // namespace DesignSettings
} // namespace sky
