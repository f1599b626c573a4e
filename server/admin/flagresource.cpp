// Teachers' stale-contact reports: a coordinator confirms (the report is right), marks it
// fixed (the contact was edited) or dismisses it. Phones only see `resolved`.
#include "adminservices.h"

namespace kl::server {

namespace {

ApiResponse resolve(AdminServices &services, const Session &s, const QString &flagId, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    static const QHash<QString, int> actions { { QStringLiteral("confirm"), 1 }, { QStringLiteral("fixed"), 1 },
        { QStringLiteral("dismiss"), 2 } };
    const QString action = body->value(QStringLiteral("action")).toString();
    if (!actions.contains(action)) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("action is confirm, fixed or dismiss"), QStringLiteral("action"));
    }
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *flag = live.value().find(QStringLiteral("flags"), flagId);
    if (!flag) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such report"));
    }
    auto r = services.apply(s,
        { mutation(QStringLiteral("flags"), flagId, sync::kOpUpsert, { { QStringLiteral("resolved"), actions.value(action) } }, flag->version) });
    if (!r) {
        return fromError(r.error());
    }
    services.audit(s, QStringLiteral("flag.") + action, QStringLiteral("flags"), flagId, { QStringLiteral("resolved") },
        str(flag->fields, "target_kind") + QLatin1Char('/') + str(flag->fields, "target_id"));
    return jsonResponse({ { QStringLiteral("resolved"), flagId } });
}

} // namespace

void addFlagRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("POST", QStringLiteral("/flags/{id}/resolve"),
        [&services](const Session &s, const ApiRequest &r, const QStringList &p) { return resolve(services, s, p.at(0), r); });
}

} // namespace kl::server
