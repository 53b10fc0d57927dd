// libFuzzer target: the component catalog reader (Catalog::fromYaml).
#include "model/Catalog.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace sky;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<Catalog> catalog = Catalog::fromYaml(bytes, QStringLiteral("fuzz"), &error);
    if (!catalog) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "fuzz_catalog: refused without a message\n");
            std::abort();
        }
        return 0;
    }
    // A catalog that loads must answer the questions the program asks of it.
    for (const ComponentType& type : catalog->types()) {
        if (catalog->type(type.type) != &type) {
            std::fprintf(stderr, "fuzz_catalog: index does not find '%s'\n", qPrintable(type.type));
            std::abort();
        }
        for (const PropertySpec& spec : type.properties)
            if (!Catalog::checkValue(spec, spec.defaultValue).isEmpty()) {
                std::fprintf(stderr, "fuzz_catalog: a default that does not fit was accepted\n");
                std::abort();
            }
        (void)catalog->categoryLabel(type.category);
    }
    return 0;
}
