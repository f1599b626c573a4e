// The pull cursor decoder (syncprotocol.h): the `cursor` query parameter of every pull
// comes from the network. The input is tried as the cursor text and, so the fuzzer reaches
// the JSON inside, as the bytes under the base64url. A cursor it accepts encodes back to
// one it decodes the same.
#include "fuzzcheck.h"
#include "syncprotocol.h"

namespace {

void check(const QString &text)
{
    if (const auto cursor = kl::sync::decodeCursor(text)) {
        // (Re-encoding may grow it: 9e15 written out, escapes. Longer than any cursor may be.)
        const QString encoded = kl::sync::encodeCursor(*cursor);
        const auto again = kl::sync::decodeCursor(encoded);
        KL_FUZZ_CHECK(encoded.size() > 512 || (again && *again == *cursor));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(QString::fromUtf8(bytes));
    check(QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    return 0;
}
