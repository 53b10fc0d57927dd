#pragma once

#include "exporters/terraform/AwsSlugs.h"
#include "exporters/terraform/HclWriter.h"
#include "exporters/terraform/TerraformNames.h"
#include "model/Catalog.h"
#include "model/Design.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>
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

/// `variable "name" { ... }` and a blank line; `mapDefault`, when not empty, is written as
/// the default instead of the variable's own.
void writeVariable(HclWriter& w, const TerraformVariable& v, const QMap<QString, QString>& mapDefault = {});

/// A blank line and `lifecycle { create_before_destroy = true }`: for resources that others
/// refer to and that cannot be changed in place.
void createBeforeDestroy(HclWriter& w);

/// What the generators of one export share: the design, the names, the files being
/// written, the variables and outputs they declare, and lookups over the connections
/// (security groups, IAM and routes are derived from connections, never drawn).
///
/// The view of the design (names, indexes) is computed once and read-only afterwards, so
/// generators can run at the same time, each into its own part() of the module; merge()
/// adds a part's files, variables, outputs, notes and error back in a fixed order.
class TerraformModule {
public:
    TerraformModule(const Design& design, const Catalog& catalog);

    /// An empty module over the same design view, for one generator to write into.
    TerraformModule part() const;
    /// Appends what `part` wrote after what this module holds (its error counts only when
    /// this module has none yet).
    void merge(TerraformModule&& part);

    const Design& design() const { return m_design; }
    const Catalog& catalog() const { return m_catalog; }

    /// The writer of one file of the module (created on first use).
    HclWriter& file(const QString& name) { return m_files[name]; }
    const QMap<QString, HclWriter>& files() const { return m_files; }
    /// Declares an input: its block is written at once (in declaration order) for variables.tf.
    void addVariable(const TerraformVariable& variable);
    /// Declares an output: its block is written at once for outputs.tf.
    void addOutput(const TerraformOutput& output);
    /// The variable blocks declared so far, in order, moved out: fragments to HclWriter::append().
    std::vector<HclWriter> takeVariableBlocks() { return std::exchange(m_variableBlocks, std::vector<HclWriter>(1)); }
    std::vector<HclWriter> takeOutputBlocks() { return std::exchange(m_outputBlocks, std::vector<HclWriter>(1)); }
    /// The names of the declared inputs without a default, in order.
    const QStringList& requiredInputs() const { return m_requiredInputs; }
    /// Records a design problem that makes the export impossible (the first one wins).
    void fail(const QString& message);
    const QString& error() const { return m_error; }
    /// Prose lines for the module's README ("Notes").
    void note(const QString& text) { m_notes.append(text); }
    const QStringList& notes() const { return m_notes; }

    // --- names
    /// The HCL identifier of a component (the local name of its resources). Identifiers are
    /// given out in the design's order, so on a clash the later component gets the suffix.
    const QString& ref(const Component& c) const;
    /// The default of var.name: a slug of the design name, at most 20 characters.
    const QString& namePrefix() const { return m_namePrefix; }
    /// An AWS name "<var.name>-<id slug>" as an HCL string expression, at most
    /// 20 + 1 + idLength characters; unique among the components (see AwsSlugs).
    QString awsName(const Component& c, int idLength = 11, const QString& suffix = {}) const;
    /// The id part of AWS names (see AwsSlugs), at one of AwsSlugs::kLengths.
    QString awsSlug(const Component& c, int length) const { return m_index->slugs->of(c, length); }

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
    QString certificateArn(const Component& certificate) const;
    /// The domain a CloudFront distribution or ALB answers on: its certificate's name if it is
    /// not a wildcard, else the design's app_domain (CloudFront) or api_domain (ALB).
    QString domainOf(const Component& c) const;
    /// The RDS database whose managed master secret a design secret stands for, or null:
    /// a secret read by a service that also connects to a database is that database's
    /// credentials, which RDS creates and rotates itself (manage_master_user_password).
    const Component* databaseOfSecret(const Component& secret) const;
    /// The ARN expression of a design secret (the RDS-managed one, or aws_secretsmanager_secret).
    QString secretArn(const Component& secret) const;
    /// The local name of the target group of `service` behind load balancer `alb`: the
    /// service's own identifier behind its first load balancer, `<service>_<alb>` behind the others.
    QString targetGroupOf(const Component& alb, const Component& service) const;
    /// The path pattern a load balancer's listener forwards to `service` (the label of the
    /// connection alb -> service when it is a path, e.g. "/v2/*"), or empty.
    QString listenerPathOf(const Component& alb, const Component& service) const;
    /// Whether a listener of `alb` forwards to `service`: its first service by default, the
    /// others by path (listenerPathOf()).
    bool forwardsTo(const Component& alb, const Component& service) const;
    /// The CloudWatch component a service sends logs to, or null.
    const Component* logSinkOf(const Component& service) const;
    /// The region code of the design.
    const QString& region() const { return m_design.region; }
    /// Needs the us-east-1 provider alias (CloudFront certificate or WAF).
    bool needsUsEast1() const;

private:
    /// The read-only view of the design every part shares.
    struct Index {
        std::unique_ptr<AwsSlugs> slugs;
        // Built once: the generators ask these questions for every component, and a scan per
        // question would make a 10k-component export quadratic.
        QHash<QString, std::vector<const Connection*>> outgoing;
        QHash<QString, std::vector<const Connection*>> incoming;
        QHash<QString, std::vector<const Component*>> byType;
        /// By component index: its identifier, catalog type and parent (null at the top
        /// level). The generators ask for these many times per component, and a lookup in a
        /// 10k-entry hash per question showed in the wall-clock time.
        std::vector<QString> refs;
        std::vector<const ComponentType*> types;
        std::vector<const Component*> parents;
        /// By component index, the components at the other end of its outgoing / incoming
        /// connections, in connection order (null where an end is missing): targets() and
        /// sources() run for most components, and resolving ids each time was a hash lookup
        /// per connection.
        std::vector<std::vector<const Component*>> targetsOf;
        std::vector<std::vector<const Component*>> sourcesOf;
    };

    TerraformModule(const Design& design, const Catalog& catalog, std::shared_ptr<const Index> index, QString namePrefix);
    /// The index of `c` in the design's components, or -1 when it is not one of them.
    qsizetype indexOf(const Component& c) const;
    const Component* parentOf(const Component& c) const;

    const Design& m_design;
    const Catalog& m_catalog;
    std::shared_ptr<const Index> m_index;
    QString m_namePrefix;
    QMap<QString, HclWriter> m_files;
    /// This module's blocks first, then those of the parts merged in.
    std::vector<HclWriter> m_variableBlocks = std::vector<HclWriter>(1);
    std::vector<HclWriter> m_outputBlocks = std::vector<HclWriter>(1);
    QStringList m_requiredInputs;
    QStringList m_notes;
    QString m_error;
};

} // namespace sky
