#include "model/validation/Condition.h"

#include "model/validation/ValidationContext.h"

namespace sky {

namespace {

std::optional<Condition::Op> opFromName(const std::string& name)
{
    static const std::vector<std::pair<std::string, Condition::Op>> ops{
        {"equals", Condition::Op::Equals},       {"not_equals", Condition::Op::NotEquals},
        {"one_of", Condition::Op::OneOf},         {"not_one_of", Condition::Op::NotOneOf},
        {"min", Condition::Op::Min},              {"max", Condition::Op::Max},
        {"set", Condition::Op::Set},              {"greater_than_key", Condition::Op::GreaterThanKey}};
    for (const auto& [n, op] : ops)
        if (n == name)
            return op;
    return std::nullopt;
}

QString listText(const Json& values)
{
    QStringList items;
    for (const Json& v : values)
        items << Condition::text(v);
    return items.join(QStringLiteral(", "));
}

bool contains(const Json& values, const Json& v)
{
    return std::find(values.begin(), values.end(), v) != values.end();
}

} // namespace

QString Condition::text(const Json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_null())
        return QStringLiteral("not set");
    return QString::fromStdString(value.dump());
}

std::optional<Condition> Condition::parse(const Json& node, QString* error)
{
    const auto fail = [&](const QString& why) {
        *error = why;
        return std::nullopt;
    };
    if (!node.is_object())
        return fail(QStringLiteral("a condition must be a mapping {key, op, value}"));
    static const std::vector<std::string> known{"key", "op", "value", "values", "on", "message"};
    for (const auto& [k, v] : node.items())
        if (std::find(known.begin(), known.end(), k) == known.end())
            return fail(QStringLiteral("unknown condition field '%1'").arg(QString::fromStdString(k)));
    Condition c;
    if (!node.contains("key") || !node["key"].is_string() || node["key"].get<std::string>().empty())
        return fail(QStringLiteral("a condition needs 'key' (a property name)"));
    c.m_key = node["key"].get<std::string>();
    c.m_qkey = QString::fromStdString(c.m_key);
    if (!node.contains("op") || !node["op"].is_string())
        return fail(QStringLiteral("condition on '%1' needs 'op'").arg(c.m_qkey));
    const auto op = opFromName(node["op"].get<std::string>());
    if (!op)
        return fail(QStringLiteral("condition on '%1': unknown op '%2' (equals, not_equals, one_of, not_one_of, "
                                   "min, max, set, greater_than_key)")
                        .arg(c.m_qkey, QString::fromStdString(node["op"].get<std::string>())));
    c.m_op = *op;
    switch (c.m_op) {
    case Op::Equals:
    case Op::NotEquals:
        if (!node.contains("value"))
            return fail(QStringLiteral("condition on '%1' needs 'value'").arg(c.m_qkey));
        c.m_value = node["value"];
        break;
    case Op::OneOf:
    case Op::NotOneOf:
        if (!node.contains("values") || !node["values"].is_array() || node["values"].empty())
            return fail(QStringLiteral("condition on '%1' needs 'values' (a non-empty list)").arg(c.m_qkey));
        c.m_value = node["values"];
        break;
    case Op::Min:
    case Op::Max:
        if (!node.contains("value") || !node["value"].is_number())
            return fail(QStringLiteral("condition on '%1' needs a number 'value'").arg(c.m_qkey));
        c.m_value = node["value"];
        break;
    case Op::Set:
        break;
    case Op::GreaterThanKey:
        if (!node.contains("value") || !node["value"].is_string())
            return fail(QStringLiteral("condition on '%1' needs 'value' naming another property").arg(c.m_qkey));
        c.m_otherKey = node["value"].get<std::string>();
        c.m_qotherKey = QString::fromStdString(c.m_otherKey);
        break;
    }
    if (node.contains("on")) {
        if (!node["on"].is_string())
            return fail(QStringLiteral("condition on '%1': 'on' must be self, parent or a type").arg(c.m_qkey));
        c.m_on = QString::fromStdString(node["on"].get<std::string>());
        if (c.m_on == QLatin1String("self"))
            c.m_on.clear();
    }
    if (node.contains("message")) {
        if (!node["message"].is_string())
            return fail(QStringLiteral("condition on '%1': 'message' must be text").arg(c.m_qkey));
        c.m_message = QString::fromStdString(node["message"].get<std::string>());
    }
    return c;
}

std::optional<std::vector<Condition>> Condition::parseList(const Json& node, QString* error)
{
    std::vector<Condition> list;
    if (node.is_object()) {
        auto c = parse(node, error);
        if (!c)
            return std::nullopt;
        list.push_back(std::move(*c));
        return list;
    }
    if (!node.is_array()) {
        *error = QStringLiteral("conditions must be a list of {key, op, value}");
        return std::nullopt;
    }
    for (size_t i = 0; i < node.size(); ++i) {
        auto c = parse(node[i], error);
        if (!c) {
            *error = QStringLiteral("conditions[%1]: %2").arg(i).arg(*error);
            return std::nullopt;
        }
        list.push_back(std::move(*c));
    }
    return list;
}

Condition::Result Condition::evaluate(const ValidationContext& context, int component) const
{
    int target = component;
    if (m_on == QLatin1String("parent"))
        target = context.parentOf(component);
    else if (!m_on.isEmpty())
        target = context.ancestorOfType(component, m_on);
    Result r;
    if (target < 0)
        return r; // nothing to compare: another rule (placement) says where it should sit
    const Json& v = context.property(target, m_key, m_qkey);
    switch (m_op) {
    case Op::Equals:
        r.holds = v == m_value;
        if (!r.holds) // words only for a failure: formatting them every time was most of a check
            r.expected = text(m_value);
        break;
    case Op::NotEquals:
        r.holds = v != m_value;
        if (!r.holds)
            r.expected = QStringLiteral("anything but %1").arg(text(m_value));
        break;
    case Op::OneOf:
        r.holds = contains(m_value, v);
        if (!r.holds)
            r.expected = QStringLiteral("one of %1").arg(listText(m_value));
        break;
    case Op::NotOneOf:
        r.holds = !contains(m_value, v);
        if (!r.holds)
            r.expected = QStringLiteral("none of %1").arg(listText(m_value));
        break;
    case Op::Min:
        r.holds = v.is_number() && v.get<double>() >= m_value.get<double>();
        if (!r.holds)
            r.expected = QStringLiteral("at least %1").arg(text(m_value));
        break;
    case Op::Max:
        r.holds = v.is_number() && v.get<double>() <= m_value.get<double>();
        if (!r.holds)
            r.expected = QStringLiteral("at most %1").arg(text(m_value));
        break;
    case Op::Set:
        r.holds = !v.is_null() && !(v.is_string() && v.get_ref<const std::string&>().empty());
        if (!r.holds)
            r.expected = QStringLiteral("a value");
        break;
    case Op::GreaterThanKey: {
        const Json& other = context.property(target, m_otherKey, m_qotherKey);
        r.holds = v.is_number() && other.is_number() && v.get<double>() > other.get<double>();
        if (!r.holds)
            r.expected = QStringLiteral("more than %1 (%2)").arg(m_qotherKey, text(other));
        break;
    }
    }
    if (!r.holds) {
        r.key = m_qkey;
        r.value = text(v);
        r.message = m_message;
    }
    return r;
}

} // namespace sky
