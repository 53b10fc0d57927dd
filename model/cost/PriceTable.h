#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace sky {

/// One region's AWS list prices (resources/pricing/<region>.yaml), validated on load.
/// Prices are addressed by their dotted key in the file ("fargate.vcpu_hour_x86");
/// RDS instance classes by their real name ("db.t4g.micro").
class PriceTable {
public:
    struct RdsInstance {
        double singleAzHour = 0;
        double multiAzHour = 0;
    };

    /// Reads and validates a price file: every key of the schema present, every price a
    /// number >= 0. On failure returns nullopt and sets *error to one line naming the
    /// source and the key ("us-east-1.yaml: fargate.vcpu_hour_x86: missing").
    static std::optional<PriceTable> fromYaml(const QByteArray& yaml, const QString& sourceName, QString* error);

    /// The bundled table of a region, or nullptr when there is no price file for it.
    /// A bundled file that does not validate is reported through *error (never a crash).
    static const PriceTable* bundled(const QString& region, QString* error = nullptr);
    /// Regions that have a bundled price file, sorted.
    static QStringList bundledRegions();
    /// The region whose prices stand in when a design's region has no price file.
    static QString fallbackRegion() { return QStringLiteral("us-east-1"); }

    /// Every dotted key a price file must hold (besides rds_postgres.instances).
    static const QStringList& requiredKeys();
    /// The RDS classes every price file must price.
    static const QStringList& requiredInstanceClasses();

    QString region() const { return m_region; }
    QString asOf() const { return m_asOf; }
    QString currency() const { return m_currency; }
    QStringList sources() const { return m_sources; }

    /// A price by its dotted key; asserts on a key outside the schema (a programming error).
    double at(const QString& key) const;
    const RdsInstance* rdsInstance(const QString& instanceClass) const;
    QStringList rdsInstanceClasses() const;

private:
    QString m_region;
    QString m_asOf;
    QString m_currency;
    QStringList m_sources;
    QHash<QString, double> m_prices;
    QHash<QString, RdsInstance> m_rds;
};

} // namespace sky
