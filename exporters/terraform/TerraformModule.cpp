#include "exporters/terraform/TerraformModule.h"

#include "model/DesignSettings.h"

#include <algorithm>
#include <functional>
#include <iterator>

namespace sky {

TerraformModule::TerraformModule(const Design& design, const Catalog& catalog)
    : TerraformModule(design, catalog, nullptr, TerraformNames::modulePrefix(design.name))
{
    auto index = std::make_shared<Index>();
    const size_t count = design.components().size();
    index->slugs = std::make_unique<AwsSlugs>(design.components());
    TerraformNames names;
    index->refs.reserve(count);
    index->types.reserve(count);
    index->parents.reserve(count);
    index->targetsOf.resize(count);
    index->sourcesOf.resize(count);
    for (const Component& c : design.components()) {
        index->byType[c.type].push_back(&c);
        index->refs.push_back(names.identifier(c.id));
        index->types.push_back(catalog.type(c.type));
        index->parents.push_back(design.component(c.parent));
    }
    const Component* first = design.components().empty() ? nullptr : design.components().data();
    for (const Connection& k : design.connections()) {
        index->outgoing[k.from].push_back(&k);
        index->incoming[k.to].push_back(&k);
        const Component* from = design.component(k.from);
        const Component* to = design.component(k.to);
        if (from)
            index->targetsOf[size_t(from - first)].push_back(to);
        if (to)
            index->sourcesOf[size_t(to - first)].push_back(from);
    }
    m_index = std::move(index);
}

TerraformModule::TerraformModule(const Design& design, const Catalog& catalog, std::shared_ptr<const Index> index, QString namePrefix)
    : m_design(design)
    , m_catalog(catalog)
    , m_index(std::move(index))
    , m_namePrefix(std::move(namePrefix))
{
}

TerraformModule TerraformModule::part() const
{
    return TerraformModule(m_design, m_catalog, m_index, m_namePrefix);
}

void TerraformModule::merge(TerraformModule&& part)
{
    for (auto it = part.m_files.begin(); it != part.m_files.end(); ++it)
        m_files[it.key()] = std::move(it.value());
    // Kept apart until the module files copy them in once.
    m_variableBlocks.push_back(std::move(part.m_variableBlocks.front()));
    m_outputBlocks.push_back(std::move(part.m_outputBlocks.front()));
    m_requiredInputs += part.m_requiredInputs;
    m_notes += part.m_notes;
    fail(part.m_error);
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
    return i < 0 ? m_design.component(c.parent) : m_index->parents[size_t(i)];
}

const QString& TerraformModule::ref(const Component& c) const
{
    // Every component the generators name is one of the design's (they come from ofType(),
    // targets(), sources() or parents); another one would be a bug.
    const qsizetype i = indexOf(c);
    Q_ASSERT(i >= 0);
    static const QString unknown = QStringLiteral("unknown_component");
    return i < 0 ? unknown : m_index->refs[size_t(i)];
}

void writeVariable(HclWriter& w, const TerraformVariable& v, const QMap<QString, QString>& mapDefault)
{
    w.openBlock(u"variable", {v.name});
    w.stringAttribute(u"description", v.description);
    w.attribute(QStringLiteral("type"), v.type);
    if (!mapDefault.isEmpty()) {
        w.openAttribute(u"default", u"{", QStringLiteral("}"));
        for (auto it = mapDefault.begin(); it != mapDefault.end(); ++it)
            w.attribute(HclWriter::string(it.key()), HclWriter::string(it.value()));
        w.close();
    } else if (!v.defaultValue.isEmpty()) {
        w.attribute(QStringLiteral("default"), v.defaultValue);
    }
    for (const auto& [condition, message] : v.validations) {
        w.blank();
        w.openBlock(u"validation");
        w.attribute(QStringLiteral("condition"), condition);
        w.stringAttribute(u"error_message", message);
        w.close();
    }
    w.close();
    w.blank();
}

void createBeforeDestroy(HclWriter& w)
{
    w.blank();
    w.openBlock(u"lifecycle");
    w.attribute(QStringLiteral("create_before_destroy"), QStringLiteral("true"));
    w.close();
}

void TerraformModule::addVariable(const TerraformVariable& variable)
{
    writeVariable(m_variableBlocks.front(), variable);
    if (variable.defaultValue.isEmpty())
        m_requiredInputs.append(variable.name);
}

void TerraformModule::addOutput(const TerraformOutput& output)
{
    HclWriter& o = m_outputBlocks.front();
    o.openBlock(u"output", {output.name});
    o.stringAttribute(u"description", output.description);
    o.attribute(QStringLiteral("value"), output.value);
    if (output.sensitive)
        o.attribute(QStringLiteral("sensitive"), QStringLiteral("true"));
    o.close();
    o.blank();
}

void TerraformModule::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString TerraformModule::awsName(const Component& c, int idLength, const QString& suffix) const
{
    return HclWriter::expand(u"\"${var.name}-%1%2\"", {awsSlug(c, idLength), suffix});
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
    return valueOr(m_index->byType, type);
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
    if (const ComponentType* t = i < 0 ? m_catalog.type(c.type) : m_index->types[size_t(i)])
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
    return valueOr(m_index->outgoing, id);
}

const std::vector<const Connection*>& TerraformModule::incoming(const QString& id) const
{
    return valueOr(m_index->incoming, id);
}

std::vector<const Component*> TerraformModule::targets(const Component& c, const QString& type) const
{
    if (const qsizetype i = indexOf(c); i >= 0)
        return distinctOfType(m_index->targetsOf[size_t(i)], type);
    std::vector<const Component*> ends;
    for (const Connection* k : outgoing(c.id))
        ends.push_back(m_design.component(k->to));
    return distinctOfType(ends, type);
}

std::vector<const Component*> TerraformModule::sources(const Component& c, const QString& type) const
{
    if (const qsizetype i = indexOf(c); i >= 0)
        return distinctOfType(m_index->sourcesOf[size_t(i)], type);
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

QString TerraformModule::certificateArn(const Component& certificate) const
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

QString TerraformModule::secretArn(const Component& secret) const
{
    if (const Component* db = databaseOfSecret(secret))
        return HclWriter::expand(u"aws_db_instance.%1.master_user_secret[0].secret_arn", {ref(*db)});
    return HclWriter::expand(u"aws_secretsmanager_secret.%1.arn", {ref(secret)});
}

QString TerraformModule::targetGroupOf(const Component& alb, const Component& service) const
{
    const auto albs = sources(service, QStringLiteral("alb"));
    if (albs.empty() || albs.front() == &alb)
        return ref(service);
    return HclWriter::expand(u"%1_%2", {ref(service), ref(alb)});
}

QString TerraformModule::listenerPathOf(const Component& alb, const Component& service) const
{
    for (const Connection* k : outgoing(alb.id))
        if (k->to == service.id && k->label.trimmed().startsWith(QLatin1Char('/')))
            return k->label.trimmed();
    return {};
}

bool TerraformModule::forwardsTo(const Component& alb, const Component& service) const
{
    const auto services = targets(alb, QStringLiteral("ecs_fargate_service"));
    return !services.empty() && (services.front() == &service || !listenerPathOf(alb, service).isEmpty());
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
