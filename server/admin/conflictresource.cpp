// The values that lost a merge, for coordinators, and putting one back (a new edit through
// the same path, checks and audit as any other).
#include "adminservices.h"

namespace kl::server {

namespace {

const QStringList kRestorableTables { QStringLiteral("organisations"), QStringLiteral("persons"), QStringLiteral("functions"),
    QStringLiteral("presence"), QStringLiteral("quick_lines"), QStringLiteral("school_locations"), QStringLiteral("school_roles"),
    QStringLiteral("induction_steps") };

ApiResponse list(AdminServices &services, const Session &s)
{
    auto conflicts = services.storage().conflicts(s.web.schoolId, 500);
    if (!conflicts) {
        return fromError(conflicts.error());
    }
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    QJsonArray out;
    for (const ConflictInfo &c : conflicts.value()) {
        // "restored": the row holds the overwritten value again; "gone": the row was deleted.
        const ServerRow *row = live.value().find(c.table, c.rowId);
        const QString state = !row ? QStringLiteral("gone")
            : c.field != QLatin1String("*deleted*") && row->fields.value(c.field) == c.losingValue ? QStringLiteral("restored")
                                                                                                     : QStringLiteral("open");
        out.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("table"), c.table }, { QStringLiteral("row"), c.rowId },
            { QStringLiteral("field"), c.field }, { QStringLiteral("losing_value"), c.losingValue },
            { QStringLiteral("winning_value"), c.winningValue }, { QStringLiteral("created_at"), iso(c.createdAt) },
            { QStringLiteral("state"), state } });
    }
    return jsonResponse({ { QStringLiteral("conflicts"), out } });
}

ApiResponse restore(AdminServices &services, const Session &s, qint64 conflictId)
{
    auto conflicts = services.storage().conflicts(s.web.schoolId, 500);
    if (!conflicts) {
        return fromError(conflicts.error());
    }
    const auto it = std::find_if(conflicts.value().cbegin(), conflicts.value().cend(),
        [&](const ConflictInfo &c) { return c.id == conflictId; });
    if (it == conflicts.value().cend()) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such conflict"));
    }
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *row = live.value().find(it->table, it->rowId);
    if (!row || it->field == QLatin1String("*deleted*") || !kRestorableTables.contains(it->table)) {
        return problem(409, QStringLiteral("conflict-not-restorable"), QStringLiteral("This value cannot be put back here"));
    }
    auto r = services.apply(s, { mutation(it->table, it->rowId, sync::kOpUpsert, { { it->field, it->losingValue } }, row->version) });
    if (!r) {
        return fromError(r.error());
    }
    services.audit(s, QStringLiteral("conflict.restore"), it->table, it->rowId, { it->field });
    return jsonResponse({ { QStringLiteral("restored"), conflictId } });
}

} // namespace

void addConflictRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("GET", QStringLiteral("/conflicts"), [&services](const Session &s, const ApiRequest &, const QStringList &) {
        return list(services, s);
    });
    router.route("POST", QStringLiteral("/conflicts/{number}/restore"),
        [&services](const Session &s, const ApiRequest &, const QStringList &p) { return restore(services, s, p.at(0).toLongLong()); });
}

} // namespace kl::server
