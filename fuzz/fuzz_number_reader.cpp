// readNumber on arbitrary bytes, every kind: never crashes, and what it
// accepts obeys the kind (counts non-negative integers, amounts non-negative).
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/text/normalize.hpp"
#include "core/recognize/number_reader.hpp"

using namespace nianbao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (ValueKind kind : {ValueKind::Count, ValueKind::SignedCount, ValueKind::Amount}) {
        const NumberReading r = readNumber(text, kind);
        if (!r.ok() || r.status == NumberReading::Status::Placeholder) {
            if (r.value != 0) std::abort();
            continue;
        }
        if (std::isnan(r.value)) std::abort();
        if (kind != ValueKind::SignedCount && r.value < 0) std::abort();
        if (kind != ValueKind::Amount && std::isfinite(r.value) && r.value < 1e15 &&
            r.value != std::floor(r.value))
            std::abort();
        if ((r.status == NumberReading::Status::Repaired) == r.repairs.empty()) std::abort();
    }
    // The normalizer sees the same texts as labels.
    (void)labelKey(text);
    (void)encodeUtf8(decodeUtf8(text));
    return 0;
}
