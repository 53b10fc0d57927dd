#pragma once

#include "model/validation/Primitives.h"

#include <span>

namespace sky {

/// What every primitive is given: the run's indexes, its parameters, and the components
/// it applies to (the rule's types, already filtered by the rule's `when`).
struct CheckInput {
    const ValidationContext& context;
    const Json& params;
    std::span<const int> subjects;
    bool hasSubjectTypes = false; ///< false when the rule names no types (the primitive picks)
};

// One function per primitive, and one that checks its parameters. Grouped by file:
// PropertyChecks.cpp, GraphChecks.cpp, CoverageChecks.cpp.
namespace CheckPrimitives {

QString validateProperty(const Json& params);
void property(const CheckInput& in, std::vector<CheckHit>& hits);
QString validatePlacement(const Json& params);
void placement(const CheckInput& in, std::vector<CheckHit>& hits);
QString validateNone(const Json& params);
void catalogPlacement(const CheckInput& in, std::vector<CheckHit>& hits);
void catalogProperties(const CheckInput& in, std::vector<CheckHit>& hits);

QString validateInboundPeers(const Json& params);
void inboundPeers(const CheckInput& in, std::vector<CheckHit>& hits);
QString validateOutboundPeers(const Json& params);
void outboundPeers(const CheckInput& in, std::vector<CheckHit>& hits);
QString validateReachability(const Json& params);
void reachability(const CheckInput& in, std::vector<CheckHit>& hits);
QString validateConnectionFit(const Json& params);
void connectionFit(const CheckInput& in, std::vector<CheckHit>& hits);

QString validateConnected(const Json& params);
void connected(const CheckInput& in, std::vector<CheckHit>& hits);
QString validateAlarmCoverage(const Json& params);
void alarmCoverage(const CheckInput& in, std::vector<CheckHit>& hits);
QString validatePrivateEgress(const Json& params);
void privateEgress(const CheckInput& in, std::vector<CheckHit>& hits);

// Shared parameter readers.
/// Empty if params[key] is a list of strings (required or not), else why not.
QString checkStringList(const Json& params, const char* key, bool required);
QStringList stringList(const Json& params, const char* key);
/// Empty if params holds only these keys.
QString checkKeys(const Json& params, const std::vector<std::string>& known);
/// "Inventory DB (db)"
QString label(const ValidationContext& context, int component);

} // namespace CheckPrimitives
} // namespace sky
