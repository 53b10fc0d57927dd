#pragma once

#include "model/Severity.h"

#include <QString>
#include <QStringList>

namespace sky {

struct Rule;

/// One thing wrong with a design, found by one rule.
struct Finding {
    QString rule;            ///< rule id
    Severity severity = Severity::High; ///< after the environment downgrade
    QString componentId;     ///< the component it concerns (empty: the design itself)
    QString connectionId;    ///< the connection it concerns, if any
    QStringList path;        ///< component ids of an offending path (reachability), else empty
    QString message;
    QString fix;
    QStringList references;
    bool suppressed = false;
    QString suppressionReason;
};

} // namespace sky
