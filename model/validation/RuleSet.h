#pragma once

#include "model/validation/Rule.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sky {

/// The rules a validation runs: the bundled catalogue (resources/rules/*.yaml) plus the
/// user's own files. Rules files are data: each entry names a check primitive and its
/// parameters, and is validated on load (a broken file is one error naming the entry).
class RuleSet {
public:
    /// The rules bundled with the program. A broken bundled file is a programming error:
    /// it aborts with the loader's message (the tests load every bundled file).
    static const RuleSet& builtin();

    /// Reads a rules file's text; on failure nullopt and *error = "SOURCE: rules[3] (ID): what".
    static std::optional<RuleSet> fromYaml(const QByteArray& yaml, const QString& sourceName, QString* error);
    static std::optional<RuleSet> fromFile(const QString& path, QString* error);
    /// The bundled rules, then a `rules.yaml` beside the design file (if any), then each
    /// of `extraFiles`; an id defined twice is an error.
    static std::optional<RuleSet> forDesign(const QString& designPath, const QStringList& extraFiles, QString* error);
    /// The bundled rule files' names (":/rules/..."), for tests.
    static QStringList builtinFiles();

    /// Appends another set's rules; false and *error if an id is already taken.
    bool add(const RuleSet& other, QString* error);

    const std::vector<Rule>& rules() const { return m_rules; }
    const Rule* rule(const QString& id) const;
    int size() const { return int(m_rules.size()); }

private:
    /// fromYaml once the text is JSON values (the bundled rules are converted at build time).
    static std::optional<RuleSet> fromJson(const Json& root, const QString& sourceName, QString* error);

    std::vector<Rule> m_rules;
    QHash<QString, int> m_index;
};

} // namespace sky
