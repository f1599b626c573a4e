// Hand-over of a function to a successor: the current holding ends the day before, a new
// one starts, in one push, so phones never see a function without or with two holders.
#include "adminservices.h"
#include "domain.h"

namespace kl::server {

namespace {

ApiResponse handOver(AdminServices &services, const Session &s, const QString &functionId, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const QString personId = body->value(QStringLiteral("person_id")).toString();
    const QDate since = QDate::fromString(body->value(QStringLiteral("since")).toString(), Qt::ISODate);
    if (!live.value().find(QStringLiteral("functions"), functionId)) {
        return gone(QStringLiteral("This function no longer exists"));
    }
    if (!live.value().find(QStringLiteral("persons"), personId)) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("Choose the successor"), QStringLiteral("person_id"));
    }
    if (!since.isValid()) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("Choose the date of the hand-over"), QStringLiteral("since"));
    }
    QJsonArray mutations;
    for (const ServerRow *h : live.value().of(QStringLiteral("holdings"))) {
        if (str(h->fields, "function_id") != functionId || !h->fields.value(QStringLiteral("until")).toString().isEmpty()) {
            continue;
        }
        if (str(h->fields, "person_id") == personId) {
            return jsonResponse({ { QStringLiteral("unchanged"), true } });
        }
        if (since <= QDate::fromString(str(h->fields, "since"), Qt::ISODate)) {
            return problem(422, QStringLiteral("handover-date"),
                QStringLiteral("The hand-over date must be after the current holder started"), QStringLiteral("since"),
                str(h->fields, "since"));
        }
        mutations.append(mutation(QStringLiteral("holdings"), h->id, sync::kOpUpsert,
            { { QStringLiteral("until"), since.addDays(-1).toString(Qt::ISODate) } }, h->version));
    }
    const QString holdingId = newId();
    mutations.append(mutation(QStringLiteral("holdings"), holdingId, sync::kOpUpsert,
        { { QStringLiteral("function_id"), functionId }, { QStringLiteral("person_id"), personId },
            { QStringLiteral("since"), since.toString(Qt::ISODate) }, { QStringLiteral("until"), QJsonValue(QJsonValue::Null) } },
        0));
    auto r = services.apply(s, mutations);
    if (!r) {
        return fromError(r.error());
    }
    services.audit(s, QStringLiteral("handover"), QStringLiteral("functions"), functionId, { QStringLiteral("person_id") },
        personId + QLatin1Char(' ') + since.toString(Qt::ISODate));
    return jsonResponse({ { QStringLiteral("holding"), holdingId } });
}

} // namespace

void addFunctionRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("POST", QStringLiteral("/functions/{id}/handover"),
        [&services](const Session &s, const ApiRequest &r, const QStringList &p) { return handOver(services, s, p.at(0), r); });
}

} // namespace kl::server
