#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sky {

class HclWriter;

/// One statement of an IAM policy document, written with jsonencode().
struct PolicyStatement {
    QString sid;
    QString effect = QStringLiteral("Allow");
    QStringList actions;   ///< literal action names (never "*")
    QStringList resources; ///< HCL expressions; empty for trust policies
    QString principalType; ///< "Service", "AWS", "Federated" for resource and trust policies
    QStringList principals; ///< HCL expressions
    struct Condition {
        QString test;       ///< StringEquals, ArnEquals, Bool, ...
        QString key;        ///< the condition key (literal)
        QStringList values; ///< HCL expressions
    };
    std::vector<Condition> conditions;
};

namespace IamPolicy {

/// Writes `attribute = jsonencode({ Version, Statement = [...] })`.
void write(HclWriter& w, const QString& attribute, const std::vector<PolicyStatement>& statements);
/// The statement every bucket policy starts with: refuse requests that are not over TLS.
PolicyStatement denyInsecureTransport(const QString& bucketRef);

} // namespace IamPolicy
} // namespace sky
