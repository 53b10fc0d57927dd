// libFuzzer target: yamlToJson, the parsing layer of every YAML reader (catalog, rules,
// pricing). Whatever it accepts must be plain JSON that serialises (valid UTF-8 text).
#include "model/YamlJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace sky;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<Json> json = yamlToJson(bytes, &error);
    if (!json) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "fuzz_yaml: refused without a message\n");
            std::abort();
        }
        return 0;
    }
    try {
        (void)json->dump(); // throws on text that is not UTF-8
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fuzz_yaml: accepted a value that does not serialise: %s\n", e.what());
        std::abort();
    }
    return 0;
}
