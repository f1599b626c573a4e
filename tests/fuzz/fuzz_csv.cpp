// The CSV reader of the web admin's import (server/admin/csvparser.h). Tiny on purpose:
// when the import's parsing moves, point this call at the new reader.
#include "csvparser.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QStringList> rows = kl::server::parseCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    KL_FUZZ_CHECK(rows.size() <= qsizetype(size) + 1);
    return 0;
}
