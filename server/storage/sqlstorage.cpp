// SqlStorage, part one: the connection (prepared statements, transactions, the read
// cache) and everything around the synced rows: schools, devices and invites,
// coordinators, browser sessions, trusted browsers and the audit log. The synced rows
// themselves (pull, push, status) are in sqlsync.cpp.
#include "sqlstorage.h"

#include "timestamps.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSqlStore, "kl.server.store")

namespace kl::server {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s; // a null QString would bind as NULL
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

CoordinatorAccount accountFrom(const QSqlQuery &q)
{
    return CoordinatorAccount {
        CoordinatorInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() },
        q.value(4).toString(), q.value(5).toString() };
}

const QString kDeviceColumns = QStringLiteral("id, school_id, name, role, created_at, last_seen_at, revoked_at");
const QString kSchoolColumns = QStringLiteral("id, name, epoch, version, tombstone_floor, created_at");
const QString kAccountColumns = QStringLiteral("id, school_id, name, email, password_hash, web_device_id");

Error notFound(const QString &what, const QString &id)
{
    return serverError(errors::kNotFound, QStringLiteral("no %1 %2").arg(what, id));
}

} // namespace

SqlStorage::SqlStorage(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

SqlStorage::~SqlStorage()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqlStorage::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery *> SqlStorage::run(const QString &sql, const QVariantList &binds)
{
    // Prepared statements are kept per SQL text: a no-change pull is a handful of
    // statements, and parsing them again on every request would cost more than running them.
    for (int attempt = 0;; ++attempt) {
        auto cached = m_statements.find(sql);
        if (cached == m_statements.end()) {
            auto q = std::make_shared<QSqlQuery>(database());
            q->setForwardOnly(forwardOnly());
            if (!q->prepare(sql)) {
                qCWarning(lcSqlStore) << sql << q->lastError().text();
                if (attempt == 0 && !m_inTransaction && reconnect()) {
                    continue;
                }
                return serverError(errors::kStorage, q->lastError().text());
            }
            cached = m_statements.insert(sql, q);
        }
        QSqlQuery *q = cached->get();
        q->finish();
        if (!sql.startsWith(QLatin1String("SELECT"))) {
            m_cacheDirty = true; // a write on this connection
        }
        for (int i = 0; i < binds.size(); ++i) {
            q->bindValue(i, binds.at(i));
        }
        if (q->exec()) {
            return q;
        }
        const QString error = q->lastError().text();
        qCWarning(lcSqlStore) << sql << error;
        if (attempt == 0 && !m_inTransaction && reconnect()) {
            continue;
        }
        return serverError(errors::kStorage, error);
    }
}

Status SqlStorage::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (q.exec(sql)) {
        return {};
    }
    qCWarning(lcSqlStore) << sql << q.lastError().text();
    if (!m_inTransaction && sql.startsWith(QLatin1String("BEGIN")) && reconnect() && q.exec(sql)) {
        return {};
    }
    return serverError(errors::kStorage, q.lastError().text());
}

void SqlStorage::endOfRequest()
{
    for (const auto &q : std::as_const(m_statements)) {
        q->finish();
    }
}

Status SqlStorage::write(const std::function<Status()> &body)
{
    if (m_inTransaction) {
        return body();
    }
    // A half-read statement (the token lookup of this request) would hold a read snapshot
    // that SQLite's BEGIN IMMEDIATE cannot upgrade once another connection has written.
    endOfRequest();
    if (auto r = exec(beginWrite()); !r) {
        return r;
    }
    m_inTransaction = true;
    m_cacheDirty = true;
    Status result = body();
    endOfRequest(); // no statement may stay active across COMMIT
    if (result) {
        const Status committed = exec(QStringLiteral("COMMIT"));
        m_inTransaction = false;
        if (!committed) {
            (void)exec(QStringLiteral("ROLLBACK"));
        }
        return committed;
    }
    (void)exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    return result;
}

void SqlStorage::refreshCache()
{
    const std::optional<qint64> version = dataVersion();
    if (!version || m_cacheDirty || *version != m_cacheDataVersion) {
        m_deviceCache.clear();
        m_schoolCache.clear();
        m_cacheDataVersion = version.value_or(-1);
        m_cacheDirty = !version.has_value(); // no data version: never cache
    }
}

Result<SchoolInfo> SqlStorage::lockSchool(const QString &schoolId)
{
    // The school's row holds its version counter. Every transaction that takes a version
    // reads it first under a write lock held until commit (SQLite: BEGIN IMMEDIATE locks
    // the database; PostgreSQL: FOR UPDATE locks the row), so version N+1 cannot commit
    // before version N: a puller that has seen N never misses a row stamped N or lower.
    auto q = run(QStringLiteral("SELECT %1 FROM schools WHERE id = ?%2").arg(kSchoolColumns, forUpdate()), { schoolId });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return notFound(QStringLiteral("school"), schoolId);
    }
    return schoolFrom(*q.value());
}

Result<SchoolInfo> SqlStorage::createSchool(const QString &name, const QString &id)
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

Result<std::optional<SchoolInfo>> SqlStorage::school(const QString &id)
{
    if (m_inTransaction) {
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

Result<std::optional<SchoolInfo>> SqlStorage::schoolUncached(const QString &id)
{
    auto q = run(QStringLiteral("SELECT %1 FROM schools WHERE id = ?").arg(kSchoolColumns), { id });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<SchoolInfo> {};
    }
    const SchoolInfo info = schoolFrom(*q.value());
    q.value()->finish();
    return std::optional<SchoolInfo>(info);
}

Result<QList<SchoolInfo>> SqlStorage::schools()
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

Result<QString> SqlStorage::rotateEpoch(const QString &schoolId)
{
    const QString epoch = newEpoch();
    auto r = run(QStringLiteral("UPDATE schools SET epoch = ? WHERE id = ?"), { epoch, schoolId });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return notFound(QStringLiteral("school"), schoolId);
    }
    return epoch;
}

Result<CoordinatorInfo> SqlStorage::createCoordinator(const QString &schoolId, const QString &name, const QString &email)
{
    if (name.trimmed().isEmpty()) {
        return serverError(errors::kInvalid, QStringLiteral("a coordinator needs a name"));
    }
    auto s = school(schoolId);
    if (!s) {
        return s.error();
    }
    if (!s.value()) {
        return notFound(QStringLiteral("school"), schoolId);
    }
    CoordinatorInfo c { QUuid::createUuid().toString(QUuid::WithoutBraces), schoolId, name.trimmed(), text(email.trimmed()) };
    auto r = run(QStringLiteral("INSERT INTO coordinators(id, school_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)"),
        { c.id, c.schoolId, c.name, c.email, nowIso() });
    if (!r) {
        return r.error();
    }
    return c;
}

Status SqlStorage::createInvite(const QString &schoolId, const QString &tokenHash, const QString &role,
    const QDateTime &expiresAt, const QString &coordinatorId)
{
    auto s = school(schoolId);
    if (!s) {
        return s.error();
    }
    if (!s.value()) {
        return notFound(QStringLiteral("school"), schoolId);
    }
    if (role != sync::kRoleTeacher && role != sync::kRoleCoordinator) {
        return serverError(errors::kInvalid, QStringLiteral("role must be teacher or coordinator"));
    }
    auto r = run(QStringLiteral("INSERT INTO invites(token_hash, school_id, role, coordinator_id, created_at, expires_at)"
                                " VALUES (?, ?, ?, ?, ?, ?)"),
        { tokenHash, schoolId, role, coordinatorId.isEmpty() ? nullText() : QVariant(coordinatorId), nowIso(), iso(expiresAt) });
    return r ? Status {} : Status { r.error() };
}

Result<DeviceInfo> SqlStorage::redeemInvite(const QString &inviteHash, const QString &deviceTokenHash,
    const QString &deviceName, const QString &clientId, const QDateTime &nowTime)
{
    DeviceInfo device;
    const Status s = write([&]() -> Status {
        // Locked: two instances redeeming one invite at once; the second waits and then sees it used.
        auto q = run(QStringLiteral("SELECT school_id, role, expires_at, used_at FROM invites WHERE token_hash = ?%1").arg(forUpdate()),
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

Result<std::optional<DeviceInfo>> SqlStorage::deviceByTokenHash(const QString &tokenHash)
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
    if (!m_cacheDirty) {
        if (m_deviceCache.size() >= 10000) {
            m_deviceCache.clear();
        }
        m_deviceCache.insert(tokenHash, device);
    }
    return std::optional<DeviceInfo>(device);
}

Result<QList<DeviceInfo>> SqlStorage::devices(const QString &schoolId)
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

Status SqlStorage::revokeDevice(const QString &deviceId, const QString &schoolId)
{
    auto r = schoolId.isEmpty()
        ? run(QStringLiteral("UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?"), { nowIso(), deviceId })
        : run(QStringLiteral("UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND school_id = ?"),
            { nowIso(), deviceId, schoolId });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return notFound(QStringLiteral("device"), deviceId);
    }
    return {};
}

Status SqlStorage::touchDevice(const QString &deviceId, const QDateTime &nowTime)
{
    // Never backwards: instances (or workers) touching in any order.
    const QString at = iso(nowTime);
    auto r = run(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)"),
        { at, deviceId, at });
    return r ? Status {} : Status { r.error() };
}

Result<std::optional<CoordinatorAccount>> SqlStorage::coordinatorAccount(const QString &coordinatorId)
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

Result<QList<CoordinatorAccount>> SqlStorage::coordinatorAccountsByEmail(const QString &email)
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

Status SqlStorage::setCoordinatorPassword(const QString &coordinatorId, const QString &passwordHash)
{
    return write([&]() -> Status {
        auto r = run(QStringLiteral("UPDATE coordinators SET password_hash = ? WHERE id = ?"), { passwordHash, coordinatorId });
        if (!r) {
            return r.error();
        }
        if (r.value()->numRowsAffected() != 1) {
            return notFound(QStringLiteral("coordinator"), coordinatorId);
        }
        // Whoever signed in with the old password is signed out, and no browser is trusted
        // any more: a leaked password is the usual reason to set a new one.
        if (auto d = run(QStringLiteral("DELETE FROM web_sessions WHERE coordinator_id = ?"), { coordinatorId }); !d) {
            return d.error();
        }
        auto t = run(QStringLiteral("DELETE FROM trusted_browsers WHERE coordinator_id = ?"), { coordinatorId });
        return t ? Status {} : Status { t.error() };
    });
}

Status SqlStorage::setCoordinatorWebDevice(const QString &coordinatorId, const QString &deviceId)
{
    auto r = run(QStringLiteral("UPDATE coordinators SET web_device_id = ? WHERE id = ?"), { deviceId, coordinatorId });
    if (!r) {
        return r.error();
    }
    if (r.value()->numRowsAffected() != 1) {
        return notFound(QStringLiteral("coordinator"), coordinatorId);
    }
    return {};
}

Status SqlStorage::createWebSession(const WebSession &session)
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

Result<std::optional<WebSession>> SqlStorage::webSession(const QString &tokenHash, const QDateTime &nowTime)
{
    // Sessions live in the database: a browser may land on any instance or worker.
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

Status SqlStorage::deleteWebSession(const QString &tokenHash)
{
    auto r = run(QStringLiteral("DELETE FROM web_sessions WHERE token_hash = ?"), { tokenHash });
    return r ? Status {} : Status { r.error() };
}

Status SqlStorage::addTrustedBrowser(const QString &coordinatorId, const QString &tokenHash, const QDateTime &expires)
{
    return write([&]() -> Status {
        if (auto r = run(QStringLiteral("DELETE FROM trusted_browsers WHERE expires_at < ?"), { nowIso() }); !r) {
            return r.error();
        }
        auto r = run(QStringLiteral("INSERT INTO trusted_browsers(token_hash, coordinator_id, created_at, expires_at)"
                                    " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            { tokenHash, coordinatorId, nowIso(), iso(expires) });
        return r ? Status {} : Status { r.error() };
    });
}

Result<bool> SqlStorage::isTrustedBrowser(const QString &coordinatorId, const QString &tokenHash, const QDateTime &nowTime)
{
    auto q = run(QStringLiteral("SELECT 1 FROM trusted_browsers WHERE token_hash = ? AND coordinator_id = ? AND expires_at > ?"),
        { tokenHash, coordinatorId, iso(nowTime) });
    if (!q) {
        return q.error();
    }
    const bool found = q.value()->next();
    q.value()->finish();
    return found;
}

Status SqlStorage::appendAudit(const AuditEntry &e)
{
    auto r = run(QStringLiteral("INSERT INTO audit_log(school_id, coordinator_id, actor, action, tbl, row_id, fields, detail, at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { e.schoolId, text(e.coordinatorId), text(e.actor), e.action, text(e.table), text(e.rowId),
            text(e.fields.join(QLatin1Char(','))), text(e.detail), iso(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()) });
    return r ? Status {} : Status { r.error() };
}

Result<QList<AuditEntry>> SqlStorage::auditLog(const QString &schoolId, int limit)
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
