#pragma once

#include "model/Component.h"

#include <QHash>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sky {

enum class PropertyKind { Bool, Int, Number, String, Enum, Cidr, Domain, Email };

/// One typed property of a component type: kind, default, allowed values or range.
struct PropertySpec {
    QString key;
    QString label;
    PropertyKind kind = PropertyKind::String;
    Json defaultValue;
    Json allowedValues = Json::array(); ///< for Enum (strings) and for Int restricted to a set
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString pattern; ///< for String: a regular expression the whole value must match
    QString help;
};

/// A component type of the catalog (a palette entry).
struct ComponentType {
    QString type;
    QString label;
    QString category;      ///< an AWS architecture-icon category key, e.g. "database"
    bool container = false;
    /// Where it may sit: "root", "region", "vpc", "subnet", "subnet:public", "subnet:private".
    QStringList parents;
    QSizeF size;
    QString placementHint; ///< said when a drop breaks the placement rule
    QString description;
    std::vector<PropertySpec> properties;

    const PropertySpec* property(const QString& key) const;
};

/// The component catalog: data under resources/catalog/, loaded and validated once.
class Catalog {
public:
    /// The catalog bundled with the program (resources/catalog/catalog.yaml).
    /// A broken bundled catalog is a programming error: it aborts with the loader's message.
    static const Catalog& builtin();

    /// Reads a catalog from YAML text; on failure returns nullopt and sets *error to a
    /// message naming the source and the entry.
    static std::optional<Catalog> fromYaml(const QByteArray& yaml, const QString& sourceName,
                                           QString* error);

    const ComponentType* type(const QString& type) const;
    const std::vector<ComponentType>& types() const { return m_types; }
    /// Category keys in palette order and their display names.
    const std::vector<std::pair<QString, QString>>& categories() const { return m_categories; }
    QString categoryLabel(const QString& key) const;

    /// The value a component has for a property: its own, else the catalog default.
    Json effectiveProperty(const Component& component, const QString& key) const;
    /// The label shown for a component: its name, else its type's label.
    QString displayName(const Component& component) const;

    /// Empty if `value` fits the spec, else why not (in the user's terms).
    static QString checkValue(const PropertySpec& spec, const Json& value);
    static QString kindName(PropertyKind kind);

private:
    /// fromYaml once the text is JSON values (the bundled catalog is converted at build time).
    static std::optional<Catalog> fromJson(const Json& root, const QString& sourceName, QString* error);

    std::vector<ComponentType> m_types;
    QHash<QString, int> m_index;
    std::vector<std::pair<QString, QString>> m_categories;
};

} // namespace sky
