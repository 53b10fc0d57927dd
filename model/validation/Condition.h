#pragma once

#include "model/Component.h"

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace sky {

class ValidationContext;

/// One comparison of a property against the rule's parameters, compiled from a rules
/// file entry such as `{key: multi_az, op: equals, value: true}`.
/// Ops: equals, not_equals, one_of, not_one_of (`values`), min, max (`value`, a number),
/// set (a non-empty value), greater_than_key (`value` names another property).
/// `on` picks the component compared: self (default), parent, or the nearest enclosing
/// component of a type (e.g. `on: vpc`); when there is none the condition does not apply.
class Condition {
public:
    enum class Op { Equals, NotEquals, OneOf, NotOneOf, Min, Max, Set, GreaterThanKey };

    /// Nullopt and *error when the entry is not a valid condition.
    static std::optional<Condition> parse(const Json& node, QString* error);
    /// A list of conditions, or one condition written inline.
    static std::optional<std::vector<Condition>> parseList(const Json& node, QString* error);

    struct Result {
        bool holds = true;
        QString key;      ///< the property compared
        QString value;    ///< its value, as text
        QString expected; ///< what the rule wants, in words (only when it does not hold)
        QString message;  ///< the condition's own message template, if any
    };
    Result evaluate(const ValidationContext& context, int component) const;

    /// JSON value as a user reads it: strings without quotes.
    static QString text(const Json& value);

private:
    Op m_op = Op::Equals;
    std::string m_key;
    QString m_qkey;
    std::string m_otherKey;
    QString m_qotherKey;
    Json m_value;
    QString m_on;
    QString m_message;
};

} // namespace sky
