// Every query of the server's storage, written once for both databases. The queries use
// the SQL that SQLite 3.40 and PostgreSQL 15 share (booleans as `deleted`/`NOT deleted`,
// timestamps bound as ISO 8601 text, ON CONFLICT, CASE instead of max/greatest); what
// truly differs is a handful of hooks that SqliteStorage and PgStorage implement: how a
// transaction starts, locking the school row, one JSON accessor, migrations, caching,
// reconnecting and rate buckets. Model: cutelyst/asql's one engine over thin drivers.
//
// One SqlStorage is one connection and is used from the thread that opened it.
#pragma once

#include "storage.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace kl::server {

class SqlStorage : public Storage
{
public:
    ~SqlStorage() override;

    Result<SchoolInfo> createSchool(const QString &name, const QString &id) override;
    Result<std::optional<SchoolInfo>> school(const QString &id) override;
    Result<QList<SchoolInfo>> schools() override;
    Status importRows(const QString &schoolId, const QList<ServerRow> &rows) override;
    Result<QString> rotateEpoch(const QString &schoolId) override;
    Result<qint64> purge(const QString &schoolId, const QDateTime &before) override;

    Result<CoordinatorInfo> createCoordinator(const QString &schoolId, const QString &name, const QString &email) override;
    Status createInvite(const QString &schoolId, const QString &tokenHash, const QString &role, const QDateTime &expiresAt,
        const QString &coordinatorId) override;
    Result<DeviceInfo> redeemInvite(const QString &inviteHash, const QString &deviceTokenHash, const QString &deviceName,
        const QString &clientId, const QDateTime &now) override;
    Result<std::optional<DeviceInfo>> deviceByTokenHash(const QString &tokenHash) override;
    Result<QList<DeviceInfo>> devices(const QString &schoolId) override;
    Status revokeDevice(const QString &deviceId, const QString &schoolId) override;
    Status touchDevice(const QString &deviceId, const QDateTime &now) override;

    Result<PullPage> pull(const QString &schoolId, const std::optional<sync::Cursor> &cursor, int rowCap,
        qint64 byteCap) override;
    QList<Result<PushOutcome>> pushBatch(const QList<PushRequest> &pushes) override;
    Result<PushOutcome> pushOne(const PushRequest &push) override;
    Result<QList<ConflictInfo>> conflicts(const QString &schoolId, int limit) override;
    Result<SchoolStatus> status(const QString &schoolId) override;
    Result<QList<QPair<qint64, QString>>> mutationLog(const QString &schoolId, const QString &clientId) override;
    Result<QList<ServerRow>> liveRows(const QString &schoolId) override;

    Result<std::optional<CoordinatorAccount>> coordinatorAccount(const QString &coordinatorId) override;
    Result<QList<CoordinatorAccount>> coordinatorAccountsByEmail(const QString &email) override;
    Status setCoordinatorPassword(const QString &coordinatorId, const QString &passwordHash) override;
    Status setCoordinatorWebDevice(const QString &coordinatorId, const QString &deviceId) override;
    Status createWebSession(const WebSession &session) override;
    Result<std::optional<WebSession>> webSession(const QString &tokenHash, const QDateTime &now) override;
    Status deleteWebSession(const QString &tokenHash) override;
    Status appendAudit(const AuditEntry &entry) override;
    Result<QList<AuditEntry>> auditLog(const QString &schoolId, int limit) override;
    Status addTrustedBrowser(const QString &coordinatorId, const QString &tokenHash, const QDateTime &expires) override;
    Result<bool> isTrustedBrowser(const QString &coordinatorId, const QString &tokenHash, const QDateTime &now) override;
    void endOfRequest() override;

protected:
    explicit SqlStorage(QString connectionName);

    // ---- What differs between the databases ----
    [[nodiscard]] virtual QString beginWrite() const = 0; // a transaction that may take a version
    [[nodiscard]] virtual QString beginRead() const = 0; // one snapshot for several statements
    [[nodiscard]] virtual QString forUpdate() const { return {}; } // row lock suffix of a SELECT
    // A text accessor of a key of the JSON column `fields`.
    [[nodiscard]] virtual QString jsonText(const QString &key) const = 0;
    // Whether prepared statements may be forward-only (SQLite). PostgreSQL's must not be:
    // QPSQL then fetches the whole result, so one result can be read while the next runs.
    [[nodiscard]] virtual bool forwardOnly() const = 0;
    // A number that changes whenever another connection commits (PRAGMA data_version):
    // where there is one, device and school lookups are cached between commits.
    [[nodiscard]] virtual std::optional<qint64> dataVersion() { return std::nullopt; }
    // After a failed statement outside a transaction: open the connection again if it was
    // lost (a database restart); true when the statement may be retried.
    virtual bool reconnect() { return false; }

    // ---- Shared helpers for the dialects ----
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds = {});
    Status exec(const QString &sql); // not prepared: transaction control, DDL, settings
    // One write transaction (nested calls join the outer one).
    Status write(const std::function<Status()> &body);
    [[nodiscard]] bool inTransaction() const { return m_inTransaction; }
    [[nodiscard]] QSqlDatabase database() const;
    void dropStatements() { m_statements.clear(); }

private:
    Result<SchoolInfo> lockSchool(const QString &schoolId);
    Result<std::optional<SchoolInfo>> schoolUncached(const QString &id);
    Result<std::optional<ServerRow>> loadRow(const QString &schoolId, const QString &table, const QString &id);
    Status storeRow(const QString &schoolId, const ServerRow &row, const QString &stamp);
    Result<PushOutcome> applyPush(const PushRequest &push, const QString &stamp);
    void refreshCache();

    QString m_connectionName;
    bool m_inTransaction = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // prepared once per SQL text
    // Read cache for a no-change sync (token lookup, school head), valid while no other
    // connection has committed and this one has not written (dataVersion()).
    bool m_cacheDirty = true;
    qint64 m_cacheDataVersion = -1;
    QHash<QString, DeviceInfo> m_deviceCache; // token hash -> device
    QHash<QString, SchoolInfo> m_schoolCache;
};

} // namespace kl::server
