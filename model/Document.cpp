#include "model/Document.h"

#include "model/Catalog.h"
#include "model/Integrity.h"
#include "model/Placement.h"
#include "model/Protocols.h"
#include "model/DesignSettings.h"
#include "model/Regions.h"
#include "model/SafeText.h"
#include "model/UndoCommands.h"

#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

namespace sky {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QString& text) { return text.toStdString(); }

Json pointJson(const std::optional<QPointF>& p)
{
    return p ? Json::array({p->x(), p->y()}) : Json();
}

Json sizeJson(const std::optional<QSizeF>& size)
{
    return size ? Json::array({size->width(), size->height()}) : Json();
}

bool isPair(const Json& v)
{
    return v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number();
}

/// FORMAT.md: [a-z][a-z0-9_-]{0,62}, as DesignReader checks.
bool isValidId(const QString& id)
{
    // anchoredPattern: a bare '$' would also accept one trailing line break.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_-]{0,62}")));
    return re.match(id).hasMatch();
}

const QString kProperties = QStringLiteral("properties.");
const QString kSettings = QStringLiteral("settings.");

} // namespace

Document::Document(QObject* parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { emit changed(); });
}

Document::~Document() = default;

const Catalog& Document::catalog() const { return Catalog::builtin(); }

void Document::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool Document::isModified() const { return !m_undoStack->isClean(); }
void Document::markSaved() { m_undoStack->setClean(); }

void Document::reset(Design design, const QString& filePath)
{
    m_undoStack->clear();
    m_design = std::move(design);
    setFilePath(filePath);
    checkIntegrity();
    emit documentReset();
    emit changed();
}

QString Document::uniqueId(const QString& base) const
{
    QString stem = base.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("_"));
    if (stem.isEmpty() || !stem.at(0).isLetter())
        stem.prepend(QLatin1Char('c'));
    stem = stem.left(56);
    if (!m_design.hasId(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('_') + QString::number(n);
        if (!m_design.hasId(candidate))
            return candidate;
    }
}

bool Document::addComponent(Component component, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (component.id.isEmpty())
        component.id = uniqueId(component.type);
    if (m_design.hasId(component.id))
        return fail(tr("The id '%1' is already used").arg(component.id));
    // The loader's rules (hardening, issue #8): whatever is added must load again.
    if (!isValidId(component.id))
        return fail(tr("'%1' is not a valid id").arg(component.id));
    if (const QString why = SafeText::check(component.name, false) + SafeText::check(component.notes, true); !why.isEmpty())
        return fail(why);
    if (!catalog().type(component.type))
        return fail(tr("'%1' is not a component type of the catalog").arg(component.type));
    if (const QString why = Placement::check(catalog(), m_design, component.type, component.parent); !why.isEmpty())
        return fail(why);
    m_undoStack->push(new AddComponentCommand(this, std::move(component)));
    return true;
}

bool Document::addConnection(Connection connection, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (connection.id.isEmpty())
        connection.id = uniqueId(QStringLiteral("c"));
    if (m_design.hasId(connection.id))
        return fail(tr("The id '%1' is already used").arg(connection.id));
    if (!isValidId(connection.id))
        return fail(tr("'%1' is not a valid id").arg(connection.id));
    if (const QString why = SafeText::check(connection.label, false); !why.isEmpty())
        return fail(why);
    if (connection.port && (*connection.port < 1 || *connection.port > 65535))
        return fail(tr("A port is a whole number from 1 to 65535"));
    const Component* from = m_design.component(connection.from);
    const Component* to = m_design.component(connection.to);
    if (!from || !to)
        return fail(tr("A connection joins two existing components"));
    if (connection.from == connection.to)
        return fail(tr("A component cannot connect to itself"));
    for (const Component* end : {from, to})
        if (const ComponentType* t = catalog().type(end->type); t && t->container)
            return fail(tr("Connections join components, not containers like %1").arg(catalog().displayName(*end)));
    if (!Protocols::isKnown(connection.protocol))
        return fail(tr("'%1' is not a protocol").arg(connection.protocol));
    if (connection.protocol == QLatin1String("tcp") && !connection.port)
        return fail(tr("A tcp connection needs a port"));
    m_undoStack->push(new AddConnectionCommand(this, std::move(connection)));
    return true;
}

QStringList Document::descendants(const QString& id) const
{
    QStringList result;
    QStringList frontier{id};
    while (!frontier.isEmpty()) {
        QStringList next;
        for (const QString& parent : frontier)
            next += m_design.children(parent);
        result += next;
        frontier = next;
    }
    return result;
}

void Document::removeItems(const QStringList& ids, const QString& text)
{
    QStringList components;
    QSet<QString> seen;
    for (const QString& id : ids) {
        if (!m_design.component(id) || seen.contains(id))
            continue;
        const QStringList inside = descendants(id);
        for (const QString& c : QStringList{id} + inside)
            if (!seen.contains(c)) {
                seen.insert(c);
                components << c;
            }
    }
    QStringList connections;
    QSet<QString> seenConnections;
    for (const Connection& c : m_design.connections()) {
        const bool touches = seen.contains(c.from) || seen.contains(c.to);
        if ((touches || ids.contains(c.id)) && !seenConnections.contains(c.id)) {
            seenConnections.insert(c.id);
            connections << c.id;
        }
    }
    if (components.isEmpty() && connections.isEmpty())
        return;
    const int count = int(components.size() + connections.size());
    auto* macro = new QUndoCommand(text.isEmpty() ? tr("Delete %n item(s)", nullptr, count) : text);
    for (const QString& id : connections)
        new RemoveConnectionCommand(this, id, macro);
    // Deepest first, so that undo puts parents back before their children.
    std::sort(components.begin(), components.end(), [this](const QString& a, const QString& b) {
        const auto depth = [this](QString id) {
            int d = 0;
            while (const Component* c = m_design.component(id)) {
                if (c->parent.isEmpty())
                    break;
                id = c->parent;
                ++d;
            }
            return d;
        };
        return depth(a) > depth(b);
    });
    for (const QString& id : components)
        new RemoveComponentCommand(this, id, macro);
    m_undoStack->push(macro);
}

void Document::moveComponents(const QHash<QString, QPointF>& positions, bool mergeable)
{
    QHash<QString, std::pair<Json, QPointF>> moves;
    for (auto it = positions.begin(); it != positions.end(); ++it)
        if (const Component* c = m_design.component(it.key()); c && (!c->position || *c->position != it.value()))
            moves.insert(it.key(), {pointJson(c->position), it.value()});
    if (!moves.isEmpty())
        m_undoStack->push(new MoveComponentsCommand(this, std::move(moves), mergeable));
}

void Document::moveComponentsBy(const QStringList& ids, QPointF delta, bool mergeable)
{
    QHash<QString, QPointF> positions;
    for (const QString& id : ids)
        for (const QString& moved : QStringList{id} + descendants(id))
            if (const Component* c = m_design.component(moved); c && !positions.contains(moved))
                positions.insert(moved, c->position.value_or(QPointF()) + delta);
    moveComponents(positions, mergeable);
}

QString Document::checkValue(Target target, const QString& id, const QString& key, const Json& value) const
{
    switch (target) {
    case Target::Component: {
        const Component* c = m_design.component(id);
        if (!c)
            return tr("No component '%1'").arg(id);
        if (key == QLatin1String("name") || key == QLatin1String("notes")) {
            if (value.is_null())
                return {};
            // The loader's rule (SafeText): what the window accepts must load again.
            return value.is_string() ? SafeText::check(q(value.get<std::string>()), key == QLatin1String("notes"))
                                     : tr("%1 must be text").arg(key);
        }
        if (key == QLatin1String("position") || key == QLatin1String("size"))
            return value.is_null() || isPair(value) ? QString() : tr("%1 must be two numbers").arg(key);
        if (key == QLatin1String("type"))
            return value.is_string() && catalog().type(q(value.get<std::string>())) ? QString() : tr("Unknown type");
        if (key == QLatin1String("parent"))
            return tr("Use reparent to change a parent");
        if (key == QLatin1String("suppressions")) {
            if (value.is_null())
                return {};
            if (!value.is_array())
                return tr("Suppressions are a list");
            for (const Json& item : value)
                if (!item.is_object() || !item.value("rule", Json()).is_string() || !item.value("reason", Json()).is_string()
                    || q(item["reason"].get<std::string>()).trimmed().isEmpty())
                    return tr("A suppression needs a rule and a reason");
                else if (const QString why = SafeText::check(q(item["rule"].get<std::string>()), false)
                             + SafeText::check(q(item["reason"].get<std::string>()), true); !why.isEmpty())
                    return why;
            return {};
        }
        if (key.startsWith(kProperties)) {
            if (value.is_null())
                return {};
            const ComponentType* t = catalog().type(c->type);
            const PropertySpec* spec = t ? t->property(key.mid(kProperties.size())) : nullptr;
            return spec ? Catalog::checkValue(*spec, value) : QString();
        }
        return tr("'%1' is not a component field").arg(key);
    }
    case Target::Connection: {
        const Connection* c = m_design.connection(id);
        if (!c)
            return tr("No connection '%1'").arg(id);
        if (key == QLatin1String("label"))
            return value.is_null() ? QString() : value.is_string() ? SafeText::check(q(value.get<std::string>()), false) : tr("A label is text");
        if (key == QLatin1String("protocol")) {
            if (!value.is_string() || !Protocols::isKnown(q(value.get<std::string>())))
                return tr("Unknown protocol");
            // As the reader requires: else the saved file would not load again.
            return value == "tcp" && !c->port ? tr("A tcp connection needs a port") : QString();
        }
        if (key == QLatin1String("port")) {
            if (value.is_null())
                return c->protocol == QLatin1String("tcp") ? tr("A tcp connection needs a port") : QString();
            return value.is_number_integer() && value.get<long long>() >= 1 && value.get<long long>() <= 65535
                ? QString() : tr("A port is a whole number from 1 to 65535");
        }
        if (key == QLatin1String("from") || key == QLatin1String("to")) {
            if (!value.is_string())
                return tr("A connection end is a component id");
            const Component* end = m_design.component(q(value.get<std::string>()));
            if (!end)
                return tr("No component '%1'").arg(q(value.get<std::string>()));
            if (const ComponentType* t = catalog().type(end->type); t && t->container)
                return tr("Connections join components, not containers");
            const QString other = key == QLatin1String("from") ? c->to : c->from;
            return end->id == other ? tr("A component cannot connect to itself") : QString();
        }
        return tr("'%1' is not a connection field").arg(key);
    }
    case Target::Design:
        if (key == QLatin1String("name"))
            return value.is_string() ? SafeText::check(q(value.get<std::string>()), false) : tr("The name is text");
        if (key == QLatin1String("region"))
            return value.is_string() && Regions::isKnown(q(value.get<std::string>())) ? QString() : tr("Not an AWS region code");
        if (key.startsWith(kSettings))
            return value.is_null() ? QString() : DesignSettings::checkValue(key.mid(kSettings.size()), value);
        return tr("'%1' is not a design field").arg(key);
    }
    return {};
}

bool Document::setValue(Target target, const QString& id, const QString& key, const Json& value, QString* error)
{
    if (const QString why = checkValue(target, id, key, value); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    Json old = this->value(target, id, key);
    if (old == value)
        return true;
    m_undoStack->push(new SetValueCommand(this, target, id, key, std::move(old), value));
    return true;
}

bool Document::reparent(const QString& id, const QString& newParent, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const Component* c = m_design.component(id);
    if (!c)
        return fail(tr("No component '%1'").arg(id));
    if (c->parent == newParent)
        return true;
    if (newParent == id || descendants(id).contains(newParent))
        return fail(tr("A container cannot go inside itself"));
    if (!newParent.isEmpty()) {
        const Component* p = m_design.component(newParent);
        const ComponentType* t = p ? catalog().type(p->type) : nullptr;
        if (!t || !t->container)
            return fail(tr("'%1' is not a container").arg(newParent));
    }
    if (const QString why = Placement::check(catalog(), m_design, c->type, newParent); !why.isEmpty())
        return fail(why);
    m_undoStack->push(new SetValueCommand(this, Target::Component, id, QStringLiteral("parent"),
                                          c->parent.isEmpty() ? Json() : Json(s(c->parent)),
                                          newParent.isEmpty() ? Json() : Json(s(newParent))));
    return true;
}

void Document::beginMacro(const QString& text) { m_undoStack->beginMacro(text); }
void Document::endMacro() { m_undoStack->endMacro(); }

Json Document::value(Target target, const QString& id, const QString& key) const
{
    const auto text = [](const QString& t) { return t.isEmpty() ? Json() : Json(s(t)); };
    switch (target) {
    case Target::Component: {
        const Component* c = m_design.component(id);
        if (!c)
            return {};
        if (key == QLatin1String("name")) return text(c->name);
        if (key == QLatin1String("notes")) return text(c->notes);
        if (key == QLatin1String("parent")) return text(c->parent);
        if (key == QLatin1String("type")) return text(c->type);
        if (key == QLatin1String("position")) return pointJson(c->position);
        if (key == QLatin1String("size")) return sizeJson(c->size);
        if (key == QLatin1String("suppressions")) {
            if (c->suppressions.empty())
                return {};
            Json list = Json::array();
            for (const Suppression& sup : c->suppressions)
                list.push_back({{"rule", s(sup.rule)}, {"reason", s(sup.reason)}});
            return list;
        }
        if (key.startsWith(kProperties)) {
            const auto it = c->properties.find(s(key.mid(kProperties.size())));
            return it == c->properties.end() ? Json() : *it;
        }
        return {};
    }
    case Target::Connection: {
        const Connection* c = m_design.connection(id);
        if (!c)
            return {};
        if (key == QLatin1String("from")) return text(c->from);
        if (key == QLatin1String("to")) return text(c->to);
        if (key == QLatin1String("protocol")) return text(c->protocol);
        if (key == QLatin1String("label")) return text(c->label);
        if (key == QLatin1String("port")) return c->port ? Json(*c->port) : Json();
        return {};
    }
    case Target::Design:
        if (key == QLatin1String("name")) return s(m_design.name);
        if (key == QLatin1String("region")) return s(m_design.region);
        if (key.startsWith(kSettings)) {
            const auto it = m_design.settings.find(s(key.mid(kSettings.size())));
            return it == m_design.settings.end() ? Json() : *it;
        }
        return {};
    }
    return {};
}

void Document::insertComponentRaw(int index, const Component& component)
{
    m_design.insertComponent(index, component);
    checkIntegrity();
    emit componentAdded(component.id);
    emit changed();
}

Component Document::takeComponentRaw(const QString& id, int* index)
{
    Component taken = m_design.takeComponent(id, index);
    checkIntegrity();
    emit componentRemoved(id);
    emit changed();
    return taken;
}

void Document::insertConnectionRaw(int index, const Connection& connection)
{
    m_design.insertConnection(index, connection);
    checkIntegrity();
    emit connectionAdded(connection.id);
    emit changed();
}

Connection Document::takeConnectionRaw(const QString& id, int* index)
{
    Connection taken = m_design.takeConnection(id, index);
    checkIntegrity();
    emit connectionRemoved(id);
    emit changed();
    return taken;
}

void Document::setValueRaw(Target target, const QString& id, const QString& key, const Json& value)
{
    const auto text = [&value] { return value.is_string() ? q(value.get<std::string>()) : QString(); };
    switch (target) {
    case Target::Component: {
        Component* c = m_design.mutableComponent(id);
        Q_ASSERT(c);
        if (!c)
            return;
        if (key == QLatin1String("name")) c->name = text();
        else if (key == QLatin1String("notes")) c->notes = text();
        else if (key == QLatin1String("parent")) c->parent = text();
        else if (key == QLatin1String("type")) c->type = text();
        else if (key == QLatin1String("position"))
            c->position = isPair(value) ? std::optional(QPointF(value[0].get<double>(), value[1].get<double>())) : std::nullopt;
        else if (key == QLatin1String("size"))
            c->size = isPair(value) ? std::optional(QSizeF(value[0].get<double>(), value[1].get<double>())) : std::nullopt;
        else if (key == QLatin1String("suppressions")) {
            c->suppressions.clear();
            if (value.is_array())
                for (const Json& item : value)
                    c->suppressions.push_back({q(item.value("rule", "")), q(item.value("reason", ""))});
        } else if (key.startsWith(kProperties)) {
            const std::string k = s(key.mid(kProperties.size()));
            if (value.is_null())
                c->properties.erase(k);
            else
                c->properties[k] = value;
        }
        checkIntegrity();
        emit componentChanged(id, key);
        break;
    }
    case Target::Connection: {
        Connection* c = m_design.mutableConnection(id);
        Q_ASSERT(c);
        if (!c)
            return;
        if (key == QLatin1String("from")) c->from = text();
        else if (key == QLatin1String("to")) c->to = text();
        else if (key == QLatin1String("protocol")) c->protocol = text();
        else if (key == QLatin1String("label")) c->label = text();
        else if (key == QLatin1String("port")) c->port = value.is_number_integer() ? std::optional(value.get<int>()) : std::nullopt;
        checkIntegrity();
        emit connectionChanged(id, key);
        break;
    }
    case Target::Design:
        if (key == QLatin1String("name")) m_design.name = text();
        else if (key == QLatin1String("region")) m_design.region = text();
        else if (key.startsWith(kSettings)) {
            const std::string k = s(key.mid(kSettings.size()));
            if (value.is_null())
                m_design.settings.erase(k);
            else
                m_design.settings[k] = value;
        }
        emit designChanged(key);
        break;
    }
    emit changed();
}

void Document::checkIntegrity() const
{
#ifndef NDEBUG
    const QStringList problems = Integrity::problems(m_design);
    Q_ASSERT_X(problems.isEmpty(), "Document", qPrintable(problems.join(QLatin1Char('\n'))));
#endif
}

} // namespace sky
