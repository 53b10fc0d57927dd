#include "exporters/terraform/TerraformModule.h"

#include "model/DesignSettings.h"

#include <algorithm>
#include <functional>

namespace sky {

TerraformModule::TerraformModule(const Design& design, const Catalog& catalog)
    : m_design(design)
    , m_catalog(catalog)
    , m_namePrefix(TerraformNames::modulePrefix(design.name))
{
    const size_t count = design.components().size();
    m_refs.resize(count);
    m_types.reserve(count);
    m_parents.reserve(count);
    m_targetsOf.resize(count);
    m_sourcesOf.resize(count);
    for (const Component& c : design.components()) {
        m_byType[c.type].push_back(&c);
        m_types.push_back(catalog.type(c.type));
        m_parents.push_back(design.component(c.parent));
    }
    for (const Connection& k : design.connections()) {
        m_outgoing[k.from].push_back(&k);
        m_incoming[k.to].push_back(&k);
        const Component* from = design.component(k.from);
        const Component* to = design.component(k.to);
        if (from)
            m_targetsOf[size_t(indexOf(*from))].push_back(to);
        if (to)
            m_sourcesOf[size_t(indexOf(*to))].push_back(from);
    }
}

qsizetype TerraformModule::indexOf(const Component& c) const
{
    const std::vector<Component>& all = m_design.components();
    if (all.empty() || std::less<const Component*>()(&c, all.data()) || !std::less<const Component*>()(&c, all.data() + all.size()))
        return -1;
    return &c - all.data();
}

const Component* TerraformModule::parentOf(const Component& c) const
{
    const qsizetype i = indexOf(c);
    return i < 0 ? m_design.component(c.parent) : m_parents[size_t(i)];
}

QString TerraformModule::ref(const Component& c)
{
    const qsizetype i = indexOf(c);
    if (i < 0)
        return ref(c.id);
    if (m_refs[size_t(i)].isNull())
        m_refs[size_t(i)] = ref(c.id);
    return m_refs[size_t(i)];
}

void TerraformModule::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString TerraformModule::awsName(const Component& c, int idLength, const QString& suffix) const
{
    return HclWriter::expand(u"\"${var.name}-%1\"", {TerraformNames::slug(c.id, idLength) + suffix});
}

QString TerraformModule::awsNameDefault(const Component& c, int idLength, const QString& suffix) const
{
    return m_namePrefix + QLatin1Char('-') + TerraformNames::slug(c.id, idLength) + suffix;
}

namespace {

/// What the lookups below return for a key with no entry.
template <typename T>
const std::vector<T>& noneOf()
{
    static const std::vector<T> none;
    return none;
}

template <typename T>
const std::vector<T>& valueOr(const QHash<QString, std::vector<T>>& hash, const QString& key)
{
    const auto it = hash.constFind(key);
    return it == hash.constEnd() ? noneOf<T>() : *it;
}

/// The components of `candidates` of a type, each once, in order.
std::vector<const Component*> distinctOfType(const std::vector<const Component*>& candidates, const QString& type)
{
    std::vector<const Component*> out;
    for (const Component* c : candidates)
        if (c && c->type == type && std::find(out.begin(), out.end(), c) == out.end())
            out.push_back(c);
    return out;
}

} // namespace

const std::vector<const Component*>& TerraformModule::ofType(const QString& type) const
{
    return valueOr(m_byType, type);
}

const Json* TerraformModule::findProperty(const Component& c, const QString& key) const
{
    // Property keys are short ASCII words: look the component's own value up through a
    // string_view of a stack copy rather than a std::string per lookup.
    char ascii[64];
    bool short7Bit = key.size() <= qsizetype(sizeof ascii);
    for (qsizetype i = 0; short7Bit && i < key.size(); ++i) {
        short7Bit = key.at(i).unicode() < 0x80;
        ascii[i] = char(key.at(i).unicode());
    }
    if (short7Bit) {
        const auto own = c.properties.find(std::string_view(ascii, size_t(key.size())));
        if (own != c.properties.end())
            return &*own;
    } else if (const auto own = c.properties.find(key.toStdString()); own != c.properties.end()) {
        return &*own;
    }
    const qsizetype i = indexOf(c);
    if (const ComponentType* t = i < 0 ? m_catalog.type(c.type) : m_types[size_t(i)])
        if (const PropertySpec* spec = t->property(key))
            return &spec->defaultValue;
    return nullptr;
}

bool TerraformModule::boolProperty(const Component& c, const QString& key) const
{
    const Json* v = findProperty(c, key);
    return v && v->is_boolean() ? v->get<bool>() : false;
}

int TerraformModule::intProperty(const Component& c, const QString& key) const
{
    if (const Json* v = findProperty(c, key)) {
        if (v->is_number_integer())
            return v->get<int>();
        if (v->is_number())
            return int(v->get<double>());
    }
    const PropertySpec* spec = m_catalog.type(c.type) ? m_catalog.type(c.type)->property(key) : nullptr;
    return spec && spec->defaultValue.is_number() ? spec->defaultValue.get<int>() : 0;
}

QString TerraformModule::stringProperty(const Component& c, const QString& key) const
{
    const Json* v = findProperty(c, key);
    return v && v->is_string() ? QString::fromStdString(v->get_ref<const std::string&>()) : QString();
}

const Component* TerraformModule::enclosing(const Component& c, const QString& type) const
{
    // Parent chains are acyclic and shallow (the reader refuses cycles and deep nesting).
    const Component* p = parentOf(c);
    while (p && p->type != type)
        p = parentOf(*p);
    return p;
}

const std::vector<const Connection*>& TerraformModule::outgoing(const QString& id) const
{
    return valueOr(m_outgoing, id);
}

const std::vector<const Connection*>& TerraformModule::incoming(const QString& id) const
{
    return valueOr(m_incoming, id);
}

std::vector<const Component*> TerraformModule::targets(const Component& c, const QString& type) const
{
    if (const qsizetype i = indexOf(c); i >= 0)
        return distinctOfType(m_targetsOf[size_t(i)], type);
    std::vector<const Component*> ends;
    for (const Connection* k : outgoing(c.id))
        ends.push_back(m_design.component(k->to));
    return distinctOfType(ends, type);
}

std::vector<const Component*> TerraformModule::sources(const Component& c, const QString& type) const
{
    if (const qsizetype i = indexOf(c); i >= 0)
        return distinctOfType(m_sourcesOf[size_t(i)], type);
    std::vector<const Component*> ends;
    for (const Connection* k : incoming(c.id))
        ends.push_back(m_design.component(k->from));
    return distinctOfType(ends, type);
}

std::vector<const Component*> TerraformModule::subnetsOf(const Component& vpc) const
{
    std::vector<const Component*> out;
    for (const Component& c : m_design.components())
        if (c.type == QLatin1String("subnet") && enclosing(c, QStringLiteral("vpc")) == &vpc)
            out.push_back(&c);
    return out;
}

QString TerraformModule::subnetIdsOf(const Component& c)
{
    const Component* subnet = enclosing(c, QStringLiteral("subnet"));
    if (!subnet) {
        fail(HclWriter::expand(u"component '%1' (%2) is not in a subnet; place it in a subnet of a VPC", {c.id, c.type}));
        return QStringLiteral("[]");
    }
    return HclWriter::expand(u"aws_subnet.%1[*].id", {ref(*subnet)});
}

const Component* TerraformModule::certificateOf(const Component& c) const
{
    const auto certs = sources(c, QStringLiteral("acm_certificate"));
    return certs.empty() ? nullptr : certs.front();
}

const Component* TerraformModule::zoneFor(const QString& domain) const
{
    const auto zones = ofType(QStringLiteral("route53_zone"));
    for (const Component* z : zones) {
        const QString zone = stringProperty(*z, QStringLiteral("domain"));
        const QString plain = domain.startsWith(QLatin1String("*.")) ? domain.mid(2) : domain;
        if (!zone.isEmpty() && (plain == zone || plain.endsWith(QLatin1Char('.') + zone)))
            return z;
    }
    return zones.size() == 1 ? zones.front() : nullptr;
}

QString TerraformModule::certificateArn(const Component& certificate)
{
    if (zoneFor(stringProperty(certificate, QStringLiteral("domain"))))
        return HclWriter::expand(u"aws_acm_certificate_validation.%1.certificate_arn", {ref(certificate)});
    return HclWriter::expand(u"aws_acm_certificate.%1.arn", {ref(certificate)});
}

QString TerraformModule::domainOf(const Component& c) const
{
    if (const Component* cert = certificateOf(c)) {
        const QString domain = stringProperty(*cert, QStringLiteral("domain"));
        if (!domain.startsWith(QLatin1String("*.")))
            return domain;
    }
    return c.type == QLatin1String("cloudfront") ? DesignSettings::appDomain(m_design) : DesignSettings::apiDomain(m_design);
}

const Component* TerraformModule::databaseOfSecret(const Component& secret) const
{
    for (const Component* service : sources(secret, QStringLiteral("ecs_fargate_service"))) {
        const auto dbs = targets(*service, QStringLiteral("rds_postgres"));
        if (dbs.empty())
            continue;
        // Only the service's first secret stands for its database's credentials.
        const auto secrets = targets(*service, QStringLiteral("secrets_manager_secret"));
        if (!secrets.empty() && secrets.front() == &secret)
            return dbs.front();
    }
    return nullptr;
}

QString TerraformModule::secretArn(const Component& secret)
{
    if (const Component* db = databaseOfSecret(secret))
        return HclWriter::expand(u"aws_db_instance.%1.master_user_secret[0].secret_arn", {ref(*db)});
    return HclWriter::expand(u"aws_secretsmanager_secret.%1.arn", {ref(secret)});
}

const Component* TerraformModule::logSinkOf(const Component& service) const
{
    const auto sinks = targets(service, QStringLiteral("cloudwatch"));
    return sinks.empty() ? nullptr : sinks.front();
}

bool TerraformModule::needsUsEast1() const
{
    for (const Component* cdn : ofType(QStringLiteral("cloudfront")))
        if (certificateOf(*cdn) || boolProperty(*cdn, QStringLiteral("waf")))
            return true;
    return false;
}

} // namespace sky
