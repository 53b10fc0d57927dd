// libFuzzer target: the .skyforge reader (DesignReader::readBytes), with two oracles: its fast
// path for clean files must agree with the full reader (same model, same error, same warnings),
// and whatever loads must save, load again, and give the same model and the same bytes.
#include "model/DesignReader.h"
#include "model/DesignWriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace sky;

namespace {

[[noreturn]] void failed(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz_design: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const LoadResult first = DesignReader::readBytes(bytes, QStringLiteral("fuzz"));
    const LoadResult full = DesignReader::readBytesFully(bytes, QStringLiteral("fuzz"));
    if (first.ok() != full.ok() || first.error != full.error || first.warnings != full.warnings
        || (first.ok() && !(*first.design == *full.design)))
        failed("the fast path and the full reader disagree", first.ok() ? full.error : first.error);
    if (!first.ok()) {
        if (first.error.isEmpty())
            failed("refused without a message", {});
        return 0;
    }
    const QByteArray saved = DesignWriter::toBytes(*first.design);
    const LoadResult second = DesignReader::readBytes(saved, QStringLiteral("saved"));
    if (!second.ok())
        failed("a loaded design saved to a file that does not load", second.error);
    if (!(*second.design == *first.design))
        failed("save then load changed the model", QString::fromUtf8(saved));
    if (DesignWriter::toBytes(*second.design) != saved)
        failed("saving is not stable", QString::fromUtf8(saved));
    return 0;
}
