// What the web admin's resources share (admin/*resource.cpp): the signed-in session, the
// school's live rows, the one write path (sync mutations pushed as the coordinator's own
// web device, so phones get every edit like any other), the audit log, and small JSON
// helpers. One AdminServices per worker thread; the web devices' cache is per server.
#pragma once

#include "problems.h"
#include "router.h"
#include "servercontext.h"
#include "storage.h"
#include "timestamps.h"

#include <QMutex>

namespace kl::server {

struct Session
{
    WebSession web;
    CoordinatorAccount account;
};

using AdminRouter = Router<const Session>;

// The school's live rows, by table/id.
struct Live
{
    QHash<QString, ServerRow> rows; // rowKey -> row

    [[nodiscard]] const ServerRow *find(const QString &table, const QString &id) const;
    [[nodiscard]] QList<const ServerRow *> of(const QString &table) const;
};

// Each coordinator's web device and the next mutation id it pushes with, for the server.
class WebClients
{
public:
    struct Client
    {
        DeviceInfo device;
        QString clientId;
        qint64 lastMutationId = 0;
    };
    [[nodiscard]] std::optional<Client> get(const QString &coordinatorId) const;
    void put(const QString &coordinatorId, const Client &client);
    void clear();
    // Held while one coordinator's edit is numbered and pushed: two of their browser tabs
    // never race for one mutation id.
    [[nodiscard]] QMutex &writeLock(const QString &coordinatorId);

private:
    mutable QMutex m_mutex;
    QHash<QString, Client> m_clients;
    QHash<QString, std::shared_ptr<QMutex>> m_locks;
};

class AdminServices
{
public:
    AdminServices(Storage &storage, ServerContext &context) : m_storage(storage), m_context(context) { }

    [[nodiscard]] Storage &storage() { return m_storage; }
    [[nodiscard]] ServerContext &context() { return m_context; }
    [[nodiscard]] Result<Live> live(const QString &schoolId);
    // Pushes `mutations` (without ids) as the session's coordinator: all applied, or a
    // problem naming the first rejection.
    Result<QJsonArray> apply(const Session &s, QJsonArray mutations);
    // An import: every mutation in one transaction together with its audit entry, or
    // nothing (code "rejected" naming the row, "cancelled" when `progress` said stop).
    // The mutations come in batches from `open()`'s source (an empty batch ends it), so a
    // big file is never in memory at once; `open` is called again when the push is retried.
    using Batches = std::function<Result<QJsonArray>()>;
    Status applyAll(const Session &s, const std::function<Batches()> &open, const QString &action,
        const std::function<QString()> &detail, const std::function<bool(int)> &progress);
    void audit(const Session &s, const QString &action, const QString &table = {}, const QString &row = {},
        const QStringList &fields = {}, const QString &detail = {});

private:
    Result<WebClients::Client> webClient(const Session &s, bool refresh);

    Storage &m_storage;
    ServerContext &m_context;
};

// --- helpers every resource uses ---
[[nodiscard]] QString str(const QJsonObject &o, const char *key);
[[nodiscard]] QJsonObject mutation(const QString &table, const QString &row, QLatin1String op, const QJsonObject &fields, qint64 base);
// A storage error as the admin API answers it (its stable code in `code`).
[[nodiscard]] ApiResponse fromError(const Error &e);
[[nodiscard]] ApiResponse gone(const QString &title = QStringLiteral("This row no longer exists"));

// The resources, each registering its routes (one file each).
void addSessionRoutes(AdminRouter &router, AdminServices &services);
void addRowRoutes(AdminRouter &router, AdminServices &services);
void addPhotoRoutes(AdminRouter &router, AdminServices &services);
void addFunctionRoutes(AdminRouter &router, AdminServices &services);
void addFlagRoutes(AdminRouter &router, AdminServices &services);
void addDeviceRoutes(AdminRouter &router, AdminServices &services);
void addConflictRoutes(AdminRouter &router, AdminServices &services);
void addAuditRoutes(AdminRouter &router, AdminServices &services);
void addImportRoutes(AdminRouter &router, AdminServices &services);
void addExportRoutes(AdminRouter &router, AdminServices &services);
void addRoleRoutes(AdminRouter &router, AdminServices &services);

} // namespace kl::server
