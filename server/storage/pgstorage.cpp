#include "pgstorage.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcPgStore, "kl.server.pg")

namespace kl::server {

namespace {

// Server schema on PostgreSQL, numbered like the SQLite backend's steps (kl_schema holds
// the number instead of PRAGMA user_version). Steps never change once shipped; they run
// in one transaction under an advisory lock, so instances starting together migrate once.
const QList<QStringList> kMigrations {
    {
        QStringLiteral("CREATE TABLE schools (id text PRIMARY KEY, name text NOT NULL, epoch text NOT NULL,"
                       " version bigint NOT NULL DEFAULT 0, tombstone_floor bigint NOT NULL DEFAULT 0,"
                       " created_at timestamptz NOT NULL)"),
        // rkey = table/id orders rows within a version; byte order (COLLATE "C") keeps the
        // keyset comparison and the index order the same whatever the database's locale.
        QStringLiteral("CREATE TABLE rows (school_id text NOT NULL REFERENCES schools(id), rkey text COLLATE \"C\" NOT NULL,"
                       " tbl text NOT NULL, id text NOT NULL, row_version bigint NOT NULL,"
                       " deleted boolean NOT NULL DEFAULT false, deleted_at timestamptz, fields json NOT NULL,"
                       " field_versions json NOT NULL, PRIMARY KEY (school_id, rkey))"),
        QStringLiteral("CREATE INDEX rows_pull ON rows(school_id, row_version, rkey)"),
        QStringLiteral("CREATE TABLE conflicts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, school_id text NOT NULL,"
                       " tbl text NOT NULL, row_id text NOT NULL, field text NOT NULL, losing_value text, winning_value text,"
                       " losing_version bigint NOT NULL, winning_version bigint NOT NULL,"
                       " winning_client text NOT NULL, created_at timestamptz NOT NULL)"),
        QStringLiteral("CREATE INDEX conflicts_school ON conflicts(school_id, id)"),
        QStringLiteral("CREATE TABLE devices (id text PRIMARY KEY, school_id text NOT NULL REFERENCES schools(id),"
                       " name text NOT NULL, role text NOT NULL CHECK (role IN ('teacher', 'coordinator')),"
                       " token_hash text NOT NULL UNIQUE, created_at timestamptz NOT NULL, last_seen_at timestamptz,"
                       " revoked_at timestamptz)"),
        QStringLiteral("CREATE INDEX devices_school ON devices(school_id)"),
        QStringLiteral("CREATE TABLE clients (school_id text NOT NULL, client_id text NOT NULL,"
                       " device_id text NOT NULL REFERENCES devices(id), last_mutation_id bigint NOT NULL DEFAULT 0,"
                       " last_seen_at timestamptz, PRIMARY KEY (school_id, client_id))"),
        QStringLiteral("CREATE TABLE mutations (school_id text NOT NULL, client_id text NOT NULL,"
                       " mutation_id bigint NOT NULL, status text NOT NULL, reason text, version bigint NOT NULL,"
                       " created_at timestamptz NOT NULL, PRIMARY KEY (school_id, client_id, mutation_id))"),
        QStringLiteral("CREATE TABLE coordinators (id text PRIMARY KEY, school_id text NOT NULL REFERENCES schools(id),"
                       " name text NOT NULL, email text NOT NULL DEFAULT '', created_at timestamptz NOT NULL)"),
        QStringLiteral("CREATE TABLE invites (token_hash text PRIMARY KEY, school_id text NOT NULL REFERENCES schools(id),"
                       " role text NOT NULL CHECK (role IN ('teacher', 'coordinator')), coordinator_id text,"
                       " created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL, used_at timestamptz, device_id text)"),
        // Token buckets shared by all instances. UNLOGGED: losing them in a crash only
        // refills everyone's allowance, and they cost no WAL.
        QStringLiteral("CREATE UNLOGGED TABLE rate_buckets (key text PRIMARY KEY, tokens double precision NOT NULL,"
                       " at timestamptz NOT NULL)"),
    },
    {
        // The coordinator web UI: logins, browser sessions, the audit log (as SQLite's step 2).
        QStringLiteral("ALTER TABLE coordinators ADD COLUMN password_hash text NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE coordinators ADD COLUMN web_device_id text NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX coordinators_email ON coordinators(lower(email))"),
        QStringLiteral("CREATE TABLE web_sessions (token_hash text PRIMARY KEY, school_id text NOT NULL REFERENCES schools(id),"
                       " coordinator_id text NOT NULL REFERENCES coordinators(id), csrf_token text NOT NULL,"
                       " created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, school_id text NOT NULL,"
                       " coordinator_id text NOT NULL, actor text NOT NULL, action text NOT NULL, tbl text NOT NULL,"
                       " row_id text NOT NULL, fields text NOT NULL, detail text NOT NULL, at timestamptz NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_school ON audit_log(school_id, id)"),
    },
    {
        // Browsers that signed in as a coordinator (sign-in limits: OWASP device cookies).
        QStringLiteral("CREATE TABLE trusted_browsers (token_hash text PRIMARY KEY,"
                       " coordinator_id text NOT NULL REFERENCES coordinators(id), created_at timestamptz NOT NULL,"
                       " expires_at timestamptz NOT NULL)"),
        QStringLiteral("CREATE INDEX trusted_browsers_coordinator ON trusted_browsers(coordinator_id)"),
    },
    {
        // CardDAV (the school list in the phone's contacts): one read-only secret per
        // device, only its hash stored; revoked on its own or with its device.
        QStringLiteral("CREATE TABLE carddav_credentials (username text PRIMARY KEY,"
                       " school_id text NOT NULL REFERENCES schools(id), device_id text REFERENCES devices(id),"
                       " label text NOT NULL, secret_hash text NOT NULL, created_at timestamptz NOT NULL,"
                       " revoked_at timestamptz)"),
        QStringLiteral("CREATE INDEX carddav_credentials_device ON carddav_credentials(device_id)"),
    },
};

// Any constant: the advisory lock that serialises migrations of concurrent instances.
constexpr qint64 kMigrationLock = 0x4b4c4d4947;

} // namespace

PgStorage::PgStorage(QString connectionName)
    : SqlStorage(std::move(connectionName))
{
}

int PgStorage::schemaVersion()
{
    return int(kMigrations.size());
}

Result<std::unique_ptr<PgStorage>> PgStorage::open(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        || url.path().size() < 2) {
        return serverError(errors::kStorage, QStringLiteral("a PostgreSQL URL looks like postgresql://user:password@host:5432/dbname"));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return serverError(errors::kStorage, QStringLiteral("Qt's PostgreSQL driver is missing (Debian: libqt6sql6-psql)"));
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("kl-server-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName(QUrl::FullyDecoded));
        db.setPassword(url.password(QUrl::FullyDecoded));
        QStringList options { QStringLiteral("application_name=kortelijn-server"), QStringLiteral("connect_timeout=10") };
        for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            options << item.first + QLatin1Char('=') + item.second;
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return serverError(errors::kStorage,
                QStringLiteral("cannot connect to PostgreSQL at %1:%2/%3: %4").arg(url.host()).arg(url.port(5432)).arg(url.path().mid(1), detail));
        }
    }
    std::unique_ptr<PgStorage> s(new PgStorage(name));
    if (auto r = s->configure(); !r) {
        return r.error();
    }
    if (auto r = s->migrate(); !r) {
        return r.error();
    }
    return s;
}

Status PgStorage::configure()
{
    // Timestamps travel as ISO text in UTC; the session zone only affects how the server
    // prints them back, and UTC keeps that unambiguous.
    for (const char *setting : { "SET TIME ZONE 'UTC'", "SET client_min_messages TO WARNING" }) {
        if (auto r = exec(QLatin1String(setting)); !r) {
            return r;
        }
    }
    return {};
}

bool PgStorage::reconnect()
{
    // QPSQL does not reconnect by itself. After a failed statement outside a transaction
    // (a database restart, a failover), try the connection once and open it again.
    QSqlDatabase db = database();
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT 1"))) {
            return false;
        }
    }
    qCWarning(lcPgStore) << "connection to PostgreSQL lost; reconnecting";
    dropStatements();
    db.close();
    return db.open() && configure();
}

Status PgStorage::migrate()
{
    return write([&]() -> Status {
        if (auto r = run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { kMigrationLock }); !r) {
            return r.error();
        }
        if (auto r = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS kl_schema (version integer NOT NULL)")); !r) {
            return r;
        }
        auto v = run(QStringLiteral("SELECT version FROM kl_schema"));
        if (!v) {
            return v.error();
        }
        int current = 0;
        const bool hasRow = v.value()->next();
        if (hasRow) {
            current = v.value()->value(0).toInt();
        } else if (auto r = run(QStringLiteral("INSERT INTO kl_schema(version) VALUES (0)")); !r) {
            return r.error();
        }
        if (current > kMigrations.size()) {
            return serverError(errors::kStorage, QStringLiteral("the database has schema %1, newer than this server (%2)")
                                                     .arg(current)
                                                     .arg(kMigrations.size()));
        }
        // All steps in this one transaction: PostgreSQL's DDL is transactional, so an
        // upgrade either completes or leaves the old schema as it was.
        while (current < kMigrations.size()) {
            for (const QString &sql : kMigrations.at(current)) {
                if (auto r = exec(sql); !r) {
                    return r;
                }
            }
            ++current;
            if (auto r = run(QStringLiteral("UPDATE kl_schema SET version = ?"), { current }); !r) {
                return r.error();
            }
        }
        return {};
    });
}

QString PgStorage::jsonText(const QString &key) const
{
    return QStringLiteral("(fields->>'%1')").arg(key);
}

Result<bool> PgStorage::takeRateToken(const QString &key, double ratePerSecond, double burst, double cost)
{
    // One statement per request, atomic across instances: refill by the time passed on
    // the database's clock (one clock for every instance), then take `cost` tokens if
    // there is at least one. No row back means no token.
    const QString refill = QStringLiteral("least(?::float8, b.tokens + extract(epoch FROM clock_timestamp() - b.at)::float8 * ?::float8)");
    auto q = run(QStringLiteral("INSERT INTO rate_buckets AS b (key, tokens, at) VALUES (?, ?::float8 - ?::float8, clock_timestamp())"
                                " ON CONFLICT (key) DO UPDATE SET tokens = %1 - ?::float8, at = clock_timestamp()"
                                " WHERE %1 >= 1 RETURNING tokens")
                     .arg(refill),
        { key, burst, cost, burst, ratePerSecond, cost, burst, ratePerSecond });
    if (!q) {
        return q.error();
    }
    const bool taken = q.value()->next();
    q.value()->finish();
    return taken;
}

Result<qint64> PgStorage::purge(const QString &schoolId, const QDateTime &before)
{
    auto purged = SqlStorage::purge(schoolId, before);
    // Buckets idle for a day are full again: dropping them changes nothing.
    (void)run(QStringLiteral("DELETE FROM rate_buckets WHERE at < now() - interval '1 day'"));
    return purged;
}

} // namespace kl::server
