#pragma once

#include "exporters/terraform/HclWriter.h"
#include "exporters/terraform/TerraformNames.h"
#include "model/Catalog.h"
#include "model/Design.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace sky {

/// An input of the module (variables.tf).
struct TerraformVariable {
    QString name;
    QString type;         ///< HCL type: string, number, bool, map(string)
    QString description;  ///< the exporter's prose or user text (escaped when written)
    QString defaultValue; ///< an HCL expression; empty = required input
    std::vector<std::pair<QString, QString>> validations; ///< condition, error message
};

/// A value the module returns (outputs.tf).
struct TerraformOutput {
    QString name;
    QString description;
    QString value; ///< an HCL expression
    bool sensitive = false;
};

/// What the generators of one export share: the design, the names, the files being
/// written, the variables and outputs they declare, and lookups over the connections
/// (security groups, IAM and routes are derived from connections, never drawn).
class TerraformModule {
public:
    TerraformModule(const Design& design, const Catalog& catalog);

    const Design& design() const { return m_design; }
    const Catalog& catalog() const { return m_catalog; }

    /// The writer of one file of the module (created on first use).
    HclWriter& file(const QString& name) { return m_files[name]; }
    const QMap<QString, HclWriter>& files() const { return m_files; }
    void addVariable(TerraformVariable variable) { m_variables.push_back(std::move(variable)); }
    void addOutput(TerraformOutput output) { m_outputs.push_back(std::move(output)); }
    const std::vector<TerraformVariable>& variables() const { return m_variables; }
    const std::vector<TerraformOutput>& outputs() const { return m_outputs; }
    /// Records a design problem that makes the export impossible (the first one wins).
    void fail(const QString& message);
    const QString& error() const { return m_error; }
    /// Prose lines for the module's README ("Notes").
    void note(const QString& text) { m_notes.append(text); }
    const QStringList& notes() const { return m_notes; }

    // --- names
    /// The HCL identifier of a component (the local name of its resources).
    QString ref(const QString& componentId) { return m_names.identifier(componentId); }
    QString ref(const Component& c);
    /// The default of var.name: a slug of the design name, at most 20 characters.
    const QString& namePrefix() const { return m_namePrefix; }
    /// An AWS name "<var.name>-<id slug>" as an HCL string expression, at most
    /// 20 + 1 + idLength characters.
    QString awsName(const Component& c, int idLength = 11, const QString& suffix = {}) const;
    /// The same name as plain text with var.name at its default (for the workflow).
    QString awsNameDefault(const Component& c, int idLength = 11, const QString& suffix = {}) const;

    // --- the design
    const std::vector<const Component*>& ofType(const QString& type) const;
    bool has(const QString& type) const { return !ofType(type).empty(); }
    Json property(const Component& c, const QString& key) const { return m_catalog.effectiveProperty(c, key); }
    /// The same value in place (the component's own, else the catalog's default), or null when
    /// there is none: the typed getters below run for every property of every component, and
    /// copying each value out (as Catalog::effectiveProperty does) dominated them.
    const Json* findProperty(const Component& c, const QString& key) const;
    bool boolProperty(const Component& c, const QString& key) const;
    int intProperty(const Component& c, const QString& key) const;
    QString stringProperty(const Component& c, const QString& key) const;
    /// The closest enclosing container of a type ("vpc", "subnet"), or null.
    const Component* enclosing(const Component& c, const QString& type) const;
    /// Connections out of / into a component, optionally of one protocol class.
    const std::vector<const Connection*>& outgoing(const QString& id) const;
    const std::vector<const Connection*>& incoming(const QString& id) const;
    /// Components `c` connects to (any protocol) of a type, in connection order.
    std::vector<const Component*> targets(const Component& c, const QString& type) const;
    /// Components of a type that connect to `c`.
    std::vector<const Component*> sources(const Component& c, const QString& type) const;

    // --- derived facts shared by several files
    /// The subnet tiers (subnet containers) of a VPC in creation order.
    std::vector<const Component*> subnetsOf(const Component& vpc) const;
    /// `aws_subnet.<ref>[*].id` of the subnet tier a component sits in.
    QString subnetIdsOf(const Component& c);
    /// The ACM certificate attached (tls) to a component, or null.
    const Component* certificateOf(const Component& c) const;
    /// The Route 53 zone whose domain holds `domain` (else the only zone), or null.
    const Component* zoneFor(const QString& domain) const;
    /// The certificate ARN expression to attach: the validated one when DNS validation is written.
    QString certificateArn(const Component& certificate);
    /// The domain a CloudFront distribution or ALB answers on: its certificate's name if it is
    /// not a wildcard, else the design's app_domain (CloudFront) or api_domain (ALB).
    QString domainOf(const Component& c) const;
    /// The RDS database whose managed master secret a design secret stands for, or null:
    /// a secret read by a service that also connects to a database is that database's
    /// credentials, which RDS creates and rotates itself (manage_master_user_password).
    const Component* databaseOfSecret(const Component& secret) const;
    /// The ARN expression of a design secret (the RDS-managed one, or aws_secretsmanager_secret).
    QString secretArn(const Component& secret);
    /// The CloudWatch component a service sends logs to, or null.
    const Component* logSinkOf(const Component& service) const;
    /// The region code of the design.
    const QString& region() const { return m_design.region; }
    /// Needs the us-east-1 provider alias (CloudFront certificate or WAF).
    bool needsUsEast1() const;

private:
    const Design& m_design;
    const Catalog& m_catalog;
    TerraformNames m_names;
    QString m_namePrefix;
    QMap<QString, HclWriter> m_files;
    std::vector<TerraformVariable> m_variables;
    std::vector<TerraformOutput> m_outputs;
    QStringList m_notes;
    QString m_error;
    // Indexes built once: the generators ask these questions for every component, and a
    // scan per question would make a 10k-component export quadratic.
    QHash<QString, std::vector<const Connection*>> m_outgoing;
    QHash<QString, std::vector<const Connection*>> m_incoming;
    QHash<QString, std::vector<const Component*>> m_byType;
    /// Per component of the design, by its index: its identifier once asked for (identifiers
    /// are given out in the order they are first asked for, so they are not computed ahead)
    /// and its catalog type. The generators ask for both many times per component, and a
    /// lookup in a 10k-entry hash per question showed in the wall-clock time.
    std::vector<QString> m_refs;
    std::vector<const ComponentType*> m_types;
    /// The index of `c` in the design's components, or -1 when it is not one of them.
    qsizetype indexOf(const Component& c) const;
    /// By component index, the components at the other end of its outgoing / incoming
    /// connections, in connection order (null where an end is missing): targets() and
    /// sources() run for most components, and resolving ids each time was a hash lookup per
    /// connection.
    std::vector<std::vector<const Component*>> m_targetsOf;
    std::vector<std::vector<const Component*>> m_sourcesOf;
    /// The parent of each component (null at the top level), by index.
    std::vector<const Component*> m_parents;
    const Component* parentOf(const Component& c) const;
};

} // namespace sky
