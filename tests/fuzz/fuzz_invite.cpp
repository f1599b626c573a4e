// The staff invite link parser (syncprotocol.h): the text of any scanned QR code or
// pasted link. An invite it accepts, written again as a link, reads back the same.
#include "fuzzcheck.h"
#include "syncprotocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto invite = kl::sync::parseInvite(text)) {
        const auto again = kl::sync::parseInvite(kl::sync::inviteLink(invite->server, invite->token));
        KL_FUZZ_CHECK(again && again->token == invite->token);
    }
    return 0;
}
