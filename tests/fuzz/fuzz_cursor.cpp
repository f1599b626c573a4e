// The pull cursor decoder (syncprotocol.h): the `cursor` query parameter of every pull
// comes from the network. A cursor it accepts encodes back to one it decodes the same.
#include "fuzzcheck.h"
#include "syncprotocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto cursor = kl::sync::decodeCursor(text)) {
        const auto again = kl::sync::decodeCursor(kl::sync::encodeCursor(*cursor));
        KL_FUZZ_CHECK(again && *again == *cursor);
    }
    return 0;
}
