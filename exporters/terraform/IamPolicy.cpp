#include "exporters/terraform/IamPolicy.h"

#include "exporters/terraform/HclWriter.h"

namespace sky::IamPolicy {

namespace {
QString oneOrList(const QStringList& expressions)
{
    return expressions.size() == 1 ? expressions.front() : HclWriter::list(expressions);
}
} // namespace

void write(HclWriter& w, const QString& attribute, const std::vector<PolicyStatement>& statements)
{
    w.openAttribute(attribute, QStringLiteral("jsonencode({"), QStringLiteral("})"));
    w.attribute(QStringLiteral("Version"), QStringLiteral("\"2012-10-17\""));
    w.openAttribute(QStringLiteral("Statement"), QStringLiteral("["), QStringLiteral("]"));
    for (const PolicyStatement& s : statements) {
        w.openItem();
        if (!s.sid.isEmpty())
            w.stringAttribute(QStringLiteral("Sid"), s.sid);
        w.stringAttribute(QStringLiteral("Effect"), s.effect);
        if (!s.principalType.isEmpty())
            w.attribute(QStringLiteral("Principal"),
                        u"{ %1 = %2 }", {s.principalType, oneOrList(s.principals)});
        QStringList actions;
        for (const QString& a : s.actions)
            actions.append(HclWriter::string(a));
        w.attribute(QStringLiteral("Action"), oneOrList(actions));
        if (!s.resources.isEmpty())
            w.attribute(QStringLiteral("Resource"), oneOrList(s.resources));
        if (!s.conditions.empty()) {
            w.openAttribute(QStringLiteral("Condition"), QStringLiteral("{"), QStringLiteral("}"));
            // Group the keys under their test operator, in first-seen order.
            QStringList tests;
            for (const auto& c : s.conditions)
                if (!tests.contains(c.test))
                    tests.append(c.test);
            for (const QString& test : tests) {
                w.openAttribute(test, QStringLiteral("{"), QStringLiteral("}"));
                for (const auto& c : s.conditions)
                    if (c.test == test)
                        w.attribute(HclWriter::string(c.key), oneOrList(c.values));
                w.close();
            }
            w.close();
        }
        w.close();
    }
    w.close();
    w.close();
}

PolicyStatement denyInsecureTransport(const QString& bucketRef)
{
    PolicyStatement s;
    s.sid = QStringLiteral("DenyInsecureTransport");
    s.effect = QStringLiteral("Deny");
    s.principalType = QStringLiteral("AWS");
    s.principals = {QStringLiteral("\"*\"")};
    s.actions = {QStringLiteral("s3:*")};
    s.resources = {HclWriter::expand(u"aws_s3_bucket.%1.arn", {bucketRef}), HclWriter::expand(u"\"${aws_s3_bucket.%1.arn}/*\"", {bucketRef})};
    s.conditions.push_back({QStringLiteral("Bool"), QStringLiteral("aws:SecureTransport"), {QStringLiteral("\"false\"")}});
    return s;
}

} // namespace sky::IamPolicy
