#pragma once

#include "model/Component.h"
#include "model/validation/Finding.h"

#include <QString>
#include <vector>

namespace sky {

class RuleSet;

/// The three shapes of `skyforge check`'s report (CLI.md): text, JSON and SARIF 2.1.0.
namespace FindingsReport {

/// `{file, rules_run, findings, suppressed, summary}`; summary counts findings that are not suppressed.
Json toJson(const std::vector<Finding>& findings, const RuleSet& rules, const QString& file);
/// One SARIF run: the rules in tool.driver.rules, each finding a result located in `file`
/// (the path as given) with a logical location naming its component or connection.
Json toSarif(const std::vector<Finding>& findings, const RuleSet& rules, const QString& file, const QString& version);
/// Grouped by severity, worst first; ANSI colours when `colour`.
QString toText(const std::vector<Finding>& findings, const RuleSet& rules, const QString& file, bool colour);

/// "9.5", "8.0", "5.5", "2.0": GitHub's security-severity for each severity.
QString securitySeverity(Severity severity);
/// error / warning / note
QString sarifLevel(Severity severity);

} // namespace FindingsReport
} // namespace sky
