// The CSV reader of the web admin's import: RFC 4180 with the Dutch spreadsheet habit of
// ';' as separator. Public so the fuzz target (tests/fuzz/fuzz_csv.cpp) reaches it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kl::server {

// The rows of `data` (UTF-8, an optional BOM), each a list of cells; the separator is the
// one of ';' and ',' the first line holds more of.
[[nodiscard]] QList<QStringList> parseCsv(QByteArray data);

} // namespace kl::server
