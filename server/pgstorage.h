// PostgreSQL storage backend (PostgreSQL 15 through Qt's QPSQL driver): one database
// holds every school of a service, and several kortelijn-server instances may share it.
// Writers that take a school version lock that school's row (SELECT ... FOR UPDATE), so
// versions commit in the order they were taken and a puller never skips a row; pulls
// read school and rows in one statement (one snapshot). Rate-limit buckets live in the
// database too.
#pragma once

#include "storage.h"

#include <QHash>
#include <QSqlQuery>
#include <QUrl>

#include <functional>
#include <memory>

namespace kl::server {

class PgStorage final : public Storage
{
public:
    ~PgStorage() override;
    // url: postgresql://user:password@host:port/dbname[?sslmode=require&...]; query items
    // are passed to libpq as connection options.
    [[nodiscard]] static Result<std::unique_ptr<PgStorage>> open(const QUrl &url);
    [[nodiscard]] static int schemaVersion();

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
    Result<bool> takeRateToken(const QString &key, double ratePerSecond, double burst, double cost) override;

private:
    explicit PgStorage(QString connectionName);
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds = {});
    Status command(const QString &sql); // transaction control: not preparable
    // One read-write transaction; `lockSchool` (if not empty) is locked first and its row
    // returned to the body: the version counter every version-taking writer serialises on.
    Status write(const std::function<Status()> &body);
    Result<SchoolInfo> lockSchool(const QString &schoolId);
    Status migrate();
    bool reconnectIfLost();
    Result<std::optional<ServerRow>> loadRow(const QString &schoolId, const QString &table, const QString &id);
    Status storeRow(const QString &schoolId, const ServerRow &row);

    QString m_connectionName;
    bool m_inTransaction = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // prepared once per SQL text
    quint32 m_rateCalls = 0;
};

} // namespace kl::server
