// Chooses the storage backend from the command line: --data DIR (SQLite, the default)
// or --db URL (sqlite:///path/to/dir or postgresql://user:password@host:port/dbname).
#pragma once

#include "storage.h"

#include <memory>

namespace kl::server {

[[nodiscard]] Result<std::unique_ptr<Storage>> openStorage(const QString &dbUrl);
// The URL for a data directory, as --data means it.
[[nodiscard]] QString sqliteUrl(const QString &dataDir);

} // namespace kl::server
