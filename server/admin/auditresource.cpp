// The coordinators' audit log, newest first.
#include "adminservices.h"

namespace kl::server {

void addAuditRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("GET", QStringLiteral("/audit"), [&services](const Session &s, const ApiRequest &, const QStringList &) {
        auto list = services.storage().auditLog(s.web.schoolId, 500);
        if (!list) {
            return fromError(list.error());
        }
        QJsonArray out;
        for (const AuditEntry &e : list.value()) {
            out.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("at"), iso(e.at) },
                { QStringLiteral("coordinator_id"), e.coordinatorId }, { QStringLiteral("actor"), e.actor },
                { QStringLiteral("action"), e.action }, { QStringLiteral("table"), e.table }, { QStringLiteral("row"), e.rowId },
                { QStringLiteral("fields"), QJsonArray::fromStringList(e.fields) }, { QStringLiteral("detail"), e.detail } });
        }
        return jsonResponse({ { QStringLiteral("entries"), out } });
    });
}

} // namespace kl::server
