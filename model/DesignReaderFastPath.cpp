#include "model/DesignReaderFastPath.h"

#include "model/JsonScanner.h"

#include "model/Catalog.h"
#include "model/DesignReader.h"
#include "model/DesignSettings.h"
#include "model/Integrity.h"
#include "model/Protocols.h"
#include "model/Regions.h"
#include "model/SafeText.h"

#include <QRegularExpression>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sky::DesignReader::FastPath {

bool isValidId(const std::string& id)
{
    const size_t size = id.size();
    if (size < 1 || size > 63 || id[0] < 'a' || id[0] > 'z')
        return false;
    for (size_t i = 1; i < size; ++i) {
        const char ch = id[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'))
            return false;
    }
    return true;
}

bool isValidPair(const Json& v, bool positive)
{
    return v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number()
        && std::isfinite(v[0].get<double>()) && std::isfinite(v[1].get<double>())
        && std::abs(v[0].get<double>()) < 1e7 && std::abs(v[1].get<double>()) < 1e7
        && (!positive || (v[0].get<double>() > 0 && v[1].get<double>() > 0));
}

namespace {

/// Builds one JSON value from parser events exactly as nlohmann's own DOM parser does
/// (a repeated key keeps the last value): for settings, positions, properties, suppressions.
class ValueBuilder {
public:
    void begin()
    {
        m_root = Json();
        m_stack.clear();
        m_element = nullptr;
        m_started = false;
    }
    bool active() const { return m_started ? !m_stack.empty() : m_active; }
    void setActive(bool active) { m_active = active; }
    bool done() const { return m_started && m_stack.empty(); }
    Json take() { return std::move(m_root); }

    template <typename Value>
    void value(Value&& v)
    {
        place(std::forward<Value>(v));
    }
    void startObject() { m_stack.push_back(place(Json::value_t::object)); }
    void startArray() { m_stack.push_back(place(Json::value_t::array)); }
    void key(const std::string& key) { m_element = &(*m_stack.back())[key]; }
    void end() { m_stack.pop_back(); }

private:
    template <typename Value>
    Json* place(Value&& v)
    {
        if (!m_started) {
            m_started = true;
            m_root = Json(std::forward<Value>(v));
            return &m_root;
        }
        Json& top = *m_stack.back();
        if (top.is_array()) {
            top.emplace_back(std::forward<Value>(v));
            return &top.back();
        }
        *m_element = Json(std::forward<Value>(v));
        return m_element;
    }

    Json m_root;
    std::vector<Json*> m_stack;
    Json* m_element = nullptr;
    bool m_started = false;
    bool m_active = false;
};

enum class Field {
    None, Format, Name, Region, Settings, Components, Connections,   // top level
    Id, Type, Label, Parent, Notes, Position, Size, Properties, Suppressions, // items
    From, To, Protocol, Port,
};

enum class State { Start, Root, Components, Component, Connections, Connection, End };

Field rootField(std::string_view key)
{
    if (key == "format") return Field::Format;
    if (key == "name") return Field::Name;
    if (key == "region") return Field::Region;
    if (key == "settings") return Field::Settings;
    if (key == "components") return Field::Components;
    if (key == "connections") return Field::Connections;
    return Field::None;
}

Field componentField(std::string_view key)
{
    if (key == "id") return Field::Id;
    if (key == "type") return Field::Type;
    if (key == "name") return Field::Name;
    if (key == "parent") return Field::Parent;
    if (key == "position") return Field::Position;
    if (key == "size") return Field::Size;
    if (key == "properties") return Field::Properties;
    if (key == "notes") return Field::Notes;
    if (key == "suppressions") return Field::Suppressions;
    return Field::None;
}

Field connectionField(std::string_view key)
{
    if (key == "id") return Field::Id;
    if (key == "from") return Field::From;
    if (key == "to") return Field::To;
    if (key == "protocol") return Field::Protocol;
    if (key == "port") return Field::Port;
    if (key == "label") return Field::Label;
    return Field::None;
}

bool isSubValue(Field f)
{
    return f == Field::Settings || f == Field::Position || f == Field::Size || f == Field::Properties
        || f == Field::Suppressions;
}

/// A null setting or property means "the default", as in the full reader.
void dropNulls(Json& object)
{
    for (auto it = object.begin(); it != object.end();)
        it = it->is_null() ? object.erase(it) : std::next(it);
}

/// Parser events straight into a Design. Every handler returns false ("not clean: stop") on
/// anything the full reader would refuse or warn about; clean files never see that.
class CleanReader final : public nlohmann::json_sax<Json> {
public:
    CleanReader() : m_catalog(Catalog::builtin()) {}

    /// After the parse succeeded: the checks on the whole design, in the full reader's terms.
    std::optional<Design> finish()
    {
        if (m_state != State::End || !m_root.has(Field::Format) || !m_root.has(Field::Name) || !m_root.has(Field::Region)
            || !m_root.has(Field::Components) || !m_root.has(Field::Connections))
            return std::nullopt;
        static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("skyforge/(\\d{1,6})(\\.\\d{1,6})?")));
        const auto m = re.match(m_format);
        if (!m.hasMatch() || m.captured(1).toInt() != 1)
            return std::nullopt;
        if (!Regions::isKnown(m_design.region))
            return std::nullopt;
        if (m_root.has(Field::Settings)) {
            if (!m_settings.is_object())
                return std::nullopt;
            dropNulls(m_settings);
            for (const auto& [key, value] : m_settings.items())
                if (!DesignSettings::checkValue(QString::fromStdString(key), value).isEmpty())
                    return std::nullopt;
            m_design.settings = std::move(m_settings);
        }
        // What Integrity::problems would find, with the indexes at hand (the full reader runs it).
        if (!parentsAreSound())
            return std::nullopt;
        return std::move(m_design);
    }

    bool null() override { return m_sub.active() ? sub([&] { m_sub.value(nullptr); }) : false; }
    bool boolean(bool v) override { return m_sub.active() ? sub([&] { m_sub.value(v); }) : false; }
    bool number_integer(number_integer_t v) override
    {
        if (m_sub.active())
            return sub([&] { m_sub.value(v); });
        return port(v >= 1 && v <= 65535, int(v));
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        if (m_sub.active())
            return sub([&] { m_sub.value(v); });
        return port(v >= 1 && v <= 65535, int(v));
    }
    bool number_float(number_float_t v, const string_t&) override
    {
        return m_sub.active() ? sub([&] { m_sub.value(v); }) : false;
    }
    bool binary(binary_t&) override { return false; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

    bool string(string_t& v) override
    {
        if (m_sub.active())
            return sub([&] { m_sub.value(v); });
        switch (m_state) {
        case State::Root:
            if (m_field == Field::Format)
                return text(v, false, m_format) && consumed();
            if (m_field == Field::Name)
                return text(v, false, m_design.name) && consumed();
            if (m_field == Field::Region)
                return text(v, false, m_design.region) && consumed();
            return false;
        case State::Component:
            switch (m_field) {
            case Field::Id:
                m_idKey = v;
                return FastPath::isValidId(v) && text(v, false, m_component.id) && consumed();
            case Field::Type:
                return word(m_types, v, m_component.type) && consumed();
            case Field::Name:
                return text(v, false, m_component.name) && consumed();
            case Field::Parent:
                return parent(v) && consumed();
            case Field::Notes:
                return text(v, true, m_component.notes) && consumed();
            default:
                return false;
            }
        case State::Connection:
            switch (m_field) {
            case Field::Id:
                m_idKey = v;
                return FastPath::isValidId(v) && text(v, false, m_connection.id) && consumed();
            case Field::From:
                return end(v, m_connection.from, m_fromIndex) && consumed();
            case Field::To:
                return end(v, m_connection.to, m_toIndex) && consumed();
            case Field::Protocol:
                return word(m_protocols, v, m_connection.protocol) && consumed();
            case Field::Label:
                return text(v, false, m_connection.label) && consumed();
            default:
                return false;
            }
        default:
            return false;
        }
    }

    bool key(string_t& key) override
    {
        if (m_sub.active())
            return sub([&] { m_sub.key(key); });
        Seen* seen = nullptr;
        switch (m_state) {
        case State::Root:
            m_field = rootField(key);
            seen = &m_root;
            break;
        case State::Component:
            m_field = componentField(key);
            seen = &m_item;
            break;
        case State::Connection:
            m_field = connectionField(key);
            seen = &m_item;
            break;
        default:
            return false;
        }
        // An unknown key is kept with a warning, a repeated one is resolved by the parser:
        // both are for the full reader.
        if (m_field == Field::None || seen->has(m_field))
            return false;
        seen->add(m_field);
        if (isSubValue(m_field)) {
            m_sub.begin();
            m_sub.setActive(true);
        }
        return true;
    }

    bool start_object(std::size_t) override
    {
        if (!deeper())
            return false;
        if (m_sub.active())
            return sub([&] { m_sub.startObject(); });
        if (m_state == State::Start) {
            m_state = State::Root;
            return true;
        }
        if (m_state == State::Components) {
            if (m_design.components().size() >= size_t(kMaxComponents))
                return false;
            m_component = Component();
            m_parentIndex = kNoParent;
            m_item = Seen();
            m_state = State::Component;
            return true;
        }
        if (m_state == State::Connections) {
            if (m_design.connections().size() >= size_t(kMaxConnections))
                return false;
            m_connection = Connection();
            m_item = Seen();
            m_state = State::Connection;
            return true;
        }
        return false;
    }

    bool end_object() override
    {
        --m_depth;
        if (m_sub.active())
            return sub([&] { m_sub.end(); });
        switch (m_state) {
        case State::Root:
            m_state = State::End;
            return true;
        case State::Component:
            m_state = State::Components;
            return finishComponent();
        case State::Connection:
            m_state = State::Connections;
            return finishConnection();
        default:
            return false;
        }
    }

    bool start_array(std::size_t) override
    {
        if (!deeper())
            return false;
        if (m_sub.active())
            return sub([&] { m_sub.startArray(); });
        if (m_state != State::Root)
            return false;
        if (m_field == Field::Components) {
            m_state = State::Components;
            return consumed();
        }
        // Connections are checked against every component id: components must come first.
        if (m_field == Field::Connections && m_componentsDone) {
            m_state = State::Connections;
            return consumed();
        }
        return false;
    }

    bool end_array() override
    {
        --m_depth;
        if (m_sub.active())
            return sub([&] { m_sub.end(); });
        if (m_state == State::Components) {
            m_componentsDone = true;
            m_state = State::Root;
            return true;
        }
        if (m_state == State::Connections) {
            m_state = State::Root;
            return true;
        }
        return false;
    }

private:
    /// Which keys an object has shown, to refuse a repeated one.
    struct Seen {
        unsigned bits = 0;
        bool has(Field f) const { return bits & (1u << unsigned(f)); }
        void add(Field f) { bits |= 1u << unsigned(f); }
    };

    /// The nesting cap (kMaxDepth): a parsed file within it is exactly one that the byte scan
    /// before the full reader passes, so the fast path need not scan the bytes first.
    bool deeper() { return ++m_depth <= kMaxDepth; }

    bool consumed()
    {
        m_field = Field::None;
        return true;
    }

    /// Feeds the value builder; when its value is whole, hands it to the field it belongs to.
    template <typename Step>
    bool sub(Step step)
    {
        step();
        if (!m_sub.done())
            return true;
        m_sub.setActive(false);
        Json value = m_sub.take();
        switch (m_field) {
        case Field::Settings: m_settings = std::move(value); break;
        case Field::Position: m_position = std::move(value); break;
        case Field::Size: m_size = std::move(value); break;
        case Field::Properties: m_component.properties = std::move(value); break;
        case Field::Suppressions: m_suppressions = std::move(value); break;
        default: return false;
        }
        return consumed();
    }

    /// Text as the full reader accepts it without a word: not too long, no control character.
    static bool text(const std::string& s, bool multiline, QString& out)
    {
        if (s.size() > size_t(kMaxTextLength))
            return false;
        out = QString::fromStdString(s);
        return SafeText::check(out, multiline).isEmpty();
    }

    /// Types and protocols repeat: one shared QString per spelling.
    static bool word(std::unordered_map<std::string, QString>& words, const std::string& s, QString& out)
    {
        if (const auto it = words.find(s); it != words.end()) {
            out = it->second;
            return true;
        }
        if (!text(s, false, out))
            return false;
        words.emplace(s, out);
        return true;
    }

    /// A parent named before its child (the usual order) is resolved now and shares the
    /// parent's id text; one named later is resolved at the end.
    bool parent(const std::string& s)
    {
        if (const auto it = m_ids.find(s); it != m_ids.end() && it->second >= 0) {
            m_component.parent = m_design.components()[size_t(it->second)].id;
            m_parentIndex = it->second;
            return true;
        }
        m_parentIndex = kLaterParent;
        return text(s, false, m_component.parent);
    }

    /// A connection end: an existing component (connections come after every component).
    bool end(const std::string& s, QString& out, int& index)
    {
        const auto it = m_ids.find(s);
        if (it == m_ids.end() || it->second < 0)
            return false;
        index = it->second;
        out = m_design.components()[size_t(index)].id;
        return true;
    }

    /// Parents exist, are containers, and hold no cycle: each component is walked once
    /// (0 = not seen, 1 = on the current walk, 2 = known to reach the top level).
    bool parentsAreSound()
    {
        const auto& components = m_design.components();
        for (size_t i = 0; i < components.size(); ++i) {
            int& p = m_parentOf[i];
            if (p == kLaterParent) {
                const auto it = m_ids.find(components[i].parent.toStdString());
                if (it == m_ids.end() || it->second < 0)
                    return false;
                p = it->second;
            }
            if (p >= 0 && !m_container[size_t(p)])
                return false;
        }
        return Integrity::parentsAcyclic(m_parentOf);
    }

    bool port(bool inRange, int value)
    {
        if (m_state != State::Connection || m_field != Field::Port || !inRange)
            return false;
        m_connection.port = value;
        return consumed();
    }

    bool finishComponent()
    {
        Component& c = m_component;
        if (!m_item.has(Field::Id) || !m_item.has(Field::Type))
            return false;
        if (m_item.has(Field::Position)) {
            if (!isValidPair(m_position, false))
                return false;
            c.position = QPointF(m_position[0].get<double>(), m_position[1].get<double>());
        }
        if (m_item.has(Field::Size)) {
            if (!isValidPair(m_size, true))
                return false;
            c.size = QSizeF(m_size[0].get<double>(), m_size[1].get<double>());
        }
        // A type the catalog does not know is loaded with a warning: for the full reader.
        const ComponentType* type = m_catalog.type(c.type);
        if (!type)
            return false;
        if (m_item.has(Field::Properties)) {
            if (!c.properties.is_object())
                return false;
            dropNulls(c.properties);
            for (const auto& [key, value] : c.properties.items()) {
                const PropertySpec* spec = type->property(QString::fromStdString(key));
                if (!spec || !Catalog::checkValue(*spec, value).isEmpty())
                    return false;
            }
        }
        if (m_item.has(Field::Suppressions)) {
            if (!m_suppressions.is_array())
                return false;
            for (const Json& item : m_suppressions) {
                if (!item.is_object())
                    return false;
                const auto rule = item.find("rule");
                const auto reason = item.find("reason");
                if (rule == item.end() || reason == item.end() || !rule->is_string() || !reason->is_string())
                    return false;
                Suppression s;
                if (!text(rule->get_ref<const std::string&>(), false, s.rule)
                    || !text(reason->get_ref<const std::string&>(), true, s.reason) || s.reason.trimmed().isEmpty())
                    return false;
                c.suppressions.push_back(std::move(s));
            }
        }
        const int index = int(m_design.components().size());
        if (!m_ids.try_emplace(std::move(m_idKey), index).second)
            return false; // an id used twice
        m_parentOf.push_back(m_item.has(Field::Parent) && !c.parent.isEmpty() ? m_parentIndex : kNoParent);
        m_container.push_back(type->container);
        m_design.appendComponent(std::move(c));
        return true;
    }

    bool finishConnection()
    {
        Connection& c = m_connection;
        if (!m_item.has(Field::Id) || !m_item.has(Field::From) || !m_item.has(Field::To) || !m_item.has(Field::Protocol))
            return false;
        if (!Protocols::isKnown(c.protocol))
            return false;
        if (!m_item.has(Field::Port) && c.protocol == QLatin1String("tcp"))
            return false;
        if (m_fromIndex == m_toIndex || m_container[size_t(m_fromIndex)] || m_container[size_t(m_toIndex)])
            return false;
        if (!m_ids.try_emplace(std::move(m_idKey), kConnection).second)
            return false; // an id used twice
        m_design.appendConnection(std::move(c));
        return true;
    }

    const Catalog& m_catalog;
    State m_state = State::Start;
    int m_depth = 0;
    Field m_field = Field::None;
    Seen m_root;
    Seen m_item;
    bool m_componentsDone = false;
    ValueBuilder m_sub;
    Design m_design;
    QString m_format;
    Json m_settings;
    Component m_component;
    Connection m_connection;
    Json m_position;
    Json m_size;
    Json m_suppressions;
    static constexpr int kNoParent = -1;
    static constexpr int kLaterParent = -2;
    static constexpr int kConnection = -1;
    std::string m_idKey;
    int m_parentIndex = kNoParent;
    int m_fromIndex = -1;
    int m_toIndex = -1;
    std::unordered_map<std::string, int> m_ids; ///< component id -> index; connection id -> kConnection
    std::vector<int> m_parentOf;                ///< per component: parent index, kNoParent or kLaterParent
    std::vector<char> m_container;              ///< per component: its type is a container
    std::unordered_map<std::string, QString> m_types;
    std::unordered_map<std::string, QString> m_protocols;
};

} // namespace

std::optional<Design> readClean(const QByteArray& bytes)
{
    try {
        CleanReader reader;
        JsonScanner scanner(bytes.constBegin(), bytes.constEnd());
        if (!scanner.parse(reader))
            return std::nullopt;
        return reader.finish();
    } catch (...) {
        // Whatever went wrong, the full reader reads the file again and says what.
        return std::nullopt;
    }
}

} // namespace sky::DesignReader::FastPath
