// Chooses the storage backend from the command line: --data DIR (SQLite, the default)
// or --db URL (sqlite:///path/to/dir or postgresql://user:password@host:port/dbname), and
// opens as many connections to it as the server has worker threads.
#pragma once

#include "storage.h"

#include <memory>

namespace kl::server {

class RateBuckets;

class StorageOpener
{
public:
    // Checks the URL; nothing is opened yet.
    [[nodiscard]] static Result<StorageOpener> forUrl(const QString &dbUrl);
    // A new connection. Call it on the thread that will use it (a connection belongs to
    // the thread that opened it). Every connection of one opener shares its rate buckets.
    [[nodiscard]] Result<std::unique_ptr<Storage>> open() const;
    [[nodiscard]] const QString &url() const { return m_url; }

private:
    QString m_url;
    std::shared_ptr<RateBuckets> m_buckets;
};

// One connection, for the CLI and tests.
[[nodiscard]] Result<std::unique_ptr<Storage>> openStorage(const QString &dbUrl);
// The URL for a data directory, as --data means it.
[[nodiscard]] QString sqliteUrl(const QString &dataDir);

} // namespace kl::server
