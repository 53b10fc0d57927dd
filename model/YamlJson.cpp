#include "model/YamlJson.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace sky {

namespace {

struct LimitError {
    QString message;
};

/// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. yaml-cpp passes
/// bytes through and decodes "\uD800" escapes into surrogates; JSON text must be valid.
bool isUtf8(const char* s, size_t size)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s);
    size_t i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        size_t extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07u;
        } else {
            return false;
        }
        if (size - i <= extra)
            return false;
        for (size_t k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

std::string utf8(const std::string& text)
{
    if (!isUtf8(text.data(), text.size()))
        throw LimitError{QStringLiteral("text that is not valid UTF-8 (e.g. an escaped lone surrogate)")};
    return text;
}

/// Deepest nesting of block collections, estimated line by line from indentation and
/// compact indicators ("- - - x"), without parsing. yaml-cpp recurses once per level;
/// this refuses absurd nesting before it does. Real files stay far below the cap.
int blockDepth(const QByteArray& yaml, int cap)
{
    std::vector<qsizetype> indents; // indentation of the open block levels
    qsizetype blockScalarIndent = -1; // inside a | or > scalar: its parent's indentation
    int deepest = 0;
    for (qsizetype start = 0; start < yaml.size();) {
        qsizetype end = yaml.indexOf('\n', start);
        if (end < 0)
            end = yaml.size();
        qsizetype pos = start;
        while (pos < end && yaml[pos] == ' ')
            ++pos;
        const qsizetype indent = pos - start;
        const bool blank = pos >= end || yaml[pos] == '#' || yaml[pos] == '\r';
        if (!blank && blockScalarIndent >= 0 && indent > blockScalarIndent) {
            start = end + 1;
            continue;
        }
        if (!blank) {
            blockScalarIndent = -1;
            while (!indents.empty() && indents.back() >= indent)
                indents.pop_back();
            indents.push_back(indent);
            int compact = 0;
            while (pos + 1 < end && (yaml[pos] == '-' || yaml[pos] == '?')
                   && (yaml[pos + 1] == ' ' || yaml[pos + 1] == '\t')) {
                ++compact;
                pos += 2;
                while (pos < end && (yaml[pos] == ' ' || yaml[pos] == '\t'))
                    ++pos;
            }
            deepest = std::max(deepest, int(indents.size()) + compact);
            if (deepest > cap)
                return deepest;
            // A line ending in a block scalar indicator (| or >, maybe with +, - or a digit).
            qsizetype last = end - 1;
            while (last > pos && (yaml[last] == ' ' || yaml[last] == '\r'))
                --last;
            while (last > pos && (yaml[last] == '+' || yaml[last] == '-' || (yaml[last] >= '1' && yaml[last] <= '9')))
                --last;
            if (last >= pos && (yaml[last] == '|' || yaml[last] == '>')
                && (last == pos || yaml[last - 1] == ' '))
                blockScalarIndent = indent;
        }
        start = end + 1;
    }
    return deepest;
}

Json plainScalar(const std::string& text)
{
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return nullptr;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    const QString s = QString::fromStdString(text);
    if (integer.match(s).hasMatch()) {
        bool ok = false;
        const qlonglong v = s.toLongLong(&ok);
        if (ok)
            return v;
    }
    if (number.match(s).hasMatch()) {
        bool ok = false;
        const double v = s.toDouble(&ok);
        if (ok && std::isfinite(v))
            return v;
    }
    return text;
}

Json convert(const YAML::Node& node, int depth, qsizetype& nodes, const YamlLimits& limits)
{
    if (++nodes > limits.maxNodes)
        throw LimitError{QStringLiteral("more than %1 nodes (are aliases expanding without end?)").arg(limits.maxNodes)};
    if (depth > limits.maxDepth)
        throw LimitError{QStringLiteral("nested deeper than %1 levels").arg(limits.maxDepth)};
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return nullptr;
    case YAML::NodeType::Scalar:
        // A quoted scalar carries the "!" tag: it is text, whatever it looks like.
        if (node.Tag() == "!")
            return utf8(node.Scalar());
        return plainScalar(utf8(node.Scalar()));
    case YAML::NodeType::Sequence: {
        Json array = Json::array();
        for (const YAML::Node& item : node)
            array.push_back(convert(item, depth + 1, nodes, limits));
        return array;
    }
    case YAML::NodeType::Map: {
        Json object = Json::object();
        for (const auto& item : node) {
            if (!item.first.IsScalar())
                throw LimitError{QStringLiteral("a mapping key must be plain text")};
            object[utf8(item.first.Scalar())] = convert(item.second, depth + 1, nodes, limits);
        }
        return object;
    }
    }
    return nullptr;
}

} // namespace

std::optional<Json> yamlToJson(const QByteArray& yaml, QString* error, const YamlLimits& limits)
{
    const auto setError = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (yaml.size() > limits.maxBytes)
        return setError(QStringLiteral("larger than %1 bytes").arg(limits.maxBytes));
    // yaml-cpp recurses on flow and block nesting; refuse absurd nesting before it sees it.
    int depth = 0;
    for (const char ch : yaml) {
        if (ch == '[' || ch == '{') {
            if (++depth > limits.maxDepth)
                return setError(QStringLiteral("nested deeper than %1 levels").arg(limits.maxDepth));
        } else if ((ch == ']' || ch == '}') && depth > 0) {
            --depth;
        }
    }
    if (!isUtf8(yaml.constData(), size_t(yaml.size())))
        return setError(QStringLiteral("the text is not UTF-8"));
    if (blockDepth(yaml, limits.maxDepth) > limits.maxDepth)
        return setError(QStringLiteral("nested deeper than %1 levels").arg(limits.maxDepth));
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        qsizetype nodes = 0;
        return convert(root, 0, nodes, limits);
    } catch (const YAML::Exception& e) {
        return setError(QStringLiteral("line %1, column %2: %3")
                            .arg(e.mark.line + 1)
                            .arg(e.mark.column + 1)
                            .arg(QString::fromStdString(e.msg)));
    } catch (const LimitError& e) {
        return setError(e.message);
    } catch (const std::exception& e) {
        return setError(QString::fromUtf8(e.what()));
    }
}

std::optional<Json> yamlToJson(const QByteArray& yaml, const QString& sourceName, QString* error)
{
    QString why;
    std::optional<Json> json = yamlToJson(yaml, &why);
    if (!json && error)
        *error = sourceName + QStringLiteral(": ") + why;
    return json;
}

} // namespace sky
