// Default storage backend: one SQLite file (WAL, synchronous=FULL: a confirmed push
// survives power loss) in the data directory, holding every school of this server.
// Writers are serialised by BEGIN IMMEDIATE, so version order is commit order, also
// when the admin CLI writes while the server runs.
#pragma once

#include "storage.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace kl::server {

class SqliteStorage final : public Storage
{
public:
    ~SqliteStorage() override;
    [[nodiscard]] static Result<std::unique_ptr<SqliteStorage>> open(const QString &dataDir);

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
    Result<PushOutcome> push(const DeviceInfo &device, const QString &clientId, const QJsonArray &mutations) override;
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
    void endOfRequest() override;

private:
    explicit SqliteStorage(QString connectionName);
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds = {});
    Status write(const std::function<Status()> &body);
    Status migrate();
    Result<std::optional<ServerRow>> loadRow(const QString &schoolId, const QString &table, const QString &id);
    Status storeRow(const QString &schoolId, const ServerRow &row);

    // Read cache for the hot path of a no-change sync (token lookup, school head): valid
    // while no other connection has committed (PRAGMA data_version) and this one has not
    // written. Revoking a device from the CLI (another process) clears it on the next call.
    void refreshCache();
    [[nodiscard]] Result<std::optional<SchoolInfo>> schoolUncached(const QString &id);

    QString m_connectionName;
    bool m_inWrite = false;
    bool m_cacheDirty = true;
    qint64 m_cacheDataVersion = -1;
    QHash<QString, DeviceInfo> m_deviceCache; // token hash -> device
    QHash<QString, SchoolInfo> m_schoolCache;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // prepared once per SQL text
};

} // namespace kl::server
