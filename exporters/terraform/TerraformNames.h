#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace sky {

/// Terraform names derived from component ids: each id gets one HCL identifier (unique in
/// the module, used as the local name of every resource made for that component), and
/// AWS-side names are slugs that fit the strictest AWS naming rules (ALB, target group,
/// RDS identifier, S3 bucket prefix).
class TerraformNames {
public:
    /// The identifier of a component id: `-` becomes `_`; a clash gets a numeric suffix.
    QString identifier(const QString& componentId);
    /// Lower-case letters, digits and single hyphens, starting with a letter, at most
    /// `maxLength` characters, never ending with a hyphen; "skyforge" if nothing is left.
    static QString slug(const QString& text, int maxLength);
    /// The default of the module's var.name for a design name: a slug of 2 to 20 characters
    /// (the workflow exporter uses the same to name the resources it deploys to).
    static QString modulePrefix(const QString& designName);

private:
    QHash<QString, QString> m_byId;
    QSet<QString> m_taken;
};

} // namespace sky
