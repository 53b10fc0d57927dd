#include "model/DesignWriter.h"

#include "model/AtomicOutput.h"
#include "model/Design.h"

#include <cmath>

namespace sky::DesignWriter {

namespace {

using Ordered = nlohmann::ordered_json;

std::string s(const QString& text) { return text.toStdString(); }

Ordered number(double v)
{
    if (std::floor(v) == v && std::abs(v) < 1e15)
        return static_cast<long long>(v);
    return v;
}

Ordered ordered(const Json& value)
{
    // nlohmann::json objects are std::map: sorted keys, so the output is stable.
    return Ordered::parse(value.dump());
}

void appendExtra(Ordered& out, const Json& extra)
{
    for (const auto& [key, value] : extra.items())
        if (!out.contains(key))
            out[key] = ordered(value);
}

Ordered component(const Component& c)
{
    Ordered o;
    o["id"] = s(c.id);
    o["type"] = s(c.type);
    if (!c.name.isEmpty())
        o["name"] = s(c.name);
    if (!c.parent.isEmpty())
        o["parent"] = s(c.parent);
    if (c.position)
        o["position"] = Ordered::array({number(c.position->x()), number(c.position->y())});
    if (c.size)
        o["size"] = Ordered::array({number(c.size->width()), number(c.size->height())});
    if (!c.properties.empty())
        o["properties"] = ordered(c.properties);
    if (!c.notes.isEmpty())
        o["notes"] = s(c.notes);
    if (!c.suppressions.empty()) {
        Ordered list = Ordered::array();
        for (const Suppression& sup : c.suppressions)
            list.push_back(Ordered{{"rule", s(sup.rule)}, {"reason", s(sup.reason)}});
        o["suppressions"] = list;
    }
    appendExtra(o, c.extra);
    return o;
}

Ordered connection(const Connection& c)
{
    Ordered o;
    o["id"] = s(c.id);
    o["from"] = s(c.from);
    o["to"] = s(c.to);
    o["protocol"] = s(c.protocol);
    if (c.port)
        o["port"] = *c.port;
    if (!c.label.isEmpty())
        o["label"] = s(c.label);
    appendExtra(o, c.extra);
    return o;
}

bool allScalars(const Ordered& array)
{
    return std::all_of(array.begin(), array.end(), [](const Ordered& v) { return v.is_primitive(); });
}

std::string scalar(const Ordered& v) { return v.dump(-1, ' ', false, Ordered::error_handler_t::replace); }

/// nlohmann's pretty printer puts every array item on its own line; short arrays of
/// scalars (positions, sizes) read and diff better on one line.
void print(const Ordered& v, int indent, std::string& out)
{
    const std::string pad(size_t(indent + 2), ' ');
    if (v.is_object()) {
        if (v.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const auto& [key, value] : v.items()) {
            if (!first)
                out += ",\n";
            first = false;
            out += pad + scalar(Ordered(key)) + ": ";
            print(value, indent + 2, out);
        }
        out += "\n" + std::string(size_t(indent), ' ') + "}";
    } else if (v.is_array()) {
        if (v.empty()) {
            out += "[]";
        } else if (allScalars(v)) {
            out += "[";
            for (size_t i = 0; i < v.size(); ++i)
                out += (i ? ", " : "") + scalar(v[i]);
            out += "]";
        } else {
            out += "[\n";
            for (size_t i = 0; i < v.size(); ++i) {
                out += pad;
                print(v[i], indent + 2, out);
                out += i + 1 < v.size() ? ",\n" : "\n";
            }
            out += std::string(size_t(indent), ' ') + "]";
        }
    } else {
        out += scalar(v);
    }
}

} // namespace

QByteArray toBytes(const Design& design)
{
    Ordered root;
    root["format"] = "skyforge/1";
    root["name"] = s(design.name);
    root["region"] = s(design.region);
    if (!design.settings.empty())
        root["settings"] = ordered(design.settings);
    Ordered components = Ordered::array();
    for (const Component& c : design.components())
        components.push_back(component(c));
    root["components"] = std::move(components);
    Ordered connections = Ordered::array();
    for (const Connection& c : design.connections())
        connections.push_back(connection(c));
    root["connections"] = std::move(connections);
    appendExtra(root, design.extra);
    std::string text;
    print(root, 0, text);
    text += "\n";
    return QByteArray::fromStdString(text);
}

bool save(const Design& design, const QString& path, QString* error)
{
    return AtomicOutput::writeFile(path, toBytes(design), error);
}

} // namespace sky::DesignWriter
