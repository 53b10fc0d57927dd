#pragma once

#include <QString>
#include <QStringList>

namespace sky::Regions {

/// The commercial AWS region codes (as of 2026), e.g. us-east-1.
const QStringList& all();
bool isKnown(const QString& code);
/// "US East (N. Virginia)" for us-east-1; the code itself when unknown.
QString displayName(const QString& code);

} // namespace sky::Regions
