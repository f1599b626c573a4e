// The vCard reader (contactcard.h) that the app's scanner and the web admin's import use.
#include "contactcard.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto cards = kl::contactcard::parseVCards(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    KL_FUZZ_CHECK(!cards.ok() || !cards.value().isEmpty());
    return 0;
}
