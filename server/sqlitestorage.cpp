#include "sqlitestorage.h"

#include "crashpoint.h"
#include "merge.h"

#include <QAtomicInt>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcServerStore, "kl.server.store")

namespace kl::server {

namespace {

// Server schema, keyed on PRAGMA user_version like the app's store; steps never change
// once shipped.
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
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString now()
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

QString newEpoch()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

DeviceInfo deviceFrom(const QSqlQuery &q)
{
    return DeviceInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        fromIso(q.value(4)), fromIso(q.value(5)), fromIso(q.value(6)) };
}

const QString kDeviceColumns = QStringLiteral("id, school_id, name, role, created_at, last_seen_at, revoked_at");

} // namespace

SqliteStorage::SqliteStorage(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

SqliteStorage::~SqliteStorage()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const QString &dataDir)
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
    std::unique_ptr<SqliteStorage> s(new SqliteStorage(name));
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
        if (auto r = s->run(QLatin1String(pragma)); !r) {
            return r.error();
        }
    }
    if (auto r = s->migrate(); !r) {
        return r.error();
    }
    return s;
}

Result<QSqlQuery *> SqliteStorage::run(const QString &sql, const QVariantList &binds)
{
    // Prepared statements are kept per SQL text: a no-change pull is a handful of
    // statements, and parsing them again on every request would cost more than running them.
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            qCWarning(lcServerStore) << sql << q->lastError().text();
            return serverError(errors::kStorage, q->lastError().text());
        }
        cached = m_statements.insert(sql, q);
    }
    QSqlQuery *q = cached->get();
    q->finish();
    if (!sql.startsWith(QLatin1String("SELECT")) && !sql.startsWith(QLatin1String("PRAGMA data_version"))) {
        m_cacheDirty = true; // a write (or a transaction boundary) on this connection
    }
    for (int i = 0; i < binds.size(); ++i) {
        q->bindValue(i, binds.at(i));
    }
    if (!q->exec()) {
        qCWarning(lcServerStore) << sql << q->lastError().text();
        return serverError(errors::kStorage, q->lastError().text());
    }
    return q;
}

void SqliteStorage::endOfRequest()
{
    for (const auto &q : std::as_const(m_statements)) {
        q->finish();
    }
}

Status SqliteStorage::write(const std::function<Status()> &body)
{
    if (m_inWrite) {
        return body();
    }
    // A half-read statement (the token lookup of this request) would hold a read snapshot
    // that BEGIN IMMEDIATE cannot upgrade once another process has written.
    endOfRequest();
    if (auto r = run(QStringLiteral("BEGIN IMMEDIATE")); !r) {
        return r.error();
    }
    m_inWrite = true;
    Status result = body();
    m_inWrite = false;
    endOfRequest(); // no statement may stay active across COMMIT
    if (result) {
        if (auto r = run(QStringLiteral("COMMIT")); !r) {
            (void)run(QStringLiteral("ROLLBACK"));
            return r.error();
        }
        return result;
    }
    (void)run(QStringLiteral("ROLLBACK"));
    return result;
}

Status SqliteStorage::migrate()
{
    auto v = run(QStringLiteral("PRAGMA user_version"));
    if (!v) {
        return v.error();
    }
    v.value()->next();
    int current = v.value()->value(0).toInt();
    if (current > kMigrations.size()) {
        return serverError(errors::kStorage, QStringLiteral("the database has schema %1, newer than this server (%2)")
                                                 .arg(current)
                                                 .arg(kMigrations.size()));
    }
    while (current < kMigrations.size()) {
        const int next = current + 1;
        const Status s = write([&]() -> Status {
            for (const QString &sql : kMigrations.at(next - 1)) {
                if (auto r = run(sql); !r) {
                    return r.error();
                }
            }
            auto r = run(QStringLiteral("PRAGMA user_version = %1").arg(next));
            return r ? Status {} : Status { r.error() };
        });
        if (!s) {
            return s;
        }
        current = next;
    }
    return {};
}

Result<SchoolInfo> SqliteStorage::createSchool(const QString &name, const QString &id)
{
    if (name.trimmed().isEmpty()) {
        return serverError(errors::kInvalid, QStringLiteral("a school needs a name"));
    }
    SchoolInfo s { id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id, name.trimmed(), newEpoch(), 0, 0,
        QDateTime::currentDateTimeUtc() };
    auto r = run(QStringLiteral("INSERT INTO schools(id, name, epoch, created_at) VALUES (?, ?, ?, ?)"),
        { s.id, s.name, s.epoch, iso(s.createdAt) });
    if (!r) {
        return serverError(errors::kInvalid, QStringLiteral("school %1 could not be created (does it exist already?)").arg(s.id));
    }
    return s;
}

void SqliteStorage::refreshCache()
{
    qint64 dataVersion = -1;
    if (auto q = run(QStringLiteral("PRAGMA data_version")); q && q.value()->next()) {
        dataVersion = q.value()->value(0).toLongLong();
        q.value()->finish();
    }
    if (m_cacheDirty || dataVersion < 0 || dataVersion != m_cacheDataVersion) {
        m_deviceCache.clear();
        m_schoolCache.clear();
        m_cacheDataVersion = dataVersion;
        m_cacheDirty = false;
    }
}

Result<std::optional<SchoolInfo>> SqliteStorage::school(const QString &id)
{
    if (m_inWrite) {
        return schoolUncached(id);
    }
    refreshCache();
    if (const auto hit = m_schoolCache.constFind(id); hit != m_schoolCache.cend()) {
        return std::optional<SchoolInfo>(*hit);
    }
    auto s = schoolUncached(id);
    if (s && s.value() && !m_cacheDirty && m_schoolCache.size() < 10000) {
        m_schoolCache.insert(id, *s.value());
    }
    return s;
}

Result<std::optional<SchoolInfo>> SqliteStorage::schoolUncached(const QString &id)
{
    auto q = run(QStringLiteral("SELECT id, name, epoch, version, tombstone_floor, created_at FROM schools WHERE id = ?"), { id });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<SchoolInfo> {};
    }
    const QSqlQuery &r = *q.value();
    return std::optional<SchoolInfo>(SchoolInfo { r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
        r.value(3).toLongLong(), r.value(4).toLongLong(), fromIso(r.value(5)) });
}

Result<QList<SchoolInfo>> SqliteStorage::schools()
{
    auto q = run(QStringLiteral("SELECT id, name, epoch, version, tombstone_floor, created_at FROM schools ORDER BY name"));
    if (!q) {
        return q.error();
    }
    QList<SchoolInfo> out;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        out << SchoolInfo { r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong(),
            r.value(4).toLongLong(), fromIso(r.value(5)) };
    }
    return out;
}

Result<std::optional<ServerRow>> SqliteStorage::loadRow(const QString &schoolId, const QString &table, const QString &id)
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
    return std::optional<ServerRow>(ServerRow { table, id, r.value(0).toLongLong(), r.value(1).toInt() != 0,
        parseObject(r.value(2)), parseObject(r.value(3)) });
}

Status SqliteStorage::storeRow(const QString &schoolId, const ServerRow &row)
{
    auto r = run(QStringLiteral("INSERT INTO rows(school_id, rkey, tbl, id, row_version, deleted, deleted_at, fields, field_versions)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(school_id, rkey) DO UPDATE SET"
                                " row_version = excluded.row_version, deleted = excluded.deleted,"
                                " deleted_at = excluded.deleted_at, fields = excluded.fields,"
                                " field_versions = excluded.field_versions"),
        { schoolId, sync::rowKey(row.table, row.id), row.table, row.id, row.version, row.deleted ? 1 : 0,
            row.deleted ? QVariant(now()) : QVariant(QMetaType(QMetaType::QString)), json(row.fields), json(row.fieldVersions) });
    return r ? Status {} : Status { r.error() };
}

Status SqliteStorage::importRows(const QString &schoolId, const QList<ServerRow> &rows)
{
    return write([&]() -> Status {
        auto s = school(schoolId);
        if (!s) {
            return s.error();
        }
        if (!s.value()) {
            return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
        }
        const qint64 version = s.value()->version + 1;
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

Result<QString> SqliteStorage::rotateEpoch(const QString &schoolId)
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

Result<qint64> SqliteStorage::purge(const QString &schoolId, const QDateTime &before)
{
    qint64 purged = 0;
    const Status s = write([&]() -> Status {
        auto max = run(QStringLiteral("SELECT coalesce(max(row_version), 0), count(*) FROM rows"
                                      " WHERE school_id = ? AND deleted = 1 AND deleted_at < ?"),
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
        if (auto r = run(QStringLiteral("DELETE FROM rows WHERE school_id = ? AND deleted = 1 AND deleted_at < ?"),
                { schoolId, iso(before) });
            !r) {
            return r.error();
        }
        if (auto r = run(QStringLiteral("DELETE FROM mutations WHERE school_id = ? AND created_at < ?"), { schoolId, iso(before) });
            !r) {
            return r.error();
        }
        auto r = run(QStringLiteral("UPDATE schools SET tombstone_floor = max(tombstone_floor, ?) WHERE id = ?"),
            { floor, schoolId });
        return r ? Status {} : Status { r.error() };
    });
    if (!s) {
        return s.error();
    }
    return purged;
}

Result<CoordinatorInfo> SqliteStorage::createCoordinator(const QString &schoolId, const QString &name, const QString &email)
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
        email.isNull() ? QStringLiteral("") : email.trimmed() }; // a null QString would bind as NULL
    auto r = run(QStringLiteral("INSERT INTO coordinators(id, school_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)"),
        { c.id, c.schoolId, c.name, c.email, now() });
    if (!r) {
        return r.error();
    }
    return c;
}

Status SqliteStorage::createInvite(const QString &schoolId, const QString &tokenHash, const QString &role,
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
        { tokenHash, schoolId, role, coordinatorId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(coordinatorId),
            now(), iso(expiresAt) });
    return r ? Status {} : Status { r.error() };
}

Result<DeviceInfo> SqliteStorage::redeemInvite(const QString &inviteHash, const QString &deviceTokenHash,
    const QString &deviceName, const QString &clientId, const QDateTime &nowTime)
{
    DeviceInfo device;
    const Status s = write([&]() -> Status {
        auto q = run(QStringLiteral("SELECT school_id, role, expires_at, used_at FROM invites WHERE token_hash = ?"), { inviteHash });
        if (!q) {
            return q.error();
        }
        if (!q.value()->next()) {
            return serverError(errors::kInviteInvalid, QStringLiteral("this invite does not exist"));
        }
        if (!q.value()->value(3).isNull()) {
            return serverError(errors::kInviteUsed, QStringLiteral("this invite has been used already"));
        }
        if (fromIso(q.value()->value(2)) <= nowTime) {
            return serverError(errors::kInviteExpired, QStringLiteral("this invite has expired"));
        }
        device = DeviceInfo { QUuid::createUuid().toString(QUuid::WithoutBraces), q.value()->value(0).toString(),
            deviceName.trimmed().left(100), q.value()->value(1).toString(), nowTime, nowTime, {} };
        if (device.name.isEmpty()) {
            device.name = QStringLiteral("device");
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
        auto r = run(QStringLiteral("INSERT INTO clients(school_id, client_id, device_id, last_seen_at) VALUES (?, ?, ?, ?)"),
            { device.schoolId, clientId, device.id, iso(nowTime) });
        if (!r) {
            return serverError(errors::kInvalid, QStringLiteral("this client id is in use; send a fresh one"));
        }
        return {};
    });
    if (!s) {
        return s.error();
    }
    return device;
}

Result<std::optional<DeviceInfo>> SqliteStorage::deviceByTokenHash(const QString &tokenHash)
{
    refreshCache();
    if (const auto hit = m_deviceCache.constFind(tokenHash); hit != m_deviceCache.cend()) {
        return std::optional<DeviceInfo>(*hit);
    }
    auto q = run(QStringLiteral("SELECT %1 FROM devices WHERE token_hash = ?").arg(kDeviceColumns), { tokenHash });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<DeviceInfo> {}; // unknown tokens are not cached: they cost memory, not time
    }
    const DeviceInfo device = deviceFrom(*q.value());
    q.value()->finish();
    if (m_deviceCache.size() >= 10000) {
        m_deviceCache.clear();
    }
    m_deviceCache.insert(tokenHash, device);
    return std::optional<DeviceInfo>(device);
}

Result<QList<DeviceInfo>> SqliteStorage::devices(const QString &schoolId)
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

Status SqliteStorage::revokeDevice(const QString &deviceId, const QString &schoolId)
{
    auto r = schoolId.isEmpty()
        ? run(QStringLiteral("UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?"), { now(), deviceId })
        : run(QStringLiteral("UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND school_id = ?"),
            { now(), deviceId, schoolId });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return serverError(errors::kNotFound, QStringLiteral("no device %1").arg(deviceId));
    }
    return {};
}

Status SqliteStorage::touchDevice(const QString &deviceId, const QDateTime &nowTime)
{
    auto r = run(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"), { iso(nowTime), deviceId });
    return r ? Status {} : Status { r.error() };
}

Result<PullPage> SqliteStorage::pull(const QString &schoolId, const std::optional<sync::Cursor> &cursor, int rowCap,
    qint64 byteCap)
{
    // Fast path of the most common request, a device that is up to date: its cursor is the
    // school's head, so the answer is an empty page with the same cursor.
    if (cursor && cursor->lastKey.isEmpty() && !m_inWrite) {
        auto head = school(schoolId);
        if (head && head.value()) {
            const SchoolInfo &info = *head.value();
            if (cursor->epoch == info.epoch && cursor->version == info.version
                && (cursor->version == 0 || cursor->version >= info.tombstoneFloor)) {
                PullPage page;
                page.next = *cursor;
                return page;
            }
        }
    }
    // One read transaction: the school's epoch, watermark and rows come from one snapshot.
    endOfRequest();
    if (auto r = run(QStringLiteral("BEGIN")); !r) {
        return r.error();
    }
    struct EndRead
    {
        SqliteStorage *s;
        ~EndRead()
        {
            s->endOfRequest();
            (void)s->run(QStringLiteral("COMMIT"));
        }
    } end { this };
    auto s = schoolUncached(schoolId);
    if (!s) {
        return s.error();
    }
    if (!s.value()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    const SchoolInfo info = *s.value();
    if (cursor) {
        if (cursor->epoch != info.epoch) {
            return serverError(errors::kResync, QStringLiteral("the cursor belongs to another epoch of this school's data"));
        }
        if (cursor->version > info.version) {
            return serverError(errors::kResync, QStringLiteral("the cursor is ahead of the server (restored from a backup?)"));
        }
        if (cursor->version > 0 && cursor->version < info.tombstoneFloor) {
            return serverError(errors::kResync, QStringLiteral("the cursor is older than the tombstone retention"));
        }
    }
    const qint64 fromVersion = cursor ? cursor->version : 0;
    const QString fromKey = cursor ? cursor->lastKey : QString();
    // A snapshot from the start has no use for tombstones.
    const QString deletedFilter = fromVersion == 0 ? QStringLiteral(" AND deleted = 0") : QString();
    // An empty key means "all of fromVersion delivered" (the end of a pull): rows after it
    // can only carry higher versions, and the cursor a device keeps stays short.
    auto q = fromKey.isEmpty()
        ? run(QStringLiteral("SELECT tbl, id, rkey, row_version, deleted, fields FROM rows"
                             " WHERE school_id = ? AND row_version > ?%1 ORDER BY row_version, rkey LIMIT ?")
                  .arg(deletedFilter),
            { schoolId, fromVersion, rowCap + 1 })
        : run(QStringLiteral("SELECT tbl, id, rkey, row_version, deleted, fields FROM rows"
                             " WHERE school_id = ? AND (row_version, rkey) > (?, ?)%1 ORDER BY row_version, rkey LIMIT ?")
                  .arg(deletedFilter),
            { schoolId, fromVersion, fromKey, rowCap + 1 });
    if (!q) {
        return q.error();
    }
    PullPage page;
    page.next = sync::Cursor { info.epoch, fromVersion, fromKey };
    QByteArray json = "[";
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        if (page.rowCount >= rowCap || (page.rowCount > 0 && json.size() >= byteCap)) {
            page.hasMore = true;
            break;
        }
        if (page.rowCount > 0) {
            json += ',';
        }
        // Table names come from the whitelist and ids were checked on the way in (1-64
        // characters); QJsonValue quotes them anyway.
        json += "{\"table\":" + QJsonDocument(QJsonArray { r.value(0).toString() }).toJson(QJsonDocument::Compact).mid(1).chopped(1)
            + ",\"id\":" + QJsonDocument(QJsonArray { r.value(1).toString() }).toJson(QJsonDocument::Compact).mid(1).chopped(1)
            + ",\"version\":" + QByteArray::number(r.value(3).toLongLong());
        if (r.value(4).toInt() != 0) {
            json += ",\"deleted\":true}";
        } else {
            json += ",\"fields\":" + r.value(5).toString().toUtf8() + '}';
        }
        ++page.rowCount;
        page.next = sync::Cursor { info.epoch, r.value(3).toLongLong(), r.value(2).toString() };
    }
    json += ']';
    page.rowsJson = json;
    if (!page.hasMore) {
        page.next.lastKey.clear(); // everything up to this version has been delivered
    }
    return page;
}

Result<PushOutcome> SqliteStorage::push(const DeviceInfo &device, const QString &clientId, const QJsonArray &mutations)
{
    PushOutcome out;
    const Status s = write([&]() -> Status {
        auto sch = school(device.schoolId);
        if (!sch) {
            return sch.error();
        }
        if (!sch.value()) {
            return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(device.schoolId));
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
        const qint64 newVersion = sch.value()->version + 1;
        bool changed = false;
        const QString stamp = now();
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
                break; // apply what is contiguous; the client sends the rest again
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
                // The server's row, so the device can undo its edit (null: no such row).
                if (sync::isSyncedTable(m->table)) {
                    const auto &row = current.value();
                    result.insert(QStringLiteral("row"), row ? QJsonValue(row->toWire()) : QJsonValue(QJsonValue::Null));
                }
            }
            if (auto r = run(QStringLiteral("INSERT INTO mutations(school_id, client_id, mutation_id, status, reason, version,"
                                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { device.schoolId, clientId, m->id, result.value(QStringLiteral("status")).toString(), merged.reason,
                        newVersion, stamp });
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
        out.version = sch.value()->version;
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

Result<QList<ConflictInfo>> SqliteStorage::conflicts(const QString &schoolId, int limit)
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
            r.value(8).toString(), fromIso(r.value(9)) };
    }
    return out;
}

Result<SchoolStatus> SqliteStorage::status(const QString &schoolId)
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
    st.liveRows = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND deleted = 0"));
    st.tombstones = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND deleted = 1"));
    st.openFlags = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND tbl = 'flags' AND deleted = 0"
                                         " AND json_extract(fields, '$.resolved') = 0"));
    st.conflicts = scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE school_id = ?"));
    st.activeDevices = scalar(QStringLiteral("SELECT count(*) FROM devices WHERE school_id = ? AND revoked_at IS NULL"));
    st.revokedDevices = scalar(QStringLiteral("SELECT count(*) FROM devices WHERE school_id = ? AND revoked_at IS NOT NULL"));
    auto q = run(QStringLiteral("SELECT client_id, device_id, last_mutation_id, last_seen_at FROM clients WHERE school_id = ?"
                                " ORDER BY last_seen_at DESC"),
        { schoolId });
    if (!q) {
        return q.error();
    }
    while (q.value()->next()) {
        st.clients << ClientStatus { q.value()->value(0).toString(), q.value()->value(1).toString(),
            q.value()->value(2).toLongLong(), fromIso(q.value()->value(3)) };
    }
    return st;
}

Result<QList<QPair<qint64, QString>>> SqliteStorage::mutationLog(const QString &schoolId, const QString &clientId)
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

Result<QList<ServerRow>> SqliteStorage::liveRows(const QString &schoolId)
{
    auto q = run(QStringLiteral("SELECT tbl, id, row_version, fields, field_versions FROM rows WHERE school_id = ? AND deleted = 0"
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

namespace {

const QString kAccountColumns = QStringLiteral("id, school_id, name, email, password_hash, web_device_id");

CoordinatorAccount accountFrom(const QSqlQuery &q)
{
    return CoordinatorAccount { CoordinatorInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString() },
        q.value(4).toString(), q.value(5).toString() };
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s; // a null QString would bind as NULL
}

} // namespace

Result<std::optional<CoordinatorAccount>> SqliteStorage::coordinatorAccount(const QString &coordinatorId)
{
    auto q = run(QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM coordinators WHERE id = ?"), { coordinatorId });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<CoordinatorAccount> {};
    }
    return std::optional<CoordinatorAccount>(accountFrom(*q.value()));
}

Result<QList<CoordinatorAccount>> SqliteStorage::coordinatorAccountsByEmail(const QString &email)
{
    auto q = run(QStringLiteral("SELECT ") + kAccountColumns
            + QStringLiteral(" FROM coordinators WHERE lower(email) = lower(?) AND email <> '' ORDER BY created_at"),
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

Status SqliteStorage::setCoordinatorPassword(const QString &coordinatorId, const QString &passwordHash)
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

Status SqliteStorage::setCoordinatorWebDevice(const QString &coordinatorId, const QString &deviceId)
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

Status SqliteStorage::createWebSession(const WebSession &session)
{
    return write([&]() -> Status {
        // Expired sessions go when new ones come: the table stays as small as the active ones.
        if (auto r = run(QStringLiteral("DELETE FROM web_sessions WHERE expires_at < ?"), { now() }); !r) {
            return r.error();
        }
        auto r = run(QStringLiteral("INSERT INTO web_sessions(token_hash, school_id, coordinator_id, csrf_token, created_at,"
                                    " expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { session.tokenHash, session.schoolId, session.coordinatorId, session.csrfToken, iso(session.createdAt),
                iso(session.expiresAt) });
        return r ? Status {} : Status { r.error() };
    });
}

Result<std::optional<WebSession>> SqliteStorage::webSession(const QString &tokenHash, const QDateTime &nowTime)
{
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
        r.value(3).toString(), fromIso(r.value(4)), fromIso(r.value(5)) });
}

Status SqliteStorage::deleteWebSession(const QString &tokenHash)
{
    auto r = run(QStringLiteral("DELETE FROM web_sessions WHERE token_hash = ?"), { tokenHash });
    return r ? Status {} : Status { r.error() };
}

Status SqliteStorage::appendAudit(const AuditEntry &e)
{
    auto r = run(QStringLiteral("INSERT INTO audit_log(school_id, coordinator_id, actor, action, tbl, row_id, fields, detail, at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.schoolId, text(e.coordinatorId), text(e.actor), e.action, text(e.table), text(e.rowId),
            text(e.fields.join(QLatin1Char(','))), text(e.detail), iso(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()) });
    return r ? Status {} : Status { r.error() };
}

Result<QList<AuditEntry>> SqliteStorage::auditLog(const QString &schoolId, int limit)
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
            r.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), r.value(8).toString(), fromIso(r.value(9)) };
    }
    return out;
}

} // namespace kl::server
