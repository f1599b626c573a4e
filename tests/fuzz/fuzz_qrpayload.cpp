// The QR payload parsers of core: what a scanned code means (scannedcode.h: invite,
// vCard, MeCard, web address) and the MeCard reader on its own.
#include "contactcard.h"
#include "fuzzcheck.h"
#include "scannedcode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const kl::ScannedCode code = kl::ScannedCode::classify(text);
    KL_FUZZ_CHECK(code.kind != kl::ScannedCode::Kind::Unknown || !code.problem.isEmpty());
    KL_FUZZ_CHECK(code.kind != kl::ScannedCode::Kind::Contact || code.contact.has_value());
    (void)kl::contactcard::parseMeCard(text);
    return 0;
}
