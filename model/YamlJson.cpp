#include "model/YamlJson.h"

#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace sky {

namespace {

struct LimitError {
    QString message;
};

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
            return node.Scalar();
        return plainScalar(node.Scalar());
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
            object[item.first.Scalar()] = convert(item.second, depth + 1, nodes, limits);
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

} // namespace sky
