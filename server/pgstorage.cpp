#include "pgstorage.h"

#include "crashpoint.h"
#include "merge.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPgStore, "kl.server.pg")

namespace kl::server {

namespace {

// Server schema on PostgreSQL, numbered like the SQLite backend's steps (kl_schema holds
// the number instead of PRAGMA user_version). Steps never change once shipped; each runs
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
};

// Any constant: the advisory lock that serialises migrations of concurrent instances.
constexpr qint64 kMigrationLock = 0x4b4c4d4947;

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : v.toDateTime().toUTC();
}

QString nowIso()
{
    return iso(QDateTime::currentDateTimeUtc());
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString jsonValue(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
}

QJsonValue parseValue(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array().at(0);
}

QByteArray quoted(const QString &s)
{
    return QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QString newEpoch()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

DeviceInfo deviceFrom(const QSqlQuery &q)
{
    return DeviceInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        timeFrom(q.value(4)), timeFrom(q.value(5)), timeFrom(q.value(6)) };
}

SchoolInfo schoolFrom(const QSqlQuery &r)
{
    return SchoolInfo { r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong(),
        r.value(4).toLongLong(), timeFrom(r.value(5)) };
}

const QString kDeviceColumns = QStringLiteral("id, school_id, name, role, created_at, last_seen_at, revoked_at");
const QString kSchoolColumns = QStringLiteral("id, name, epoch, version, tombstone_floor, created_at");

} // namespace

PgStorage::PgStorage(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

PgStorage::~PgStorage()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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
    // Timestamps travel as ISO text in UTC; the session zone only affects how the server
    // prints them back, and UTC keeps that unambiguous.
    for (const char *setting : { "SET TIME ZONE 'UTC'", "SET client_min_messages TO WARNING" }) {
        if (auto r = s->command(QLatin1String(setting)); !r) {
            return r.error();
        }
    }
    if (auto r = s->migrate(); !r) {
        return r.error();
    }
    return s;
}

bool PgStorage::reconnectIfLost()
{
    // QPSQL does not reconnect by itself. After a failed statement outside a transaction
    // (a database restart, a failover), try the connection once and open it again.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT 1"))) {
            return false;
        }
    }
    qCWarning(lcPgStore) << "connection to PostgreSQL lost; reconnecting";
    m_statements.clear();
    db.close();
    if (!db.open()) {
        return false;
    }
    QSqlQuery settings(db);
    return settings.exec(QStringLiteral("SET TIME ZONE 'UTC'")) && settings.exec(QStringLiteral("SET client_min_messages TO WARNING"));
}

Result<QSqlQuery *> PgStorage::run(const QString &sql, const QVariantList &binds)
{
    for (int attempt = 0;; ++attempt) {
        auto cached = m_statements.find(sql);
        if (cached == m_statements.end()) {
            // Not forward-only: QPSQL then fetches a statement's whole result at once, so
            // one statement's rows can be read while the next statement runs.
            auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
            if (!q->prepare(sql)) {
                qCWarning(lcPgStore) << sql << q->lastError().text();
                if (attempt == 0 && !m_inTransaction && reconnectIfLost()) {
                    continue;
                }
                return serverError(errors::kStorage, q->lastError().text());
            }
            cached = m_statements.insert(sql, q);
        }
        QSqlQuery *q = cached->get();
        q->finish();
        for (int i = 0; i < binds.size(); ++i) {
            q->bindValue(i, binds.at(i));
        }
        if (q->exec()) {
            return q;
        }
        const QString error = q->lastError().text();
        qCWarning(lcPgStore) << sql << error;
        if (attempt == 0 && !m_inTransaction && reconnectIfLost()) {
            continue;
        }
        return serverError(errors::kStorage, error);
    }
}

Status PgStorage::command(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql)) {
        qCWarning(lcPgStore) << sql << q.lastError().text();
        if (!m_inTransaction && sql.startsWith(QLatin1String("BEGIN")) && reconnectIfLost() && q.exec(sql)) {
            return {};
        }
        return serverError(errors::kStorage, q.lastError().text());
    }
    return {};
}

Status PgStorage::write(const std::function<Status()> &body)
{
    if (m_inTransaction) {
        return body();
    }
    // READ COMMITTED: a writer waiting for a school's row lock reads the row as its
    // predecessor committed it, and so takes the next version.
    if (auto r = command(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")); !r) {
        return r;
    }
    m_inTransaction = true;
    Status result = body();
    if (result) {
        const Status committed = command(QStringLiteral("COMMIT"));
        m_inTransaction = false;
        return committed;
    }
    (void)command(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    return result;
}

Result<SchoolInfo> PgStorage::lockSchool(const QString &schoolId)
{
    // The school's row holds its version counter. Every transaction that takes a version
    // locks it first and keeps the lock until it commits, so version N+1 cannot commit
    // before version N: a puller that has seen N never misses a row stamped N or lower.
    auto q = run(QStringLiteral("SELECT %1 FROM schools WHERE id = ? FOR UPDATE").arg(kSchoolColumns), { schoolId });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    return schoolFrom(*q.value());
}

Status PgStorage::migrate()
{
    return write([&]() -> Status {
        if (auto r = run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { kMigrationLock }); !r) {
            return r.error();
        }
        if (auto r = command(QStringLiteral("CREATE TABLE IF NOT EXISTS kl_schema (version integer NOT NULL)")); !r) {
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
                if (auto r = command(sql); !r) {
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

Result<SchoolInfo> PgStorage::createSchool(const QString &name, const QString &id)
{
    if (name.trimmed().isEmpty()) {
        return serverError(errors::kInvalid, QStringLiteral("a school needs a name"));
    }
    SchoolInfo s { id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id, name.trimmed(), newEpoch(), 0, 0,
        QDateTime::currentDateTimeUtc() };
    auto r = run(QStringLiteral("INSERT INTO schools(id, name, epoch, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
        { s.id, s.name, s.epoch, iso(s.createdAt) });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return serverError(errors::kInvalid, QStringLiteral("school %1 could not be created (does it exist already?)").arg(s.id));
    }
    return s;
}

Result<std::optional<SchoolInfo>> PgStorage::school(const QString &id)
{
    auto q = run(QStringLiteral("SELECT %1 FROM schools WHERE id = ?").arg(kSchoolColumns), { id });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<SchoolInfo> {};
    }
    return std::optional<SchoolInfo>(schoolFrom(*q.value()));
}

Result<QList<SchoolInfo>> PgStorage::schools()
{
    auto q = run(QStringLiteral("SELECT %1 FROM schools ORDER BY name, id").arg(kSchoolColumns));
    if (!q) {
        return q.error();
    }
    QList<SchoolInfo> out;
    while (q.value()->next()) {
        out << schoolFrom(*q.value());
    }
    return out;
}

Result<std::optional<ServerRow>> PgStorage::loadRow(const QString &schoolId, const QString &table, const QString &id)
{
    auto q = run(QStringLiteral("SELECT row_version, deleted, fields, field_versions FROM rows WHERE school_id = ? AND rkey = ?"),
        { schoolId, sync::rowKey(table, id) });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<ServerRow> {};
    }
    const QSqlQuery &r = *q.value();
    return std::optional<ServerRow>(ServerRow { table, id, r.value(0).toLongLong(), r.value(1).toBool(),
        parseObject(r.value(2)), parseObject(r.value(3)) });
}

Status PgStorage::storeRow(const QString &schoolId, const ServerRow &row)
{
    auto r = run(QStringLiteral("INSERT INTO rows(school_id, rkey, tbl, id, row_version, deleted, deleted_at, fields, field_versions)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (school_id, rkey) DO UPDATE SET"
                                " row_version = excluded.row_version, deleted = excluded.deleted,"
                                " deleted_at = excluded.deleted_at, fields = excluded.fields,"
                                " field_versions = excluded.field_versions"),
        { schoolId, sync::rowKey(row.table, row.id), row.table, row.id, row.version, row.deleted,
            row.deleted ? QVariant(nowIso()) : nullText(), json(row.fields), json(row.fieldVersions) });
    return r ? Status {} : Status { r.error() };
}

Status PgStorage::importRows(const QString &schoolId, const QList<ServerRow> &rows)
{
    return write([&]() -> Status {
        auto s = lockSchool(schoolId);
        if (!s) {
            return s.error();
        }
        const qint64 version = s.value().version + 1;
        for (ServerRow row : rows) {
            row.version = version;
            for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
                row.fieldVersions.insert(it.key(), version);
            }
            if (auto r = storeRow(schoolId, row); !r) {
                return r;
            }
        }
        auto r = run(QStringLiteral("UPDATE schools SET version = ? WHERE id = ?"), { version, schoolId });
        return r ? Status {} : Status { r.error() };
    });
}

Result<QString> PgStorage::rotateEpoch(const QString &schoolId)
{
    const QString epoch = newEpoch();
    auto r = run(QStringLiteral("UPDATE schools SET epoch = ? WHERE id = ?"), { epoch, schoolId });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    return epoch;
}

Result<qint64> PgStorage::purge(const QString &schoolId, const QDateTime &before)
{
    qint64 purged = 0;
    const Status s = write([&]() -> Status {
        // Under the school's lock: the watermark moves in step with the versions.
        if (auto l = lockSchool(schoolId); !l) {
            return l.error();
        }
        auto max = run(QStringLiteral("SELECT coalesce(max(row_version), 0), count(*) FROM rows"
                                      " WHERE school_id = ? AND deleted AND deleted_at < ?"),
            { schoolId, iso(before) });
        if (!max) {
            return max.error();
        }
        max.value()->next();
        const qint64 floor = max.value()->value(0).toLongLong();
        purged = max.value()->value(1).toLongLong();
        if (purged == 0) {
            return {};
        }
        if (auto r = run(QStringLiteral("DELETE FROM rows WHERE school_id = ? AND deleted AND deleted_at < ?"),
                { schoolId, iso(before) });
            !r) {
            return r.error();
        }
        if (auto r = run(QStringLiteral("DELETE FROM mutations WHERE school_id = ? AND created_at < ?"), { schoolId, iso(before) });
            !r) {
            return r.error();
        }
        auto r = run(QStringLiteral("UPDATE schools SET tombstone_floor = greatest(tombstone_floor, ?) WHERE id = ?"),
            { floor, schoolId });
        return r ? Status {} : Status { r.error() };
    });
    if (!s) {
        return s.error();
    }
    // Buckets idle for a day are full again: dropping them changes nothing.
    (void)run(QStringLiteral("DELETE FROM rate_buckets WHERE at < now() - interval '1 day'"));
    return purged;
}

Result<CoordinatorInfo> PgStorage::createCoordinator(const QString &schoolId, const QString &name, const QString &email)
{
    if (name.trimmed().isEmpty()) {
        return serverError(errors::kInvalid, QStringLiteral("a coordinator needs a name"));
    }
    auto s = school(schoolId);
    if (!s) {
        return s.error();
    }
    if (!s.value()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    CoordinatorInfo c { QUuid::createUuid().toString(QUuid::WithoutBraces), schoolId, name.trimmed(),
        email.isNull() ? QStringLiteral("") : email.trimmed() };
    auto r = run(QStringLiteral("INSERT INTO coordinators(id, school_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)"),
        { c.id, c.schoolId, c.name, c.email, nowIso() });
    if (!r) {
        return r.error();
    }
    return c;
}

Status PgStorage::createInvite(const QString &schoolId, const QString &tokenHash, const QString &role,
    const QDateTime &expiresAt, const QString &coordinatorId)
{
    auto s = school(schoolId);
    if (!s) {
        return s.error();
    }
    if (!s.value()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    if (role != sync::kRoleTeacher && role != sync::kRoleCoordinator) {
        return serverError(errors::kInvalid, QStringLiteral("role must be teacher or coordinator"));
    }
    auto r = run(QStringLiteral("INSERT INTO invites(token_hash, school_id, role, coordinator_id, created_at, expires_at)"
                                " VALUES (?, ?, ?, ?, ?, ?)"),
        { tokenHash, schoolId, role, coordinatorId.isEmpty() ? nullText() : QVariant(coordinatorId), nowIso(), iso(expiresAt) });
    return r ? Status {} : Status { r.error() };
}

Result<DeviceInfo> PgStorage::redeemInvite(const QString &inviteHash, const QString &deviceTokenHash,
    const QString &deviceName, const QString &clientId, const QDateTime &nowTime)
{
    DeviceInfo device;
    const Status s = write([&]() -> Status {
        // FOR UPDATE: two instances redeeming one invite at once; the second waits and
        // then sees it used.
        auto q = run(QStringLiteral("SELECT school_id, role, expires_at, used_at FROM invites WHERE token_hash = ? FOR UPDATE"),
            { inviteHash });
        if (!q) {
            return q.error();
        }
        if (!q.value()->next()) {
            return serverError(errors::kInviteInvalid, QStringLiteral("this invite does not exist"));
        }
        if (!q.value()->value(3).isNull()) {
            return serverError(errors::kInviteUsed, QStringLiteral("this invite has been used already"));
        }
        if (timeFrom(q.value()->value(2)) <= nowTime) {
            return serverError(errors::kInviteExpired, QStringLiteral("this invite has expired"));
        }
        device = DeviceInfo { QUuid::createUuid().toString(QUuid::WithoutBraces), q.value()->value(0).toString(),
            deviceName.trimmed().left(100), q.value()->value(1).toString(), nowTime, nowTime, {} };
        if (device.name.isEmpty()) {
            device.name = QStringLiteral("device");
        }
        auto taken = run(QStringLiteral("SELECT 1 FROM clients WHERE school_id = ? AND client_id = ?"), { device.schoolId, clientId });
        if (!taken) {
            return taken.error();
        }
        if (taken.value()->next()) {
            return serverError(errors::kInvalid, QStringLiteral("this client id is in use; send a fresh one"));
        }
        if (auto r = run(QStringLiteral("INSERT INTO devices(id, school_id, name, role, token_hash, created_at, last_seen_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { device.id, device.schoolId, device.name, device.role, deviceTokenHash, iso(nowTime), iso(nowTime) });
            !r) {
            return r.error();
        }
        if (auto r = run(QStringLiteral("UPDATE invites SET used_at = ?, device_id = ? WHERE token_hash = ?"),
                { iso(nowTime), device.id, inviteHash });
            !r) {
            return r.error();
        }
        auto r = run(QStringLiteral("INSERT INTO clients(school_id, client_id, device_id, last_seen_at) VALUES (?, ?, ?, ?)"
                                    " ON CONFLICT DO NOTHING"),
            { device.schoolId, clientId, device.id, iso(nowTime) });
        if (!r) {
            return r.error();
        }
        if (r.value()->numRowsAffected() != 1) {
            return serverError(errors::kInvalid, QStringLiteral("this client id is in use; send a fresh one"));
        }
        return {};
    });
    if (!s) {
        return s.error();
    }
    return device;
}

Result<std::optional<DeviceInfo>> PgStorage::deviceByTokenHash(const QString &tokenHash)
{
    auto q = run(QStringLiteral("SELECT %1 FROM devices WHERE token_hash = ?").arg(kDeviceColumns), { tokenHash });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<DeviceInfo> {};
    }
    return std::optional<DeviceInfo>(deviceFrom(*q.value()));
}

Result<QList<DeviceInfo>> PgStorage::devices(const QString &schoolId)
{
    auto q = run(QStringLiteral("SELECT %1 FROM devices WHERE school_id = ? ORDER BY created_at, id").arg(kDeviceColumns), { schoolId });
    if (!q) {
        return q.error();
    }
    QList<DeviceInfo> out;
    while (q.value()->next()) {
        out << deviceFrom(*q.value());
    }
    return out;
}

Status PgStorage::revokeDevice(const QString &deviceId, const QString &schoolId)
{
    auto r = schoolId.isEmpty()
        ? run(QStringLiteral("UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?"), { nowIso(), deviceId })
        : run(QStringLiteral("UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND school_id = ?"),
            { nowIso(), deviceId, schoolId });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return serverError(errors::kNotFound, QStringLiteral("no device %1").arg(deviceId));
    }
    return {};
}

Status PgStorage::touchDevice(const QString &deviceId, const QDateTime &nowTime)
{
    // greatest(): instances touching in any order never move last_seen_at back.
    auto r = run(QStringLiteral("UPDATE devices SET last_seen_at = greatest(last_seen_at, ?) WHERE id = ?"),
        { iso(nowTime), deviceId });
    return r ? Status {} : Status { r.error() };
}

Result<PullPage> PgStorage::pull(const QString &schoolId, const std::optional<sync::Cursor> &cursor, int rowCap,
    qint64 byteCap)
{
    // One statement reads the school's epoch, watermark and version and the page of rows:
    // a statement sees one snapshot, and writers commit versions in order (lockSchool),
    // so the snapshot holds every row up to the school's version. One round trip, where
    // a transaction around two statements would take four.
    const qint64 fromVersion = cursor ? cursor->version : 0;
    const QString fromKey = cursor ? cursor->lastKey : QString();
    const QString deletedFilter = fromVersion == 0 ? QStringLiteral(" AND NOT deleted") : QString();
    const QString page = fromKey.isEmpty()
        ? QStringLiteral("row_version > ?%1 ORDER BY row_version, rkey LIMIT ?").arg(deletedFilter)
        : QStringLiteral("(row_version, rkey) > (?, ?)%1 ORDER BY row_version, rkey LIMIT ?").arg(deletedFilter);
    const QString sql = QStringLiteral("SELECT s.epoch, s.version, s.tombstone_floor, r.tbl, r.id, r.rkey, r.row_version, r.deleted,"
                                       " r.fields FROM schools s LEFT JOIN LATERAL (SELECT tbl, id, rkey, row_version, deleted, fields"
                                       " FROM rows WHERE school_id = s.id AND %1) r ON true WHERE s.id = ? ORDER BY r.row_version, r.rkey")
                            .arg(page);
    QVariantList binds { fromVersion };
    if (!fromKey.isEmpty()) {
        binds << fromKey;
    }
    binds << rowCap + 1 << schoolId;
    auto q = run(sql, binds);
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    const QString epoch = q.value()->value(0).toString();
    const qint64 version = q.value()->value(1).toLongLong();
    const qint64 floor = q.value()->value(2).toLongLong();
    if (cursor) {
        if (cursor->epoch != epoch) {
            return serverError(errors::kResync, QStringLiteral("the cursor belongs to another epoch of this school's data"));
        }
        if (cursor->version > version) {
            return serverError(errors::kResync, QStringLiteral("the cursor is ahead of the server (restored from a backup?)"));
        }
        if (cursor->version > 0 && cursor->version < floor) {
            return serverError(errors::kResync, QStringLiteral("the cursor is older than the tombstone retention"));
        }
    }
    PullPage result;
    result.next = sync::Cursor { epoch, fromVersion, fromKey };
    QByteArray out = "[";
    // The LEFT JOIN gives one row of NULLs when the page is empty.
    for (bool more = !q.value()->value(3).isNull(); more; more = q.value()->next()) {
        const QSqlQuery &r = *q.value();
        if (result.rowCount >= rowCap || (result.rowCount > 0 && out.size() >= byteCap)) {
            result.hasMore = true;
            break;
        }
        if (result.rowCount > 0) {
            out += ',';
        }
        out += "{\"table\":" + quoted(r.value(3).toString()) + ",\"id\":" + quoted(r.value(4).toString())
            + ",\"version\":" + QByteArray::number(r.value(6).toLongLong());
        if (r.value(7).toBool()) {
            out += ",\"deleted\":true}";
        } else {
            // A json column keeps the text it was given: spliced in as stored.
            out += ",\"fields\":" + r.value(8).toString().toUtf8() + '}';
        }
        ++result.rowCount;
        result.next = sync::Cursor { epoch, r.value(6).toLongLong(), r.value(5).toString() };
    }
    out += ']';
    result.rowsJson = out;
    if (!result.hasMore) {
        result.next.lastKey.clear();
    }
    return result;
}

Result<PushOutcome> PgStorage::push(const DeviceInfo &device, const QString &clientId, const QJsonArray &mutations)
{
    PushOutcome out;
    const Status s = write([&]() -> Status {
        auto sch = lockSchool(device.schoolId);
        if (!sch) {
            return sch.error();
        }
        auto c = run(QStringLiteral("SELECT device_id, last_mutation_id FROM clients WHERE school_id = ? AND client_id = ?"),
            { device.schoolId, clientId });
        if (!c) {
            return c.error();
        }
        qint64 last = 0;
        if (c.value()->next()) {
            if (c.value()->value(0).toString() != device.id) {
                return serverError(errors::kForbidden, QStringLiteral("this client id belongs to another device"));
            }
            last = c.value()->value(1).toLongLong();
        } else if (auto r = run(QStringLiteral("INSERT INTO clients(school_id, client_id, device_id) VALUES (?, ?, ?)"),
                       { device.schoolId, clientId, device.id });
                   !r) {
            return r.error();
        }
        const qint64 newVersion = sch.value().version + 1;
        // The commit-order test (tst_multiinstance) holds a push here: version taken,
        // nothing written, nothing committed.
        if (static const QByteArray hold = qgetenv("KL_TEST_HOLD_PUSH_MS"); !hold.isEmpty()) {
            (void)run(QStringLiteral("SELECT pg_sleep(?)"), { hold.toDouble() / 1000.0 });
        }
        bool changed = false;
        const QString stamp = nowIso();
        for (const QJsonValue &value : mutations) {
            QString why;
            const auto m = parseMutation(value, &why);
            if (!m) {
                return serverError(errors::kInvalid, why);
            }
            if (m->id <= last) {
                out.results.append(QJsonObject { { QStringLiteral("id"), m->id }, { QStringLiteral("status"), QStringLiteral("duplicate") } });
                continue;
            }
            if (m->id != last + 1) {
                if (out.results.isEmpty()) {
                    return serverError(errors::kGap, QStringLiteral("expected mutation %1, got %2").arg(last + 1).arg(m->id));
                }
                break;
            }
            auto current = loadRow(device.schoolId, m->table, m->rowId);
            if (!current) {
                return current.error();
            }
            const MergeOutcome merged = merge(current.value(), *m, device.role, newVersion, clientId);
            QJsonObject result { { QStringLiteral("id"), m->id } };
            if (merged.applied) {
                result.insert(QStringLiteral("status"), QStringLiteral("applied"));
                if (merged.row) {
                    if (auto r = storeRow(device.schoolId, *merged.row); !r) {
                        return r;
                    }
                    changed = true;
                }
                for (const ConflictInfo &conflict : merged.conflicts) {
                    auto r = run(QStringLiteral("INSERT INTO conflicts(school_id, tbl, row_id, field, losing_value,"
                                                " winning_value, losing_version, winning_version, winning_client, created_at)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        { device.schoolId, conflict.table, conflict.rowId, conflict.field, jsonValue(conflict.losingValue),
                            jsonValue(conflict.winningValue), conflict.losingVersion, conflict.winningVersion, clientId, stamp });
                    if (!r) {
                        return r.error();
                    }
                }
            } else {
                result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
                result.insert(QStringLiteral("reason"), merged.reason);
                if (!merged.code.isEmpty()) {
                    result.insert(QStringLiteral("code"), merged.code);
                }
                result.insert(QStringLiteral("table"), m->table);
                result.insert(QStringLiteral("row_id"), m->rowId);
                if (sync::isSyncedTable(m->table)) {
                    const auto &row = current.value();
                    result.insert(QStringLiteral("row"), row ? QJsonValue(row->toWire()) : QJsonValue(QJsonValue::Null));
                }
            }
            if (auto r = run(QStringLiteral("INSERT INTO mutations(school_id, client_id, mutation_id, status, reason, version,"
                                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { device.schoolId, clientId, m->id, result.value(QStringLiteral("status")).toString(),
                        merged.reason.isNull() ? nullText() : QVariant(merged.reason), newVersion, stamp });
                !r) {
                return r.error();
            }
            out.results.append(result);
            last = m->id;
        }
        if (auto r = run(QStringLiteral("UPDATE clients SET last_mutation_id = ?, last_seen_at = ? WHERE school_id = ? AND client_id = ?"),
                { last, stamp, device.schoolId, clientId });
            !r) {
            return r.error();
        }
        out.version = sch.value().version;
        if (changed) {
            if (auto r = run(QStringLiteral("UPDATE schools SET version = ? WHERE id = ?"), { newVersion, device.schoolId }); !r) {
                return r.error();
            }
            out.version = newVersion;
        }
        out.lastMutationId = last;
        crashPoint("server-before-push-commit");
        return {};
    });
    if (!s) {
        return s.error();
    }
    crashPoint("server-after-push-commit");
    return out;
}

Result<QList<ConflictInfo>> PgStorage::conflicts(const QString &schoolId, int limit)
{
    auto q = run(QStringLiteral("SELECT id, tbl, row_id, field, losing_value, winning_value, losing_version, winning_version,"
                                " winning_client, created_at FROM conflicts WHERE school_id = ? ORDER BY id DESC LIMIT ?"),
        { schoolId, limit });
    if (!q) {
        return q.error();
    }
    QList<ConflictInfo> out;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        out << ConflictInfo { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
            parseValue(r.value(4)), parseValue(r.value(5)), r.value(6).toLongLong(), r.value(7).toLongLong(),
            r.value(8).toString(), timeFrom(r.value(9)) };
    }
    return out;
}

Result<SchoolStatus> PgStorage::status(const QString &schoolId)
{
    auto s = school(schoolId);
    if (!s) {
        return s.error();
    }
    if (!s.value()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    SchoolStatus st;
    st.school = *s.value();
    auto scalar = [&](const QString &sql) -> qint64 {
        auto q = run(sql, { schoolId });
        return q && q.value()->next() ? q.value()->value(0).toLongLong() : -1;
    };
    st.liveRows = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND NOT deleted"));
    st.tombstones = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND deleted"));
    // resolved travels as 0/1 (or a JSON boolean); both read as text here.
    st.openFlags = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND tbl = 'flags' AND NOT deleted"
                                         " AND (fields->>'resolved') IN ('0', 'false')"));
    st.conflicts = scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE school_id = ?"));
    st.activeDevices = scalar(QStringLiteral("SELECT count(*) FROM devices WHERE school_id = ? AND revoked_at IS NULL"));
    st.revokedDevices = scalar(QStringLiteral("SELECT count(*) FROM devices WHERE school_id = ? AND revoked_at IS NOT NULL"));
    auto q = run(QStringLiteral("SELECT client_id, device_id, last_mutation_id, last_seen_at FROM clients WHERE school_id = ?"
                                " ORDER BY last_seen_at DESC NULLS LAST"),
        { schoolId });
    if (!q) {
        return q.error();
    }
    while (q.value()->next()) {
        st.clients << ClientStatus { q.value()->value(0).toString(), q.value()->value(1).toString(),
            q.value()->value(2).toLongLong(), timeFrom(q.value()->value(3)) };
    }
    return st;
}

Result<QList<QPair<qint64, QString>>> PgStorage::mutationLog(const QString &schoolId, const QString &clientId)
{
    auto q = run(QStringLiteral("SELECT mutation_id, status FROM mutations WHERE school_id = ? AND client_id = ? ORDER BY mutation_id"),
        { schoolId, clientId });
    if (!q) {
        return q.error();
    }
    QList<QPair<qint64, QString>> out;
    while (q.value()->next()) {
        out.append({ q.value()->value(0).toLongLong(), q.value()->value(1).toString() });
    }
    return out;
}

Result<QList<ServerRow>> PgStorage::liveRows(const QString &schoolId)
{
    auto q = run(QStringLiteral("SELECT tbl, id, row_version, fields, field_versions FROM rows WHERE school_id = ? AND NOT deleted"
                                " ORDER BY rkey"),
        { schoolId });
    if (!q) {
        return q.error();
    }
    QList<ServerRow> out;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        out << ServerRow { r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(), false,
            parseObject(r.value(3)), parseObject(r.value(4)) };
    }
    return out;
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
    return q.value()->next();
}

namespace {

const QString kAccountColumns = QStringLiteral("id, school_id, name, email, password_hash, web_device_id");

CoordinatorAccount accountFrom(const QSqlQuery &q)
{
    return CoordinatorAccount {
        CoordinatorInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() },
        q.value(4).toString(), q.value(5).toString() };
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s; // a null QString would bind as NULL
}

} // namespace

Result<std::optional<CoordinatorAccount>> PgStorage::coordinatorAccount(const QString &coordinatorId)
{
    auto q = run(QStringLiteral("SELECT %1 FROM coordinators WHERE id = ?").arg(kAccountColumns), { coordinatorId });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<CoordinatorAccount> {};
    }
    return std::optional<CoordinatorAccount>(accountFrom(*q.value()));
}

Result<QList<CoordinatorAccount>> PgStorage::coordinatorAccountsByEmail(const QString &email)
{
    auto q = run(QStringLiteral("SELECT %1 FROM coordinators WHERE lower(email) = lower(?) AND email <> '' ORDER BY created_at, id")
                     .arg(kAccountColumns),
        { text(email.trimmed()) });
    if (!q) {
        return q.error();
    }
    QList<CoordinatorAccount> out;
    while (q.value()->next()) {
        out << accountFrom(*q.value());
    }
    return out;
}

Status PgStorage::setCoordinatorPassword(const QString &coordinatorId, const QString &passwordHash)
{
    return write([&]() -> Status {
        auto r = run(QStringLiteral("UPDATE coordinators SET password_hash = ? WHERE id = ?"), { passwordHash, coordinatorId });
        if (!r) {
            return r.error();
        }
        if (r.value()->numRowsAffected() != 1) {
            return serverError(errors::kNotFound, QStringLiteral("no coordinator %1").arg(coordinatorId));
        }
        // Whoever signed in with the old password is signed out: a leaked password is the
        // usual reason to set a new one.
        auto d = run(QStringLiteral("DELETE FROM web_sessions WHERE coordinator_id = ?"), { coordinatorId });
        return d ? Status {} : Status { d.error() };
    });
}

Status PgStorage::setCoordinatorWebDevice(const QString &coordinatorId, const QString &deviceId)
{
    auto r = run(QStringLiteral("UPDATE coordinators SET web_device_id = ? WHERE id = ?"), { deviceId, coordinatorId });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return serverError(errors::kNotFound, QStringLiteral("no coordinator %1").arg(coordinatorId));
    }
    return {};
}

Status PgStorage::createWebSession(const WebSession &session)
{
    return write([&]() -> Status {
        // Expired sessions go when new ones come: the table stays as small as the active ones.
        if (auto r = run(QStringLiteral("DELETE FROM web_sessions WHERE expires_at < ?"), { nowIso() }); !r) {
            return r.error();
        }
        auto r = run(QStringLiteral("INSERT INTO web_sessions(token_hash, school_id, coordinator_id, csrf_token, created_at,"
                                    " expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { session.tokenHash, session.schoolId, session.coordinatorId, session.csrfToken, iso(session.createdAt),
                iso(session.expiresAt) });
        return r ? Status {} : Status { r.error() };
    });
}

Result<std::optional<WebSession>> PgStorage::webSession(const QString &tokenHash, const QDateTime &nowTime)
{
    // Sessions live in the database: a browser may land on any instance.
    auto q = run(QStringLiteral("SELECT token_hash, school_id, coordinator_id, csrf_token, created_at, expires_at"
                                " FROM web_sessions WHERE token_hash = ? AND expires_at > ?"),
        { tokenHash, iso(nowTime) });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<WebSession> {};
    }
    const QSqlQuery &r = *q.value();
    return std::optional<WebSession>(WebSession { r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
        r.value(3).toString(), timeFrom(r.value(4)), timeFrom(r.value(5)) });
}

Status PgStorage::deleteWebSession(const QString &tokenHash)
{
    auto r = run(QStringLiteral("DELETE FROM web_sessions WHERE token_hash = ?"), { tokenHash });
    return r ? Status {} : Status { r.error() };
}

Status PgStorage::appendAudit(const AuditEntry &e)
{
    auto r = run(QStringLiteral("INSERT INTO audit_log(school_id, coordinator_id, actor, action, tbl, row_id, fields, detail, at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.schoolId, text(e.coordinatorId), text(e.actor), e.action, text(e.table), text(e.rowId),
            text(e.fields.join(QLatin1Char(','))), text(e.detail), iso(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()) });
    return r ? Status {} : Status { r.error() };
}

Result<QList<AuditEntry>> PgStorage::auditLog(const QString &schoolId, int limit)
{
    auto q = run(QStringLiteral("SELECT id, school_id, coordinator_id, actor, action, tbl, row_id, fields, detail, at"
                                " FROM audit_log WHERE school_id = ? ORDER BY id DESC LIMIT ?"),
        { schoolId, limit });
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> out;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        out << AuditEntry { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toString(), r.value(6).toString(),
            r.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), r.value(8).toString(), timeFrom(r.value(9)) };
    }
    return out;
}

} // namespace kl::server
