#pragma once

#include "model/Component.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sky {

class ValidationContext;
struct RuleCheck;

/// What a check primitive found: the component (and connection, and path) it concerns,
/// with the values its rule's message template may quote.
struct CheckHit {
    int component = -1;      ///< component index, -1 = the design itself
    int connection = -1;     ///< connection index, if the finding is about one
    std::vector<int> path;   ///< component indexes of an offending path (reachability)
    QString detail;          ///< what is wrong, in a sentence ({detail})
    QString key, value, expected, peer; ///< {key} {value} {expected} {peer}
    QString message;         ///< a more specific template from the rule's parameters
};

/// The check primitives (RULES.md): a few general comparisons of the design written in
/// C++, named by the rules files and driven by their parameters.
namespace Primitives {

QStringList names();
bool isKnown(const QString& name);
/// Empty if `params` suit the primitive, else why not (for the rules file's error).
QString validateParams(const QString& name, const Json& params);
/// Runs one check of a rule over the design; appends what it finds.
void run(const ValidationContext& context, const RuleCheck& check, std::vector<CheckHit>& hits);

} // namespace Primitives
} // namespace sky
