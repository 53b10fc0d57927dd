#include "model/validation/FindingsReport.h"

#include "model/validation/RuleSet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QUrl>

namespace sky::FindingsReport {

namespace {

std::string s(const QString& text) { return text.toStdString(); }

Json strings(const QStringList& list)
{
    Json array = Json::array();
    for (const QString& item : list)
        array.push_back(s(item));
    return array;
}

Json nullable(const QString& text) { return text.isEmpty() ? Json() : Json(s(text)); }

Json findingJson(const Finding& f)
{
    Json j = {{"rule", s(f.rule)},
              {"severity", s(severityName(f.severity))},
              {"component", nullable(f.componentId)},
              {"connection", nullable(f.connectionId)},
              {"message", s(f.message)},
              {"fix", s(f.fix)},
              {"references", strings(f.references)}};
    if (f.suppressed)
        j["reason"] = s(f.suppressionReason);
    return j;
}

/// The design file as a SARIF artifact URI: a relative path stays relative (GitHub code
/// scanning resolves it against the repository), an absolute one becomes a file: URI.
QString artifactUri(const QString& file)
{
    const QString path = QDir::fromNativeSeparators(file);
    if (QDir::isAbsolutePath(path))
        return QString::fromUtf8(QUrl::fromLocalFile(path).toEncoded());
    QString clean = QDir::cleanPath(path);
    return QString::fromUtf8(QUrl::toPercentEncoding(clean, "/"));
}

/// "CKV_AWS_157, AVD-AWS-0177"; a rule no public engine has is said so in words.
QString referencesText(const QStringList& references)
{
    QStringList said = references;
    said.replaceInStrings(QStringLiteral("custom"), QStringLiteral("custom (no public engine has this check)"));
    return said.join(QStringLiteral(", "));
}

QString area(const QString& id)
{
    const QStringList parts = id.split(QLatin1Char('-'));
    return parts.size() >= 3 ? parts[1].toLower() : QString();
}

} // namespace

QString securitySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return QStringLiteral("9.5");
    case Severity::High: return QStringLiteral("8.0");
    case Severity::Medium: return QStringLiteral("5.5");
    case Severity::Low: return QStringLiteral("2.0");
    }
    return {};
}

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High: return QStringLiteral("error");
    case Severity::Medium: return QStringLiteral("warning");
    case Severity::Low: return QStringLiteral("note");
    }
    return {};
}

Json toJson(const std::vector<Finding>& findings, const RuleSet& rules, const QString& file)
{
    Json list = Json::array();
    Json suppressed = Json::array();
    Json summary = {{"critical", 0}, {"high", 0}, {"medium", 0}, {"low", 0}};
    for (const Finding& f : findings) {
        if (f.suppressed) {
            suppressed.push_back(findingJson(f));
            continue;
        }
        list.push_back(findingJson(f));
        summary[s(severityName(f.severity))] = summary[s(severityName(f.severity))].get<int>() + 1;
    }
    return {{"file", s(file)}, {"rules_run", rules.size()}, {"findings", list}, {"suppressed", suppressed}, {"summary", summary}};
}

Json toSarif(const std::vector<Finding>& findings, const RuleSet& rules, const QString& file, const QString& version)
{
    Json driverRules = Json::array();
    QHash<QString, int> ruleIndex;
    for (const Rule& rule : rules.rules()) {
        ruleIndex.insert(rule.id, int(driverRules.size()));
        const QString refs = rule.references.isEmpty() ? QString()
                                                       : QStringLiteral("\n\nSame check in public engines: ") + referencesText(rule.references);
        Json tags = Json::array({"security"});
        if (!area(rule.id).isEmpty())
            tags.push_back(s(area(rule.id)));
        if (rule.ha)
            tags.push_back("high-availability");
        driverRules.push_back({
            {"id", s(rule.id)},
            {"name", s(QString(rule.id).remove(QLatin1Char('-')))},
            {"shortDescription", {{"text", s(rule.title)}}},
            {"fullDescription", {{"text", s(rule.title + QStringLiteral(". Fix: ") + rule.fix)}}},
            {"help", {{"text", s(QStringLiteral("Fix: ") + rule.fix + refs)},
                      {"markdown", s(QStringLiteral("**Fix:** ") + rule.fix + refs)}}},
            {"defaultConfiguration", {{"level", s(sarifLevel(rule.severity))}}},
            {"properties", {{"security-severity", s(securitySeverity(rule.severity))}, {"tags", tags},
                            {"problem.severity", s(sarifLevel(rule.severity) == QLatin1String("note") ? QStringLiteral("recommendation")
                                                                                                      : sarifLevel(rule.severity))}}},
        });
    }
    const QString uri = artifactUri(file);
    Json results = Json::array();
    for (const Finding& f : findings) {
        Json logical = Json::array();
        if (!f.componentId.isEmpty())
            logical.push_back({{"name", s(f.componentId)}, {"kind", "resource"}});
        if (!f.connectionId.isEmpty())
            logical.push_back({{"name", s(f.connectionId)}, {"kind", "resource"}});
        Json location = {{"physicalLocation", {{"artifactLocation", {{"uri", s(uri)}}}, {"region", {{"startLine", 1}}}}}};
        if (!logical.empty())
            location["logicalLocations"] = logical;
        const QByteArray identity = (f.rule + QLatin1Char('|') + f.componentId + QLatin1Char('|') + f.connectionId).toUtf8();
        Json result = {
            {"ruleId", s(f.rule)},
            {"ruleIndex", ruleIndex.value(f.rule, 0)},
            {"level", s(sarifLevel(f.severity))},
            {"message", {{"text", s(f.message + QStringLiteral(" Fix: ") + f.fix)}}},
            {"locations", Json::array({location})},
            {"partialFingerprints", {{"skyforgeFinding/v1", QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32).toStdString()}}},
            {"properties", {{"security-severity", s(securitySeverity(f.severity))}}},
        };
        if (!f.path.isEmpty())
            result["properties"]["path"] = strings(f.path);
        if (f.suppressed)
            result["suppressions"] = Json::array({{{"kind", "inSource"}, {"justification", s(f.suppressionReason)}}});
        results.push_back(std::move(result));
    }
    Json run = {
        {"tool", {{"driver", {{"name", "Skyforge"},
                              {"version", s(version)},
                              {"semanticVersion", s(version)},
                              {"informationUri", "https://github.com/skyforge-dev/skyforge"},
                              {"rules", driverRules}}}}},
        {"artifacts", Json::array({{{"location", {{"uri", s(uri)}}}}})},
        {"results", results},
    };
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", Json::array({run})}};
}

QString toText(const std::vector<Finding>& findings, const RuleSet& rules, const QString& file, bool colour)
{
    const auto paint = [&](const char* code, const QString& text) {
        return colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
    };
    const auto codeOf = [](Severity sev) {
        switch (sev) {
        case Severity::Critical: return "1;35";
        case Severity::High: return "1;31";
        case Severity::Medium: return "1;33";
        case Severity::Low: return "1;36";
        }
        return "0";
    };
    int counts[4] = {0, 0, 0, 0};
    int suppressed = 0;
    for (const Finding& f : findings)
        f.suppressed ? ++suppressed : ++counts[int(f.severity)];
    const int open = counts[0] + counts[1] + counts[2] + counts[3];
    QString out;
    if (open == 0) {
        out += QStringLiteral("%1: no findings (%2 rules run").arg(file).arg(rules.size());
    } else {
        QStringList parts;
        for (int sev = 3; sev >= 0; --sev)
            if (counts[sev])
                parts << QStringLiteral("%1 %2").arg(counts[sev]).arg(severityName(Severity(sev)));
        out += QStringLiteral("%1: %2 finding%3 (%4; %5 rules run")
                   .arg(file).arg(open).arg(open == 1 ? QString() : QStringLiteral("s"), parts.join(QStringLiteral(", ")))
                   .arg(rules.size());
    }
    out += suppressed ? QStringLiteral(", %1 suppressed)\n").arg(suppressed) : QStringLiteral(")\n");
    const auto where = [](const Finding& f) {
        QString w = f.componentId.isEmpty() ? QStringLiteral("(design)") : f.componentId;
        if (!f.connectionId.isEmpty())
            w += QStringLiteral(" [%1]").arg(f.connectionId);
        return w;
    };
    for (int sev = 3; sev >= 0; --sev) {
        if (!counts[sev])
            continue;
        out += QLatin1Char('\n') + paint(codeOf(Severity(sev)), severityName(Severity(sev)).toUpper()) + QLatin1Char('\n');
        for (const Finding& f : findings) {
            if (f.suppressed || int(f.severity) != sev)
                continue;
            out += QStringLiteral("  %1  %2: %3\n").arg(paint("1", f.rule), where(f), f.message);
            out += QStringLiteral("      fix: %1\n").arg(f.fix);
            if (!f.references.isEmpty())
                out += QStringLiteral("      see: %1\n").arg(referencesText(f.references));
        }
    }
    if (suppressed) {
        out += QLatin1Char('\n') + paint("2", QStringLiteral("SUPPRESSED")) + QLatin1Char('\n');
        for (const Finding& f : findings)
            if (f.suppressed)
                out += QStringLiteral("  %1  %2 (%3): %4\n      reason: %5\n")
                           .arg(f.rule, where(f), severityName(f.severity), f.message, f.suppressionReason);
    }
    return out;
}

} // namespace sky::FindingsReport
