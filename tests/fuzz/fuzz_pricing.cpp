// libFuzzer target: the price file reader (PriceTable::fromYaml). A table that loads has
// every key of the schema and only prices >= 0: asking for any of them must not assert.
#include "model/cost/PriceTable.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace sky;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<PriceTable> table = PriceTable::fromYaml(bytes, QStringLiteral("fuzz.yaml"), &error);
    if (!table) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "fuzz_pricing: refused without a message\n");
            std::abort();
        }
        return 0;
    }
    for (const QString& key : PriceTable::requiredKeys()) {
        const double price = table->at(key);
        if (!std::isfinite(price) || price < 0) {
            std::fprintf(stderr, "fuzz_pricing: accepted %s = %f\n", qPrintable(key), price);
            std::abort();
        }
    }
    for (const QString& instanceClass : PriceTable::requiredInstanceClasses())
        if (table->rdsInstance(instanceClass) == nullptr) {
            std::fprintf(stderr, "fuzz_pricing: accepted a table without %s\n", qPrintable(instanceClass));
            std::abort();
        }
    return 0;
}
