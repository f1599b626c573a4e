// The PostgreSQL dialect of the server's storage (PostgreSQL 15 through Qt's QPSQL
// driver): one database holds every school of a service, and several kortelijn-server
// instances may share it. Writers that take a school version lock that school's row
// (SELECT ... FOR UPDATE), so versions commit in the order they were taken and a puller
// never skips a row; a pull reads in one REPEATABLE READ snapshot. Rate-limit buckets
// live in the database too. Every query is SqlStorage's; this file holds the schema
// steps and what only PostgreSQL has.
#pragma once

#include "sqlstorage.h"

#include <QUrl>

#include <memory>

namespace kl::server {

class PgStorage final : public SqlStorage
{
public:
    // url: postgresql://user:password@host:port/dbname[?sslmode=require&...]; query items
    // are passed to libpq as connection options.
    [[nodiscard]] static Result<std::unique_ptr<PgStorage>> open(const QUrl &url);
    [[nodiscard]] static int schemaVersion();

    Result<bool> takeRateToken(const QString &key, double ratePerSecond, double burst, double cost) override;
    Result<qint64> purge(const QString &schoolId, const QDateTime &before) override;

protected:
    // READ COMMITTED: a writer waiting for a school's row lock reads the row as its
    // predecessor committed it, and so takes the next version.
    [[nodiscard]] QString beginWrite() const override { return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"); }
    [[nodiscard]] QString beginRead() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    [[nodiscard]] QString forUpdate() const override { return QStringLiteral(" FOR UPDATE"); }
    [[nodiscard]] QString jsonText(const QString &key) const override;
    [[nodiscard]] bool forwardOnly() const override { return false; }
    bool reconnect() override;

private:
    explicit PgStorage(QString connectionName);
    Status configure();
    Status migrate();
};

} // namespace kl::server
