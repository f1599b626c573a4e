// The SQLite dialect of the server's storage (the default): one file in the data
// directory holding every school of this server, WAL (readers never wait for the
// writer), synchronous=FULL (a confirmed push survives power loss). Writers are
// serialised by BEGIN IMMEDIATE, so version order is commit order, also when the admin
// CLI writes while the server runs. Every query is SqlStorage's; this file holds the
// schema steps and what only SQLite has.
#pragma once

#include "ratebuckets.h"
#include "sqlstorage.h"

#include <memory>

namespace kl::server {

class SqliteStorage final : public SqlStorage
{
public:
    // `buckets`: the rate limits shared by every connection of this server (null: own ones).
    [[nodiscard]] static Result<std::unique_ptr<SqliteStorage>> open(const QString &dataDir,
        std::shared_ptr<RateBuckets> buckets = {});
    [[nodiscard]] static int schemaVersion();

    Result<bool> takeRateToken(const QString &key, double ratePerSecond, double burst, double cost) override;

protected:
    [[nodiscard]] QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    [[nodiscard]] QString beginRead() const override { return QStringLiteral("BEGIN"); }
    [[nodiscard]] QString jsonText(const QString &key) const override;
    [[nodiscard]] bool forwardOnly() const override { return true; }
    [[nodiscard]] std::optional<qint64> dataVersion() override;

private:
    SqliteStorage(QString connectionName, std::shared_ptr<RateBuckets> buckets);
    Status migrate();

    std::shared_ptr<RateBuckets> m_buckets;
    std::unique_ptr<QSqlQuery> m_dataVersion;
};

} // namespace kl::server
