#include "model/Catalog.h"

#include "model/YamlJson.h"

#include <QFile>
#include <QRegularExpression>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace sky {

const PropertySpec* ComponentType::property(const QString& key) const
{
    for (const PropertySpec& p : properties)
        if (p.key == key)
            return &p;
    return nullptr;
}

namespace {

struct CatalogError {
    QString message;
};

[[noreturn]] void fail(const QString& where, const QString& what)
{
    throw CatalogError{where + QStringLiteral(": ") + what};
}

QString str(const Json& node, const char* key, const QString& where, bool required = true)
{
    if (!node.contains(key)) {
        if (required)
            fail(where, QStringLiteral("missing '%1'").arg(QLatin1String(key)));
        return {};
    }
    if (!node[key].is_string())
        fail(where, QStringLiteral("'%1' must be a string").arg(QLatin1String(key)));
    return QString::fromStdString(node[key].get<std::string>());
}

std::optional<PropertyKind> kindFromName(const QString& name)
{
    static const QHash<QString, PropertyKind> kinds{
        {QStringLiteral("bool"), PropertyKind::Bool},     {QStringLiteral("int"), PropertyKind::Int},
        {QStringLiteral("number"), PropertyKind::Number}, {QStringLiteral("string"), PropertyKind::String},
        {QStringLiteral("enum"), PropertyKind::Enum},     {QStringLiteral("cidr"), PropertyKind::Cidr},
        {QStringLiteral("domain"), PropertyKind::Domain}, {QStringLiteral("email"), PropertyKind::Email}};
    const auto it = kinds.find(name);
    if (it == kinds.end())
        return std::nullopt;
    return *it;
}

QSizeF readSize(const Json& node, const QString& where)
{
    if (!node.is_array() || node.size() != 2 || !node[0].is_number() || !node[1].is_number()
        || node[0].get<double>() <= 0 || node[1].get<double>() <= 0)
        fail(where, QStringLiteral("'size' must be [width, height] with positive numbers"));
    return {node[0].get<double>(), node[1].get<double>()};
}

PropertySpec readProperty(const Json& node, const QString& where)
{
    if (!node.is_object())
        fail(where, QStringLiteral("a property must be a mapping"));
    PropertySpec spec;
    spec.key = str(node, "key", where);
    const QString at = where + QStringLiteral(".") + spec.key;
    const auto kind = kindFromName(str(node, "kind", at));
    if (!kind)
        fail(at, QStringLiteral("unknown kind '%1'").arg(str(node, "kind", at)));
    spec.kind = *kind;
    spec.label = str(node, "label", at, false);
    if (spec.label.isEmpty())
        spec.label = spec.key;
    spec.help = str(node, "help", at, false);
    spec.pattern = str(node, "pattern", at, false);
    if (!spec.pattern.isEmpty() && !QRegularExpression(spec.pattern).isValid())
        fail(at, QStringLiteral("'pattern' is not a valid regular expression"));
    if (node.contains("values")) {
        if (!node["values"].is_array() || node["values"].empty())
            fail(at, QStringLiteral("'values' must be a non-empty list"));
        spec.allowedValues = node["values"];
    }
    if (spec.kind == PropertyKind::Enum && spec.allowedValues.empty())
        fail(at, QStringLiteral("an enum needs 'values'"));
    if (node.contains("min")) {
        if (!node["min"].is_number())
            fail(at, QStringLiteral("'min' must be a number"));
        spec.minimum = node["min"].get<double>();
    }
    if (node.contains("max")) {
        if (!node["max"].is_number())
            fail(at, QStringLiteral("'max' must be a number"));
        spec.maximum = node["max"].get<double>();
    }
    if (!node.contains("default"))
        fail(at, QStringLiteral("missing 'default'"));
    spec.defaultValue = node["default"];
    if (const QString why = Catalog::checkValue(spec, spec.defaultValue); !why.isEmpty())
        fail(at, QStringLiteral("the default does not fit: ") + why);
    return spec;
}

} // namespace

std::optional<Catalog> Catalog::fromYaml(const QByteArray& yaml, const QString& sourceName, QString* error)
{
    const auto root = yamlToJson(yaml, sourceName, error);
    return root ? fromJson(*root, sourceName, error) : std::nullopt;
}

std::optional<Catalog> Catalog::fromJson(const Json& json, const QString& sourceName, QString* error)
{
    const Json* root = &json;
    try {
        if (!root->is_object())
            fail(sourceName, QStringLiteral("the catalog must be a mapping"));
        Catalog catalog;
        const Json& cats = root->value("categories", Json::array());
        if (!cats.is_array())
            fail(sourceName, QStringLiteral("'categories' must be a list"));
        for (size_t i = 0; i < cats.size(); ++i) {
            const QString where = QStringLiteral("%1: categories[%2]").arg(sourceName).arg(i);
            catalog.m_categories.emplace_back(str(cats[i], "key", where), str(cats[i], "label", where));
        }
        QSizeF leafSize(100, 90);
        if (root->contains("leaf_size"))
            leafSize = readSize((*root)["leaf_size"], sourceName + QStringLiteral(": leaf_size"));
        const Json& types = root->value("types", Json());
        if (!types.is_array() || types.empty())
            fail(sourceName, QStringLiteral("'types' must be a non-empty list"));
        for (size_t i = 0; i < types.size(); ++i) {
            const Json& node = types[i];
            QString where = QStringLiteral("%1: types[%2]").arg(sourceName).arg(i);
            if (!node.is_object())
                fail(where, QStringLiteral("a type must be a mapping"));
            ComponentType t;
            t.type = str(node, "type", where);
            where += QStringLiteral(" (%1)").arg(t.type);
            if (catalog.m_index.contains(t.type))
                fail(where, QStringLiteral("type listed twice"));
            t.label = str(node, "label", where);
            t.category = str(node, "category", where);
            const bool knownCategory = std::any_of(catalog.m_categories.begin(), catalog.m_categories.end(),
                                                   [&](const auto& c) { return c.first == t.category; });
            if (!knownCategory)
                fail(where, QStringLiteral("unknown category '%1'").arg(t.category));
            if (node.contains("container") && !node["container"].is_boolean())
                fail(where, QStringLiteral("'container' must be true or false"));
            t.container = node.value("container", false);
            t.placementHint = str(node, "placement_hint", where, false);
            t.description = str(node, "description", where, false);
            const Json& parents = node.value("parents", Json());
            if (!parents.is_array() || parents.empty())
                fail(where, QStringLiteral("'parents' must be a non-empty list"));
            static const QStringList allowed{QStringLiteral("root"), QStringLiteral("region"), QStringLiteral("vpc"),
                                             QStringLiteral("subnet"), QStringLiteral("subnet:public"),
                                             QStringLiteral("subnet:private")};
            for (const Json& p : parents) {
                const QString parent = p.is_string() ? QString::fromStdString(p.get<std::string>()) : QString();
                if (!allowed.contains(parent))
                    fail(where, QStringLiteral("'parents' may hold only %1").arg(allowed.join(QStringLiteral(", "))));
                t.parents << parent;
            }
            t.size = node.contains("size") ? readSize(node["size"], where) : leafSize;
            const Json& props = node.value("properties", Json::array());
            if (!props.is_array())
                fail(where, QStringLiteral("'properties' must be a list"));
            for (size_t p = 0; p < props.size(); ++p) {
                PropertySpec spec = readProperty(props[p], where + QStringLiteral(".properties[%1]").arg(p));
                if (t.property(spec.key))
                    fail(where, QStringLiteral("property '%1' listed twice").arg(spec.key));
                t.properties.push_back(std::move(spec));
            }
            catalog.m_index.insert(t.type, int(catalog.m_types.size()));
            catalog.m_types.push_back(std::move(t));
        }
        return catalog;
    } catch (const CatalogError& e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    } catch (const std::exception& e) {
        // A shape the checks above missed (nlohmann throws on a wrong type): refuse, never crash.
        if (error)
            *error = sourceName + QStringLiteral(": ") + QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

const Catalog& Catalog::builtin()
{
    static const Catalog catalog = [] {
        const QString path = QStringLiteral(":/catalog/catalog.yaml");
        QFile file(path);
        QString error;
        std::optional<Catalog> loaded;
        // The JSON that the build converted from catalog.yaml: same values, without running
        // yaml-cpp at every start (a third of a small `skyforge check`). Checked as before.
        QFile compiled(QStringLiteral(":/compiled/catalog/catalog.json"));
        if (compiled.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = compiled.readAll();
            const Json root = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
            if (!root.is_discarded())
                loaded = fromJson(root, QStringLiteral("resources/catalog/catalog.yaml"), &error);
        }
        if (!loaded) {
            if (file.open(QIODevice::ReadOnly))
                loaded = fromYaml(file.readAll(), QStringLiteral("resources/catalog/catalog.yaml"), &error);
            else
                error = QStringLiteral("resources/catalog/catalog.yaml: not bundled in the program");
        }
        if (!loaded) {
            std::fprintf(stderr, "skyforge: broken component catalog: %s\n", qPrintable(error));
            std::abort();
        }
        return std::move(*loaded);
    }();
    return catalog;
}

const ComponentType* Catalog::type(const QString& type) const
{
    const int i = m_index.value(type, -1);
    return i < 0 ? nullptr : &m_types[size_t(i)];
}

QString Catalog::categoryLabel(const QString& key) const
{
    for (const auto& [k, label] : m_categories)
        if (k == key)
            return label;
    return key;
}

Json Catalog::effectiveProperty(const Component& component, const QString& key) const
{
    const std::string k = key.toStdString();
    if (const auto it = component.properties.find(k); it != component.properties.end())
        return *it;
    if (const ComponentType* t = type(component.type))
        if (const PropertySpec* spec = t->property(key))
            return spec->defaultValue;
    return Json();
}

QString Catalog::displayName(const Component& component) const
{
    if (!component.name.isEmpty())
        return component.name;
    if (const ComponentType* t = type(component.type))
        return t->label;
    return component.type;
}

QString Catalog::kindName(PropertyKind kind)
{
    switch (kind) {
    case PropertyKind::Bool: return QStringLiteral("true or false");
    case PropertyKind::Int: return QStringLiteral("a whole number");
    case PropertyKind::Number: return QStringLiteral("a number");
    case PropertyKind::String: return QStringLiteral("text");
    case PropertyKind::Enum: return QStringLiteral("one of the listed values");
    case PropertyKind::Cidr: return QStringLiteral("an IPv4 CIDR block such as 10.0.0.0/16");
    case PropertyKind::Domain: return QStringLiteral("a DNS name such as app.example.com");
    case PropertyKind::Email: return QStringLiteral("an e-mail address");
    }
    return {};
}

namespace {

QString listOf(const Json& values)
{
    QStringList items;
    for (const Json& v : values)
        items << (v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump()));
    return items.join(QStringLiteral(", "));
}

bool isDomain(const QString& s)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return s.size() <= 253 && re.match(s).hasMatch();
}

bool isCidr(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255)
            return false;
    return m.captured(5).toInt() <= 32;
}

} // namespace

QString Catalog::checkValue(const PropertySpec& spec, const Json& value)
{
    const QString expected = QStringLiteral("expected %1").arg(kindName(spec.kind));
    switch (spec.kind) {
    case PropertyKind::Bool:
        if (!value.is_boolean())
            return expected;
        return {};
    case PropertyKind::Int:
    case PropertyKind::Number: {
        const bool ok = spec.kind == PropertyKind::Int ? value.is_number_integer()
                                                        : value.is_number() && std::isfinite(value.get<double>());
        if (!ok)
            return expected;
        const double v = value.get<double>();
        if (!spec.allowedValues.empty() && std::find(spec.allowedValues.begin(), spec.allowedValues.end(), value) == spec.allowedValues.end())
            return QStringLiteral("must be one of %1").arg(listOf(spec.allowedValues));
        if (spec.minimum && v < *spec.minimum)
            return QStringLiteral("must be at least %1").arg(*spec.minimum);
        if (spec.maximum && v > *spec.maximum)
            return QStringLiteral("must be at most %1").arg(*spec.maximum);
        return {};
    }
    default:
        break;
    }
    if (!value.is_string())
        return expected;
    const QString s = QString::fromStdString(value.get<std::string>());
    switch (spec.kind) {
    case PropertyKind::Enum:
        if (std::find(spec.allowedValues.begin(), spec.allowedValues.end(), value) == spec.allowedValues.end())
            return QStringLiteral("must be one of %1").arg(listOf(spec.allowedValues));
        return {};
    case PropertyKind::Cidr:
        return isCidr(s) ? QString() : expected;
    case PropertyKind::Domain:
        return isDomain(s) ? QString() : expected;
    case PropertyKind::Email: {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return s.size() <= 254 && re.match(s).hasMatch() ? QString() : expected;
    }
    default:
        break;
    }
    if (!spec.pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(spec.pattern));
        if (!re.match(s).hasMatch())
            return QStringLiteral("'%1' is not valid here").arg(s.left(80));
    }
    return {};
}

} // namespace sky
