// libFuzzer target: the rules file reader (RuleSet::fromYaml), the one that reads a
// `rules.yaml` beside a design or from `check --rules`. A rule set that loads is data the
// validator then runs: it must run on the canonical design without a crash or a hang.
#include "model/Catalog.h"
#include "model/Templates.h"
#include "model/validation/RuleSet.h"
#include "model/validation/Validator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace sky;

namespace {
const Design& canonicalDesign()
{
    static const Design design = [] {
        LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
        if (!loaded.design) {
            std::fprintf(stderr, "fuzz_rules: the bundled template does not load\n");
            std::abort();
        }
        return *loaded.design;
    }();
    return design;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<RuleSet> rules = RuleSet::fromYaml(bytes, QStringLiteral("fuzz.yaml"), &error);
    if (!rules) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "fuzz_rules: refused without a message\n");
            std::abort();
        }
        return 0;
    }
    for (const Rule& rule : rules->rules())
        if (rules->rule(rule.id) != &rule) {
            std::fprintf(stderr, "fuzz_rules: index does not find '%s'\n", qPrintable(rule.id));
            std::abort();
        }
    (void)Validator::validate(canonicalDesign(), *rules, Catalog::builtin());
    return 0;
}
