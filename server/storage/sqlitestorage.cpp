#include "sqlitestorage.h"

#include <QAtomicInt>
#include <QDir>
#include <QSqlError>

namespace kl::server {

namespace {

// Server schema, keyed on PRAGMA user_version like the app's store; steps never change
// once shipped. PgStorage has the same steps in PostgreSQL's types.
const QList<QStringList> kMigrations {
    {
        QStringLiteral("CREATE TABLE schools (id TEXT PRIMARY KEY, name TEXT NOT NULL, epoch TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 0, tombstone_floor INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL)"),
        // Synced rows of every school: fields and per-field versions as JSON objects, so
        // new columns need no server migration. rkey = table/id orders rows in a version.
        QStringLiteral("CREATE TABLE rows (school_id TEXT NOT NULL REFERENCES schools(id), rkey TEXT NOT NULL,"
                       " tbl TEXT NOT NULL, id TEXT NOT NULL, row_version INTEGER NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT, fields TEXT NOT NULL,"
                       " field_versions TEXT NOT NULL, PRIMARY KEY (school_id, rkey)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX rows_pull ON rows(school_id, row_version, rkey)"),
        QStringLiteral("CREATE TABLE conflicts (id INTEGER PRIMARY KEY, school_id TEXT NOT NULL, tbl TEXT NOT NULL,"
                       " row_id TEXT NOT NULL, field TEXT NOT NULL, losing_value TEXT, winning_value TEXT,"
                       " losing_version INTEGER NOT NULL, winning_version INTEGER NOT NULL,"
                       " winning_client TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX conflicts_school ON conflicts(school_id, id)"),
        QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, school_id TEXT NOT NULL REFERENCES schools(id),"
                       " name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('teacher', 'coordinator')),"
                       " token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, last_seen_at TEXT,"
                       " revoked_at TEXT)"),
        QStringLiteral("CREATE TABLE clients (school_id TEXT NOT NULL, client_id TEXT NOT NULL,"
                       " device_id TEXT NOT NULL REFERENCES devices(id), last_mutation_id INTEGER NOT NULL DEFAULT 0,"
                       " last_seen_at TEXT, PRIMARY KEY (school_id, client_id))"),
        QStringLiteral("CREATE TABLE mutations (school_id TEXT NOT NULL, client_id TEXT NOT NULL,"
                       " mutation_id INTEGER NOT NULL, status TEXT NOT NULL, reason TEXT, version INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL, PRIMARY KEY (school_id, client_id, mutation_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE coordinators (id TEXT PRIMARY KEY, school_id TEXT NOT NULL REFERENCES schools(id),"
                       " name TEXT NOT NULL, email TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE invites (token_hash TEXT PRIMARY KEY, school_id TEXT NOT NULL REFERENCES schools(id),"
                       " role TEXT NOT NULL CHECK (role IN ('teacher', 'coordinator')), coordinator_id TEXT,"
                       " created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT)"),
    },
    {
        // The coordinator web UI: logins, browser sessions, the audit log.
        QStringLiteral("ALTER TABLE coordinators ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE coordinators ADD COLUMN web_device_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX coordinators_email ON coordinators(lower(email))"),
        QStringLiteral("CREATE TABLE web_sessions (token_hash TEXT PRIMARY KEY, school_id TEXT NOT NULL REFERENCES schools(id),"
                       " coordinator_id TEXT NOT NULL REFERENCES coordinators(id), csrf_token TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, expires_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, school_id TEXT NOT NULL, coordinator_id TEXT NOT NULL,"
                       " actor TEXT NOT NULL, action TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL,"
                       " fields TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_school ON audit_log(school_id, id)"),
    },
    {
        // Browsers that signed in as a coordinator (sign-in limits: OWASP device cookies).
        QStringLiteral("CREATE TABLE trusted_browsers (token_hash TEXT PRIMARY KEY,"
                       " coordinator_id TEXT NOT NULL REFERENCES coordinators(id), created_at TEXT NOT NULL,"
                       " expires_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX trusted_browsers_coordinator ON trusted_browsers(coordinator_id)"),
    },
    {
        // CardDAV (the school list in the phone's contacts): one read-only secret per
        // device, only its hash stored; revoked on its own or with its device.
        QStringLiteral("CREATE TABLE carddav_credentials (username TEXT PRIMARY KEY,"
                       " school_id TEXT NOT NULL REFERENCES schools(id), device_id TEXT REFERENCES devices(id),"
                       " label TEXT NOT NULL, secret_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT)"),
        QStringLiteral("CREATE INDEX carddav_credentials_device ON carddav_credentials(device_id)"),
    },
};

} // namespace

SqliteStorage::SqliteStorage(QString connectionName, std::shared_ptr<RateBuckets> buckets)
    : SqlStorage(std::move(connectionName))
    , m_buckets(buckets ? std::move(buckets) : std::make_shared<RateBuckets>())
{
}

int SqliteStorage::schemaVersion()
{
    return int(kMigrations.size());
}

Result<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const QString &dataDir, std::shared_ptr<RateBuckets> buckets)
{
    if (!QDir().mkpath(dataDir)) {
        return serverError(errors::kStorage, QStringLiteral("cannot create the data directory %1").arg(dataDir));
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("kl-server-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("kortelijn-server.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return serverError(errors::kStorage, QStringLiteral("cannot open the database in %1: %2").arg(dataDir, detail));
        }
    }
    std::unique_ptr<SqliteStorage> s(new SqliteStorage(name, std::move(buckets)));
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
        if (auto r = s->exec(QLatin1String(pragma)); !r) {
            return r.error();
        }
    }
    if (auto r = s->migrate(); !r) {
        return r.error();
    }
    return s;
}

Status SqliteStorage::migrate()
{
    auto v = run(QStringLiteral("PRAGMA user_version"));
    if (!v) {
        return v.error();
    }
    v.value()->next();
    int current = v.value()->value(0).toInt();
    v.value()->finish();
    if (current > kMigrations.size()) {
        return serverError(errors::kStorage, QStringLiteral("the database has schema %1, newer than this server (%2)")
                                                 .arg(current)
                                                 .arg(kMigrations.size()));
    }
    while (current < kMigrations.size()) {
        const int next = current + 1;
        const Status s = write([&]() -> Status {
            for (const QString &sql : kMigrations.at(next - 1)) {
                if (auto r = exec(sql); !r) {
                    return r;
                }
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(next));
        });
        if (!s) {
            return s;
        }
        current = next;
    }
    return {};
}

QString SqliteStorage::jsonText(const QString &key) const
{
    return QStringLiteral("CAST(json_extract(fields, '$.%1') AS TEXT)").arg(key);
}

std::optional<qint64> SqliteStorage::dataVersion()
{
    // Changes when another connection (another worker, the admin CLI) commits.
    if (!m_dataVersion) {
        m_dataVersion = std::make_unique<QSqlQuery>(database());
        m_dataVersion->setForwardOnly(true);
        if (!m_dataVersion->prepare(QStringLiteral("PRAGMA data_version"))) {
            m_dataVersion.reset();
            return std::nullopt;
        }
    }
    if (!m_dataVersion->exec() || !m_dataVersion->next()) {
        return std::nullopt;
    }
    const qint64 v = m_dataVersion->value(0).toLongLong();
    m_dataVersion->finish();
    return v;
}

Result<bool> SqliteStorage::takeRateToken(const QString &key, double ratePerSecond, double burst, double cost)
{
    return m_buckets->take(key, ratePerSecond, burst, cost);
}

} // namespace kl::server
