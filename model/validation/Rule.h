#pragma once

#include "model/Component.h"
#include "model/Severity.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sky {

/// One check of a rule: a primitive (written in C++) applied with parameters to the
/// components of some types. Most rules have one; a few (RULES.md's compound ones) several.
struct RuleCheck {
    QString primitive;      ///< e.g. "property", "reachability"
    QStringList appliesTo;  ///< component types (empty = the primitive decides)
    Json params = Json::object();
    Json when = Json::array(); ///< conditions a component must meet to be checked at all
    QString message;        ///< overrides the rule's message template when set
};

/// A rule of the catalogue (RULES.md), read from a rules YAML file. Data only.
struct Rule {
    QString id;             ///< e.g. "SKY-NET-001"
    QString title;
    Severity severity = Severity::High;
    bool ha = false;        ///< a high-availability rule: low in `environment: development`
    std::vector<RuleCheck> checks;
    QString message;        ///< template: {name} {id} {type} {path} {key} {value} {expected} {peer} {detail}
    QString fix;
    QStringList references; ///< checkov / Trivy ids
    QString source;         ///< the file it came from (for messages)
};

} // namespace sky
