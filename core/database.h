// One SQLite connection with the house rules: WAL, foreign keys, forward-only migrations
// keyed on PRAGMA user_version, BEGIN IMMEDIATE for writes, bound parameters only.
// A Database belongs to the thread that opened it (one connection per thread).
#pragma once

#include "result.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantMap>
#include <QHash>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

struct sqlite3;
struct sqlite3_stmt;

namespace kl {

// A write to a synced table, as field diffs: what the sync outbox records.
struct Change
{
    QString table;
    QString id;
    QVariantMap fields;
    bool deleted = false;
};
using ChangeRecorder = std::function<Status(const Change &)>;

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates to the newest schema. Refuses a file written
    // by a newer KorteLijn instead of guessing at its contents.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path);
    // Opens and migrates only up to `version` (tests build old databases this way).
    [[nodiscard]] static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);

    [[nodiscard]] static int latestVersion();
    [[nodiscard]] int userVersion() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase connection() const;

    // Runs body in one BEGIN IMMEDIATE transaction; commits when it returns ok, rolls back
    // otherwise. Nested calls join the outer transaction, so repositories compose.
    Status write(const std::function<Status()> &body);
    [[nodiscard]] bool inTransaction() const { return m_depth > 0; }

    // Prepared statement with positional bindings; the error names the failing SQL.
    [[nodiscard]] Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {}) const;

    // The sync engine installs a recorder that writes each school-row change to its outbox
    // inside the same transaction as the change itself.
    void setChangeRecorder(ChangeRecorder recorder) { m_recorder = std::move(recorder); }
    Status recordChange(const Change &change) { return m_recorder ? m_recorder(change) : Status {}; }

    // Hot paths (search as you type): the statement is prepared once per connection and
    // reused. The returned query is valid until the next call with the same SQL; call
    // finish() on it when done so it does not pin a WAL snapshot.
    [[nodiscard]] Result<QSqlQuery *> prepared(const QString &sql, const QVariantList &binds = {}) const;

    // Key/value settings kept with the data (client id, sync cursor, language).
    [[nodiscard]] QString meta(const QString &key, const QString &fallback = {}) const;
    Status setMeta(const QString &key, const QString &value);

private:
    Database(QString path, QString connectionName);
    Status migrateTo(int target);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    bool m_failed = false;
    ChangeRecorder m_recorder;
    mutable QHash<QString, QSqlQuery> m_prepared;
};

[[nodiscard]] Error storeError(const QString &what, const QString &detail);

// Many rows through SQLite's C API on a Database's own connection: one statement prepared
// once and stepped per row, values bound without a QVariant each. For bulk loads inside
// Database::write() (the search index rebuild after a first sync), where Qt's per-value
// binding would cost more than SQLite's insert.
class BulkInsert
{
public:
    BulkInsert(const Database &db, const QString &sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Parameters are numbered from 0, in the order of the statement's placeholders.
    BulkInsert &bind(int index, qint64 value);
    BulkInsert &bind(int index, const QString &value);
    // Text already in UTF-8, bound without a copy: `value` must outlive the next step().
    BulkInsert &bindUtf8(int index, const QByteArray &value);
    // Runs the statement with the bound values, then makes it ready for the next row.
    Status step();
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] Status status() const { return m_status; }

private:
    void fail(const QString &detail);
    ::sqlite3 *m_handle = nullptr;
    ::sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    Status m_status;
};

} // namespace kl
