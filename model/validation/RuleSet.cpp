#include "model/validation/RuleSet.h"

#include "model/Catalog.h"
#include "model/YamlJson.h"
#include "model/validation/Condition.h"
#include "model/validation/Primitives.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstdio>
#include <cstdlib>

namespace sky {

namespace {

struct RuleError {
    QString message;
};

[[noreturn]] void fail(const QString& where, const QString& what) { throw RuleError{where + QStringLiteral(": ") + what}; }

QString q(const std::string& s) { return QString::fromStdString(s); }

QString text(const Json& node, const char* key, const QString& where, bool required)
{
    if (!node.contains(key)) {
        if (required)
            fail(where, QStringLiteral("missing '%1'").arg(QLatin1String(key)));
        return {};
    }
    if (!node[key].is_string() || (required && node[key].get_ref<const std::string&>().empty()))
        fail(where, QStringLiteral("'%1' must be non-empty text").arg(QLatin1String(key)));
    return q(node[key].get<std::string>()).trimmed();
}

QStringList types(const Json& node, const QString& where)
{
    QStringList list;
    if (!node.contains("applies_to"))
        return list;
    const Json& v = node["applies_to"];
    if (!v.is_array())
        fail(where, QStringLiteral("'applies_to' must be a list of component types"));
    for (const Json& t : v) {
        if (!t.is_string())
            fail(where, QStringLiteral("'applies_to' must be a list of component types"));
        const QString type = q(t.get<std::string>());
        if (!Catalog::builtin().type(type))
            fail(where, QStringLiteral("'applies_to': '%1' is not a component type of the catalog").arg(type));
        list << type;
    }
    return list;
}

RuleCheck readCheck(const Json& node, const QString& where)
{
    RuleCheck check;
    check.primitive = text(node, "check", where, true);
    check.appliesTo = types(node, where);
    if (node.contains("params"))
        check.params = node["params"];
    if (const QString why = Primitives::validateParams(check.primitive, check.params); !why.isEmpty())
        fail(where, QStringLiteral("check '%1': %2").arg(check.primitive, why));
    if (node.contains("when")) {
        QString error;
        if (!Condition::parseList(node["when"], &error))
            fail(where, QStringLiteral("'when': ") + error);
        check.when = node["when"];
    }
    check.message = text(node, "message", where, false);
    return check;
}

Rule readRule(const Json& node, const QString& at)
{
    if (!node.is_object())
        fail(at, QStringLiteral("a rule must be a mapping"));
    static const std::vector<std::string> known{"id", "title", "severity", "ha", "applies_to", "check", "params",
                                                "when", "checks", "message", "fix", "references"};
    Rule rule;
    rule.id = text(node, "id", at, true);
    const QString where = QStringLiteral("%1 (%2)").arg(at, rule.id);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"));
    if (!idPattern.match(rule.id).hasMatch())
        fail(where, QStringLiteral("an id is upper-case words joined by '-', e.g. SKY-NET-001 or ACME-DB-001"));
    for (const auto& [k, v] : node.items())
        if (std::find(known.begin(), known.end(), k) == known.end())
            fail(where, QStringLiteral("unknown field '%1'").arg(q(k)));
    rule.title = text(node, "title", where, true);
    const QString severity = text(node, "severity", where, true);
    const auto s = severityFromName(severity);
    if (!s)
        fail(where, QStringLiteral("severity '%1' is not critical, high, medium or low").arg(severity));
    rule.severity = *s;
    if (node.contains("ha")) {
        if (!node["ha"].is_boolean())
            fail(where, QStringLiteral("'ha' must be true or false"));
        rule.ha = node["ha"].get<bool>();
    }
    rule.message = text(node, "message", where, true);
    rule.fix = text(node, "fix", where, true);
    if (!node.contains("references") || !node["references"].is_array())
        fail(where, QStringLiteral("missing 'references' (a list of checkov/Trivy ids; may be empty for a custom rule)"));
    for (const Json& r : node["references"]) {
        if (!r.is_string() || r.get_ref<const std::string&>().empty())
            fail(where, QStringLiteral("'references' must be a list of ids"));
        rule.references << q(r.get<std::string>());
    }
    const bool single = node.contains("check");
    if (single == node.contains("checks"))
        fail(where, QStringLiteral("give either 'check' (with 'params') or 'checks' (a list), not both or neither"));
    if (single) {
        rule.checks.push_back(readCheck(node, where));
    } else {
        if (node.contains("applies_to") || node.contains("params") || node.contains("when"))
            fail(where, QStringLiteral("with 'checks', put 'applies_to', 'params' and 'when' inside each check"));
        const Json& list = node["checks"];
        if (!list.is_array() || list.empty())
            fail(where, QStringLiteral("'checks' must be a non-empty list"));
        for (size_t i = 0; i < list.size(); ++i) {
            const QString item = where + QStringLiteral(".checks[%1]").arg(i);
            if (!list[i].is_object())
                fail(item, QStringLiteral("must be a mapping {check, applies_to, params}"));
            for (const auto& [k, v] : list[i].items())
                if (k != "check" && k != "applies_to" && k != "params" && k != "when" && k != "message")
                    fail(item, QStringLiteral("unknown field '%1'").arg(q(k)));
            rule.checks.push_back(readCheck(list[i], item));
        }
    }
    return rule;
}

} // namespace

std::optional<RuleSet> RuleSet::fromYaml(const QByteArray& yaml, const QString& sourceName, QString* error)
{
    const auto root = yamlToJson(yaml, sourceName, error);
    return root ? fromJson(*root, sourceName, error) : std::nullopt;
}

std::optional<RuleSet> RuleSet::fromJson(const Json& json, const QString& sourceName, QString* error)
{
    const Json* root = &json;
    try {
        if (!root->is_object() || !root->contains("rules") || !(*root)["rules"].is_array())
            fail(sourceName, QStringLiteral("a rules file is a mapping with a 'rules' list"));
        for (const auto& [k, v] : root->items())
            if (k != "rules")
                fail(sourceName, QStringLiteral("unknown top-level key '%1' (only 'rules')").arg(q(k)));
        RuleSet set;
        const Json& list = (*root)["rules"];
        for (size_t i = 0; i < list.size(); ++i) {
            Rule rule = readRule(list[i], QStringLiteral("%1: rules[%2]").arg(sourceName).arg(i));
            rule.source = sourceName;
            if (set.m_index.contains(rule.id))
                fail(QStringLiteral("%1: rules[%2] (%3)").arg(sourceName).arg(i).arg(rule.id), QStringLiteral("id defined twice"));
            set.m_index.insert(rule.id, int(set.m_rules.size()));
            set.m_rules.push_back(std::move(rule));
        }
        return set;
    } catch (const RuleError& e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

std::optional<RuleSet> RuleSet::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    const QFileInfo info(path);
    const auto fileError = [&](const QString& why) {
        if (error)
            *error = path + QStringLiteral(": ") + why;
        return std::nullopt;
    };
    if (!info.exists())
        return fileError(QStringLiteral("no such rules file"));
    if (info.isDir())
        return fileError(QStringLiteral("is a folder, not a rules file"));
    if (info.size() > YamlLimits{}.maxBytes)
        return fileError(QStringLiteral("larger than a rules file can be"));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    return fromYaml(file.readAll(), path, error);
}

QStringList RuleSet::builtinFiles()
{
    QStringList files;
    for (const QString& name : QDir(QStringLiteral(":/rules")).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files << QStringLiteral(":/rules/") + name;
    return files;
}

const RuleSet& RuleSet::builtin()
{
    static const RuleSet set = [] {
        RuleSet all;
        QString error;
        const QStringList files = builtinFiles();
        if (files.isEmpty())
            error = QStringLiteral("resources/rules: no rules bundled in the program");
        for (const QString& path : files) {
            QFile file(path);
            std::optional<RuleSet> one;
            const QString name = QFileInfo(path).fileName();
            // The JSON that the build converted from the file: same values, without running
            // yaml-cpp at every start. Checked exactly as the YAML would be.
            QFile compiled(QStringLiteral(":/compiled/rules/") + QFileInfo(path).completeBaseName() + QStringLiteral(".json"));
            if (compiled.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = compiled.readAll();
                const Json root = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
                if (!root.is_discarded())
                    one = fromJson(root, QStringLiteral("resources/rules/") + name, &error);
            }
            if (!one && file.open(QIODevice::ReadOnly))
                one = fromYaml(file.readAll(), QStringLiteral("resources/rules/") + name, &error);
            if (!one || !all.add(*one, &error))
                break;
        }
        if (!error.isEmpty()) {
            std::fprintf(stderr, "skyforge: broken bundled rules: %s\n", qPrintable(error));
            std::abort();
        }
        return all;
    }();
    return set;
}

std::optional<RuleSet> RuleSet::forDesign(const QString& designPath, const QStringList& extraFiles, QString* error)
{
    RuleSet set = builtin();
    QStringList files;
    if (!designPath.isEmpty()) {
        const QString beside = QFileInfo(designPath).absoluteDir().filePath(QStringLiteral("rules.yaml"));
        if (QFileInfo::exists(beside))
            files << beside;
    }
    files << extraFiles;
    for (const QString& path : files) {
        const auto extra = fromFile(path, error);
        if (!extra)
            return std::nullopt;
        if (!set.add(*extra, error))
            return std::nullopt;
    }
    return set;
}

bool RuleSet::add(const RuleSet& other, QString* error)
{
    for (const Rule& rule : other.m_rules)
        if (const Rule* existing = this->rule(rule.id)) {
            if (error)
                *error = QStringLiteral("%1: rule %2 is already defined in %3; give it another id")
                             .arg(rule.source, rule.id, existing->source);
            return false;
        }
    for (const Rule& rule : other.m_rules) {
        m_index.insert(rule.id, int(m_rules.size()));
        m_rules.push_back(rule);
    }
    return true;
}

const Rule* RuleSet::rule(const QString& id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_rules[size_t(i)];
}

} // namespace sky
