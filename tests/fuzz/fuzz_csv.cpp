// The web admin's CSV import as it reads a file: the bytes decoded (BOM, UTF-16, UTF-8 or
// Windows-1252), the table read, the columns guessed from the header and every row made a
// card. Tiny on purpose: the reading itself is core/textdecode.h and core/contactcsv.h.
#include "contactcsv.h"
#include "fuzzcheck.h"
#include "textdecode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto decoded = kl::textdecode::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const kl::contactcsv::Table table = kl::contactcsv::parse(decoded.text);
    KL_FUZZ_CHECK(table.rows.size() <= decoded.text.size() + 1);
    const QStringList mapping = kl::contactcsv::guessMapping(table.header);
    KL_FUZZ_CHECK(mapping.size() == table.header.size());
    const auto cards = kl::contactcsv::cards(table, mapping);
    KL_FUZZ_CHECK(cards.size() <= table.rows.size());
    return 0;
}
