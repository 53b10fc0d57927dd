#include "model/DesignReader.h"

#include "model/Catalog.h"
#include "model/DesignReaderFastPath.h"
#include "model/DesignSettings.h"
#include "model/Integrity.h"
#include "model/Protocols.h"
#include "model/Regions.h"
#include "model/SafeText.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <string_view>

namespace sky::DesignReader {

namespace {

/// Thrown inside the reader only; becomes LoadResult::error.
struct Refusal {
    QString path;
    QString message;
};

[[noreturn]] void refuse(const QString& path, const QString& message) { throw Refusal{path, message}; }

QString q(const std::string& s) { return QString::fromStdString(s); }

using SafeText::printable;

/// Depth of [ and { outside strings; returns the offset where it first exceeds the cap, or -1.
qsizetype tooDeepAt(const QByteArray& bytes)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char ch = bytes[i];
        if (inString) {
            if (ch == '\\')
                ++i;
            else if (ch == '"')
                inString = false;
        } else if (ch == '"') {
            inString = true;
        } else if (ch == '[' || ch == '{') {
            if (++depth > kMaxDepth)
                return i;
        } else if (ch == ']' || ch == '}') {
            --depth;
        }
    }
    return -1;
}

std::pair<int, int> lineColumn(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, bytes.size()); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

/// Where a value sits in the file ("components[3].properties.multi_az"). Paths are linked
/// stack objects that become text only when a refusal or a warning needs them: formatting a
/// path for every field of every item was most of the time a 10k-component load took.
class Path {
public:
    explicit Path(const char* key) : m_key(key) {}
    explicit Path(const std::string& key) : m_stdKey(&key) {}
    Path(const Path& parent, const char* key) : m_parent(&parent), m_key(key) {}
    Path(const Path& parent, const std::string& key) : m_parent(&parent), m_stdKey(&key) {}
    Path(const Path& parent, size_t index) : m_parent(&parent), m_index(index), m_isIndex(true) {}

    QString toString() const
    {
        QString text = m_parent ? m_parent->toString() : QString();
        if (m_isIndex)
            return text + QStringLiteral("[%1]").arg(m_index);
        if (m_parent)
            text += QLatin1Char('.');
        return text + (m_stdKey ? q(*m_stdKey) : QString::fromLatin1(m_key));
    }

private:
    const Path* m_parent = nullptr;
    const char* m_key = nullptr;
    const std::string* m_stdKey = nullptr;
    size_t m_index = 0;
    bool m_isIndex = false;
};

[[noreturn]] void refuse(const Path& path, const QString& message) { throw Refusal{path.toString(), message}; }

bool isOneOf(const std::string& key, std::initializer_list<std::string_view> known)
{
    return std::find(known.begin(), known.end(), std::string_view(key)) != known.end();
}

/// The value of `key`, or null when the object has none (one lookup instead of contains + []).
const Json* member(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

Json* member(Json& object, const char* key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

/// Reads the parsed root into a Design. Takes the root by reference and moves the values it
/// keeps (properties, settings, unknown keys) out of it instead of copying them.
class Reader {
public:
    explicit Reader(QStringList& warnings) : m_warnings(warnings) {}

    Design read(Json& root)
    {
        if (!root.is_object())
            refuse(QString(), QStringLiteral("the file must hold one JSON object"));
        readFormat(root);
        Design design;
        design.name = text(root, "name", Path("name"), true);
        design.region = text(root, "region", Path("region"), true);
        if (!Regions::isKnown(design.region))
            warn(QStringLiteral("region"), QStringLiteral("'%1' is not an AWS region code (e.g. us-east-1)").arg(design.region));
        if (Json* settings = member(root, "settings")) {
            if (!settings->is_object())
                refuse(QStringLiteral("settings"), QStringLiteral("must be an object"));
            design.settings = std::move(*settings);
            dropNulls(design.settings);
            for (const auto& [key, value] : design.settings.items())
                if (const QString why = DesignSettings::checkValue(q(key), value); !why.isEmpty())
                    warn(QStringLiteral("settings.") + q(key), why);
        }
        Json& components = required(root, "components", QStringLiteral("components"));
        if (!components.is_array())
            refuse(QStringLiteral("components"), QStringLiteral("must be an array"));
        if (components.size() > size_t(kMaxComponents))
            refuse(QStringLiteral("components"), QStringLiteral("more than %1 components").arg(kMaxComponents));
        const Path componentsPath("components");
        for (size_t i = 0; i < components.size(); ++i) {
            const Path at(componentsPath, i);
            Component c = readComponent(components[i], at);
            if (design.hasId(c.id))
                refuse(Path(at, "id"), QStringLiteral("'%1' is used twice; ids must be unique").arg(c.id));
            design.appendComponent(std::move(c));
        }
        Json& connections = required(root, "connections", QStringLiteral("connections"));
        if (!connections.is_array())
            refuse(QStringLiteral("connections"), QStringLiteral("must be an array"));
        if (connections.size() > size_t(kMaxConnections))
            refuse(QStringLiteral("connections"), QStringLiteral("more than %1 connections").arg(kMaxConnections));
        const Path connectionsPath("connections");
        for (size_t i = 0; i < connections.size(); ++i) {
            const Path at(connectionsPath, i);
            Connection c = readConnection(connections[i], at);
            if (design.hasId(c.id))
                refuse(Path(at, "id"), QStringLiteral("'%1' is used twice; ids must be unique").arg(c.id));
            design.appendConnection(std::move(c));
        }
        for (auto& [key, value] : root.items())
            if (!isOneOf(key, {"format", "name", "region", "settings", "components", "connections"})) {
                design.extra[key] = std::move(value);
                warn(q(key), QStringLiteral("unknown key, kept as it is"));
            }
        // Parents, cycles and connection ends, with the path of the first offence.
        const QStringList problems = Integrity::problems(design);
        if (!problems.isEmpty()) {
            const QString first = problems.first();
            const int colon = first.indexOf(QStringLiteral(": "));
            refuse(first.left(colon), first.mid(colon + 2));
        }
        return design;
    }

private:
    /// A null setting or property means "the default", exactly like an absent one (the
    /// Document removes a key set to null); keeping it made undo and reload disagree.
    static void dropNulls(Json& object)
    {
        for (auto it = object.begin(); it != object.end();)
            it = it->is_null() ? object.erase(it) : std::next(it);
    }

    void warn(const QString& path, const QString& message) { m_warnings << printable(path + QStringLiteral(": ") + message); }
    void warn(const Path& path, const QString& message) { warn(path.toString(), message); }

    Json& required(Json& object, const char* key, const QString& path)
    {
        Json* value = member(object, key);
        if (!value)
            refuse(path, QStringLiteral("is missing"));
        return *value;
    }

    /// Names and labels reach terminals, logs and exports: a control character (ESC, carriage
    /// return, NUL, ...) is refused; tab and line break are text. Notes and suppression reasons
    /// are `multiline` prose and may also hold a carriage return.
    QString text(const Json& object, const char* key, const Path& path, bool isRequired, bool multiline = false)
    {
        const Json* value = member(object, key);
        if (!value) {
            if (isRequired)
                refuse(path, QStringLiteral("is missing"));
            return {};
        }
        if (!value->is_string())
            refuse(path, QStringLiteral("must be a string"));
        const std::string& s = value->get_ref<const std::string&>();
        if (s.size() > size_t(kMaxTextLength))
            refuse(path, QStringLiteral("is longer than %1 bytes").arg(kMaxTextLength));
        const QString result = q(s);
        if (const QString why = SafeText::check(result, multiline); !why.isEmpty())
            refuse(path, why);
        return result;
    }

    void readFormat(const Json& root)
    {
        const QString format = text(root, "format", Path("format"), true);
        static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("skyforge/(\\d{1,6})(\\.\\d{1,6})?")));
        const auto m = re.match(format);
        if (!m.hasMatch())
            refuse(QStringLiteral("format"), QStringLiteral("'%1' is not a Skyforge format (expected skyforge/1)").arg(format.left(40)));
        if (m.captured(1).toInt() > 1)
            refuse(QStringLiteral("format"), QStringLiteral("the file is in format %1, written by a newer Skyforge; "
                                                            "this version reads skyforge/1: upgrade Skyforge to open it").arg(format));
        if (m.captured(1).toInt() < 1)
            refuse(QStringLiteral("format"), QStringLiteral("'%1' is not a Skyforge format (expected skyforge/1)").arg(format));
    }

    QString readId(const Json& object, const Path& path)
    {
        const Path at(path, "id");
        const QString id = text(object, "id", at, true);
        // text() made sure it is a string.
        if (!FastPath::isValidId(object.find("id")->get_ref<const std::string&>()))
            refuse(at, QStringLiteral("'%1' is not a valid id (a lower-case letter, then up to 62 of a-z, 0-9, _ and -)").arg(id.left(80)));
        return id;
    }

    std::optional<std::pair<double, double>> pair(const Json& object, const char* key, const Path& path, bool positive)
    {
        const Json* found = member(object, key);
        if (!found)
            return std::nullopt;
        const Json& v = *found;
        const bool ok = FastPath::isValidPair(v, positive);
        if (!ok)
            refuse(path, positive ? QStringLiteral("must be [width, height], two positive numbers")
                                  : QStringLiteral("must be [x, y], two numbers"));
        return std::pair{v[0].get<double>(), v[1].get<double>()};
    }

    Component readComponent(Json& node, const Path& path)
    {
        if (!node.is_object())
            refuse(path, QStringLiteral("must be an object"));
        Component c;
        c.id = readId(node, path);
        c.type = text(node, "type", Path(path, "type"), true);
        c.name = text(node, "name", Path(path, "name"), false);
        c.parent = text(node, "parent", Path(path, "parent"), false);
        c.notes = text(node, "notes", Path(path, "notes"), false, true);
        if (auto p = pair(node, "position", Path(path, "position"), false))
            c.position = QPointF(p->first, p->second);
        if (auto s = pair(node, "size", Path(path, "size"), true))
            c.size = QSizeF(s->first, s->second);
        const ComponentType* type = Catalog::builtin().type(c.type);
        if (!type)
            warn(Path(path, "type"), QStringLiteral("'%1' is not a component type of the catalog").arg(c.type));
        if (Json* properties = member(node, "properties")) {
            const Path propertiesPath(path, "properties");
            if (!properties->is_object())
                refuse(propertiesPath, QStringLiteral("must be an object"));
            c.properties = std::move(*properties);
            dropNulls(c.properties);
            for (const auto& [key, value] : c.properties.items()) {
                const Path at(propertiesPath, key);
                const PropertySpec* spec = type ? type->property(q(key)) : nullptr;
                if (type && !spec)
                    warn(at, QStringLiteral("unknown property of %1, kept as it is").arg(type->label));
                else if (spec)
                    if (const QString why = Catalog::checkValue(*spec, value); !why.isEmpty())
                        warn(at, why);
            }
        }
        if (const Json* found = member(node, "suppressions")) {
            const Json& list = *found;
            const Path at(path, "suppressions");
            if (!list.is_array())
                refuse(at, QStringLiteral("must be an array of {\"rule\", \"reason\"}"));
            for (size_t i = 0; i < list.size(); ++i) {
                const Path item(at, i);
                if (!list[i].is_object())
                    refuse(item, QStringLiteral("must be an object {\"rule\", \"reason\"}"));
                Suppression s;
                s.rule = text(list[i], "rule", Path(item, "rule"), true);
                // Kept as written (not trimmed): the Document stores reasons as typed, and a
                // save and load must give the same model back (found by the property test).
                s.reason = text(list[i], "reason", Path(item, "reason"), true, true);
                if (s.reason.trimmed().isEmpty())
                    refuse(Path(item, "reason"), QStringLiteral("a suppression needs a reason"));
                c.suppressions.push_back(s);
            }
        }
        for (auto& [key, value] : node.items())
            if (!isOneOf(key, {"id", "type", "name", "parent", "position", "size", "properties", "notes", "suppressions"})) {
                c.extra[key] = std::move(value);
                warn(Path(path, key), QStringLiteral("unknown key, kept as it is"));
            }
        return c;
    }

    Connection readConnection(const Json& node, const Path& path)
    {
        if (!node.is_object())
            refuse(path, QStringLiteral("must be an object"));
        Connection c;
        c.id = readId(node, path);
        c.from = text(node, "from", Path(path, "from"), true);
        c.to = text(node, "to", Path(path, "to"), true);
        c.protocol = text(node, "protocol", Path(path, "protocol"), true);
        if (!Protocols::isKnown(c.protocol))
            refuse(Path(path, "protocol"), QStringLiteral("'%1' is not a protocol; use one of %2")
                                               .arg(c.protocol.left(40), Protocols::all().join(QStringLiteral(", "))));
        if (const Json* found = member(node, "port")) {
            const Json& port = *found;
            if (!port.is_number_integer() || port.get<long long>() < 1 || port.get<long long>() > 65535)
                refuse(Path(path, "port"), QStringLiteral("must be a whole number from 1 to 65535"));
            c.port = port.get<int>();
        } else if (c.protocol == QLatin1String("tcp")) {
            refuse(Path(path, "port"), QStringLiteral("a tcp connection needs a port"));
        }
        c.label = text(node, "label", Path(path, "label"), false);
        if (c.from == c.to)
            refuse(Path(path, "to"), QStringLiteral("a connection cannot join '%1' to itself").arg(c.from));
        for (const auto& [key, value] : node.items())
            if (!isOneOf(key, {"id", "from", "to", "protocol", "port", "label"})) {
                c.extra[key] = value;
                warn(Path(path, key), QStringLiteral("unknown key, kept as it is"));
            }
        return c;
    }

    QStringList& m_warnings;
};

} // namespace

namespace {

LoadResult read(const QByteArray& bytes, const QString& displayName, bool fastPath)
{
    LoadResult result;
    const auto fail = [&](const QString& message) {
        result.error = displayName + QStringLiteral(": ") + printable(message);
        return result;
    };
    if (bytes.size() > kMaxFileBytes)
        return fail(QStringLiteral("the file is larger than %1 MiB; a design file is never that big").arg(kMaxFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        return fail(QStringLiteral("the file is empty; a design file holds one JSON object (FORMAT.md)"));
    // Most files are clean: read those straight from the parser's events. Any doubt, and the
    // full reader below reads the file again and gives its exact error or warnings.
    if (fastPath)
        if (std::optional<Design> design = FastPath::readClean(bytes)) {
            result.design = std::move(design);
            return result;
        }
    if (const qsizetype at = tooDeepAt(bytes); at >= 0) {
        const auto [line, column] = lineColumn(bytes, at);
        return fail(QStringLiteral("line %1, column %2: nested deeper than %3 levels; no design needs that").arg(line).arg(column).arg(kMaxDepth));
    }
    Json root;
    try {
        root = Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::parse_error& e) {
        const auto [line, column] = lineColumn(bytes, qsizetype(e.byte) - 1);
        QString what = QString::fromUtf8(e.what());
        // nlohmann's text reads "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        if (const int i = what.indexOf(QStringLiteral("syntax error")); i >= 0)
            what = what.mid(i);
        if (what.contains(QStringLiteral("UTF-8")) || what.contains(QStringLiteral("invalid string")))
            what += QStringLiteral(" (the file must be UTF-8 text)");
        return fail(QStringLiteral("line %1, column %2: invalid JSON: %3").arg(line).arg(column).arg(what));
    } catch (const Json::out_of_range& e) {
        // nlohmann refuses 1e400 and the like ("number overflow parsing '1e400'").
        QString what = QString::fromUtf8(e.what());
        what = what.mid(what.indexOf(QLatin1Char(']')) + 1).trimmed();
        return fail(QStringLiteral("invalid JSON: %1; numbers must be finite (at most about 1.8e308)").arg(what));
    } catch (const std::exception& e) {
        return fail(QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
    try {
        Reader reader(result.warnings);
        result.design = reader.read(root);
    } catch (const Refusal& r) {
        result.warnings.clear();
        return fail(r.path.isEmpty() ? r.message : r.path + QStringLiteral(": ") + r.message);
    } catch (const std::exception& e) {
        result.warnings.clear();
        return fail(QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace

LoadResult readBytes(const QByteArray& bytes, const QString& displayName) { return read(bytes, displayName, true); }

LoadResult readBytesFully(const QByteArray& bytes, const QString& displayName) { return read(bytes, displayName, false); }

LoadResult readFile(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, path + QStringLiteral(": no such file"), {}};
    if (info.isDir())
        return {std::nullopt, path + QStringLiteral(": is a folder, not a design file"), {}};
    if (info.size() > kMaxFileBytes)
        return {std::nullopt, path + QStringLiteral(": the file is larger than %1 MiB; a design file is never that big").arg(kMaxFileBytes / (1024 * 1024)), {}};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, path + QStringLiteral(": cannot be read (%1)").arg(file.errorString()), {}};
    // Read what the file holds (plus one byte, to see a file that grew past the limit since
    // it was measured): QIODevice::read(64 MiB + 1) first sets aside twice that much.
    const qint64 measured = info.size();
    QByteArray bytes = file.read(measured > 0 ? measured + 1 : kMaxFileBytes + 1);
    if (measured > 0 && bytes.size() > measured)
        bytes += file.read(kMaxFileBytes + 1 - bytes.size());
    return readBytes(bytes, path);
}

} // namespace sky::DesignReader
